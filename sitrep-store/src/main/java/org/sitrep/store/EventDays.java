package org.sitrep.store;

import java.time.LocalDate;

/**
 * The days an event may lie on, from its date and ACLED's time precision: the day itself (1), the
 * three days either side (2, "within a week"), or its whole month (3).
 */
final class EventDays {

  /**
   * The most days an event's span can cover (a month): a query for events overlapping a day can
   * bound their first day from below by it, and so use the index of first days.
   */
  static final int MAX_SPAN_DAYS = 31;

  private EventDays() {}

  /** {first, last}; both null without a date. */
  static LocalDate[] of(LocalDate date, Integer precision) {
    if (date == null) {
      return new LocalDate[] {null, null};
    }
    int p = precision == null ? 1 : precision;
    return switch (p) {
      case 2 -> new LocalDate[] {date.minusDays(3), date.plusDays(3)};
      case 3 -> new LocalDate[] {date.withDayOfMonth(1), date.withDayOfMonth(date.lengthOfMonth())};
      default -> new LocalDate[] {date, date};
    };
  }
}
