package org.sitrep.actors;

import java.time.LocalDate;
import java.util.List;

/**
 * What an alias in the registry stands for.
 *
 * @param template the ACLED name, possibly with {@code {country}} and {@code {years}} to fill in
 * @param inter ACLED inter code of the actor in its own country
 * @param country ISO3 code when the alias fixes the country ("Syrian army", "Hayat Tahrir
 *     al-Sham"), or null when the article's country decides ("the police")
 * @param scope countries where the actor operates; empty for anywhere
 * @param from first day the alias means this actor, or null
 * @param to first day it no longer does, or null
 */
public record ActorEntry(String template, int inter, String country, List<String> scope, LocalDate from, LocalDate to) {

  public ActorEntry {
    scope = List.copyOf(scope);
  }

  /** An entry valid anywhere and at any time. */
  public ActorEntry(String template, int inter, String country) {
    this(template, inter, country, List.of(), null, null);
  }

  /** True when the entry may stand for an actor in {@code iso3} (null: unknown) on {@code day}. */
  public boolean fits(String iso3, LocalDate day) {
    boolean place = scope.isEmpty() || iso3 == null || scope.contains(iso3);
    boolean time = day == null || (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    return place && time;
  }

  /** True when the name depends on the country of the event. */
  public boolean needsCountry() {
    return template.contains("{country}") || template.contains("{forces_country}")
        || (country == null && template.contains("{years}"));
  }

  /** True for civilians and the civilian groups (health workers, students ...). */
  public boolean isCivilians() {
    return inter == 7;
  }

  /** True for a civilian group that ACLED names beside {@code Civilians (Country)}. */
  public boolean isCivilianGroup() {
    return inter == 7 && !template.startsWith("Civilians");
  }

  /** True for armed parties: state forces, rebels, militias and external forces. */
  public boolean isArmed() {
    return inter <= 4 || inter == 8;
  }
}
