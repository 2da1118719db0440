package org.sitrep.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day of a feed date: RFC 822/1123 as RSS writes them (day names, seconds and zones
 * optional, two-digit years, zone names such as {@code EST}), the month-first dates some feeds
 * write instead, and ISO 8601 as Atom and Dublin Core write them.
 *
 * <p>Unlike {@link PublishedDate}, which keeps the day as written, a feed date-time gives its UTC
 * day.
 *
 * <p>Thread-safe: it has no mutable state.
 */
final class FeedDates {

  /** Hour, minute and optional second: groups 4, 5 and 6 of both patterns. */
  private static final String CLOCK = "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?";
  /** A numeric zone (group 7) or a zone name (group 8), then perhaps a comment in brackets. */
  private static final String ZONE =
      "\\s*(?:(?:GMT|UTC|UT)?\\s*([+-]\\d{2}:?\\d{2})|([A-Za-z]{1,5}))?\\s*(?:\\(.*\\))?";
  /** Day first, as in {@code Tue, 05 Mar 2024 14:30:00 GMT} or {@code 5-Mar-24}. */
  private static final Pattern RFC_822 =
      Pattern.compile(
          "(?:[A-Za-z]+\\.?,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,})\\.?[\\s-]+(\\d{4}|\\d{2})"
              + "(?:[\\sT]+"
              + CLOCK
              + ")?"
              + ZONE);
  /** Month first, as in {@code Mar 5, 2024} or {@code Tue Mar 05 2024 14:30:00 GMT+0000}. */
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "(?:[A-Za-z]+,?\\s+)?([A-Za-z]{3,})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
              + "(?:[\\sT,]+"
              + CLOCK
              + ")?"
              + ZONE);
  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
  /** Zone names of RFC 822 and a few more that feeds use; other names are read as UTC. */
  private static final Map<String, Integer> ZONE_HOURS =
      Map.ofEntries(
          Map.entry("EST", -5), Map.entry("EDT", -4), Map.entry("CST", -6),
          Map.entry("CDT", -5), Map.entry("MST", -7), Map.entry("MDT", -6),
          Map.entry("PST", -8), Map.entry("PDT", -7), Map.entry("CET", 1),
          Map.entry("CEST", 2), Map.entry("BST", 1), Map.entry("EET", 2),
          Map.entry("EEST", 3), Map.entry("MSK", 3));

  private FeedDates() {}

  /** The UTC day of {@code value}; the day as written when it has no time; null if unreadable. */
  static LocalDate utcDay(String value) {
    String v = value.strip();
    LocalDate iso = iso(v);
    if (iso != null) {
      return iso;
    }
    Matcher m = RFC_822.matcher(v);
    if (m.matches()) {
      return day(m.group(3), m.group(2), m.group(1), m);
    }
    m = MONTH_FIRST.matcher(v);
    if (m.matches()) {
      return day(m.group(3), m.group(1), m.group(2), m);
    }
    return null;
  }

  /** The UTC day of an ISO 8601 date or date-time (a space for T and +0100 allowed), or null. */
  private static LocalDate iso(String v) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      // a date-time, or not ISO
    }
    String n =
        v.replaceFirst("^(\\d{4}-\\d{2}-\\d{2})[ t]", "$1T")
            .replaceFirst("z$", "Z")
            .replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")
            .replaceFirst("(T[\\d:.]+[+-]\\d{2})$", "$1:00");
    try {
      return OffsetDateTime.parse(n).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return ZonedDateTime.parse(n).withZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException e) {
      // next form
    }
    try {
      return LocalDateTime.parse(n).toLocalDate();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The UTC day of the matched parts; groups 4 to 8 are hour, minute, second, zone. */
  private static LocalDate day(String year, String month, String dayOfMonth, Matcher m) {
    int monthIndex = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT));
    if (monthIndex < 0) {
      return null;
    }
    int y = Integer.parseInt(year);
    if (year.length() == 2) {
      y += y < 50 ? 2000 : 1900;
    }
    try {
      LocalDate date = LocalDate.of(y, monthIndex + 1, Integer.parseInt(dayOfMonth));
      if (m.group(4) == null) {
        return date;
      }
      int second = m.group(6) == null ? 0 : Math.min(59, Integer.parseInt(m.group(6)));
      LocalTime clock =
          LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
      return OffsetDateTime.of(date, clock, offset(m.group(7), m.group(8)))
          .withOffsetSameInstant(ZoneOffset.UTC)
          .toLocalDate();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String numeric, String name) {
    if (numeric != null) {
      String hhmm = numeric.replace(":", "");
      return ZoneOffset.of(hhmm.substring(0, 3) + ":" + hhmm.substring(3));
    }
    Integer hours = name == null ? null : ZONE_HOURS.get(name.toUpperCase(Locale.ROOT));
    return hours == null ? ZoneOffset.UTC : ZoneOffset.ofHours(hours);
  }
}
