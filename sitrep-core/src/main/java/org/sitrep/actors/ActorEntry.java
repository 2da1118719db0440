package org.sitrep.actors;

/**
 * What an alias in the registry stands for.
 *
 * @param template the ACLED name, possibly with {@code {country}} and {@code {years}} to fill in
 * @param inter ACLED inter code of the actor in its own country
 * @param country ISO3 code when the alias fixes the country ("Syrian army", "Hayat Tahrir
 *     al-Sham"), or null when the article's country decides ("the police")
 */
public record ActorEntry(String template, int inter, String country) {

  /** True when the name depends on the country of the event. */
  public boolean needsCountry() {
    return template.contains("{country}") || (country == null && template.contains("{years}"));
  }

  /** True for the generic civilian pattern, whose words also name protesters and mobs. */
  public boolean isCivilians() {
    return inter == 7 && template.startsWith("Civilians");
  }

  /** True for armed parties: state forces, rebels, militias and external forces. */
  public boolean isArmed() {
    return inter <= 4 || inter == 8;
  }
}
