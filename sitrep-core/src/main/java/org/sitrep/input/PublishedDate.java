package org.sitrep.input;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Parses a publication date written as {@code YYYY-MM-DD} or as an ISO date-time; the day is the
 * one written, in the publisher's own time zone (no conversion to UTC).
 */
final class PublishedDate {

  private PublishedDate() {}

  /**
   * The day {@code value} names.
   *
   * @throws IllegalArgumentException with a short message when it is neither form
   */
  static LocalDate parse(String value) {
    String v = value.strip();
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      // try the date-time forms
    }
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return ZonedDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // next
    }
    try {
      return LocalDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "published \"" + value + "\" is not YYYY-MM-DD or an ISO date-time");
    }
  }
}
