package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcledDatesTest {

  private static final Optional<LocalDate> MAY_9 = Optional.of(LocalDate.of(2020, 5, 9));

  @Test
  void readsAcledShortDates() {
    assertEquals(MAY_9, AcledDates.parse("9-May-20"));
    assertEquals(MAY_9, AcledDates.parse("09-may-20"));
    assertEquals(Optional.of(LocalDate.of(1997, 1, 1)), AcledDates.parse("1-Jan-97"));
  }

  @Test
  void readsLongAndIsoDates() {
    assertEquals(MAY_9, AcledDates.parse("09 May 2020"));
    assertEquals(MAY_9, AcledDates.parse("9 May 2020"));
    assertEquals(MAY_9, AcledDates.parse("09-May-2020"));
    assertEquals(MAY_9, AcledDates.parse("2020-05-09"));
    assertEquals(MAY_9, AcledDates.parse(" 2020-05-09 00:00:00 "));
    assertEquals(MAY_9, AcledDates.parse("2020-05-09T00:00:00"));
    assertEquals(Optional.of(LocalDate.of(2020, 9, 9)), AcledDates.parse("9 September 2020"));
  }

  @Test
  void rejectsOtherText() {
    assertEquals(Optional.empty(), AcledDates.parse("32-May-20"));
    assertEquals(Optional.empty(), AcledDates.parse("last week"));
    assertEquals(Optional.empty(), AcledDates.parse(""));
  }

  @Test
  void readsTimestampAsUtcDay() {
    // 2020-05-11T23:59:59Z and a second later
    assertEquals(Optional.of(LocalDate.of(2020, 5, 11)), AcledDates.dayOfTimestamp("1589241599"));
    assertEquals(Optional.of(LocalDate.of(2020, 5, 12)), AcledDates.dayOfTimestamp("1589241600"));
    assertEquals(Optional.of(LocalDate.of(2020, 5, 12)), AcledDates.dayOfTimestamp("1589241600.0"));
    assertEquals(MAY_9, AcledDates.dayOfTimestamp("2020-05-09"));
    assertEquals(Optional.empty(), AcledDates.dayOfTimestamp("soon"));
  }
}
