package org.sitrep.eval;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the dates of ACLED exports: {@code 9-May-20} (two-digit years 50-99 are 1950-1999, 00-49
 * 2000-2049), {@code 09-May-2020}, {@code 09 May 2020}, {@code 9 May 2020}, {@code 2020-05-09},
 * {@code 2020-05-09 00:00:00} and {@code 2020-05-09T00:00:00}; and the {@code timestamp} column,
 * unix seconds, as a UTC day.
 *
 * <p>Thread-safe: no state.
 */
public final class AcledDates {

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          dayMonthYear("-", 2),
          dayMonthYear("-", 4),
          dayMonthYear(" ", 4),
          dayMonthYear(" ", 2),
          DateTimeFormatter.ISO_LOCAL_DATE);

  private AcledDates() {}

  private static DateTimeFormatter dayMonthYear(String separator, int yearDigits) {
    DateTimeFormatterBuilder b =
        new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .appendValue(ChronoField.DAY_OF_MONTH, 1, 2, java.time.format.SignStyle.NEVER)
            .appendLiteral(separator)
            .appendPattern("[MMMM][MMM]")
            .appendLiteral(separator);
    if (yearDigits == 2) {
      b.appendValueReduced(ChronoField.YEAR, 2, 2, 1950);
    } else {
      b.appendValue(ChronoField.YEAR, 4);
    }
    return b.toFormatter(Locale.ENGLISH);
  }

  /** The day {@code text} names, or empty when it is in none of the known formats. */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.matches("\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?")) {
      s = s.substring(0, 10);
    }
    for (DateTimeFormatter format : FORMATS) {
      try {
        return Optional.of(LocalDate.parse(s, format));
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  /**
   * The UTC day of an ACLED {@code timestamp} (unix seconds, possibly written {@code
   * 1589232621.0}); a column that holds a date instead is read as one. Empty when it is neither.
   */
  public static Optional<LocalDate> dayOfTimestamp(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.matches("\\d{1,12}(\\.0*)?")) {
      long seconds = Long.parseLong(s.replaceAll("\\.0*$", ""));
      return Optional.of(LocalDate.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC));
    }
    return parse(s);
  }
}
