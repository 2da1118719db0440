package org.sitrep.actors;

import java.time.LocalDate;

/**
 * A government's period, which ACLED writes after a state force's name ({@code (2019-)}).
 *
 * @param iso3 the country
 * @param from first day
 * @param to last day, or null while it lasts
 * @param years the label ACLED writes, e.g. {@code 2019-} or {@code 2014-2019}
 */
public record StatePeriod(String iso3, LocalDate from, LocalDate to, String years) {

  boolean covers(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }
}
