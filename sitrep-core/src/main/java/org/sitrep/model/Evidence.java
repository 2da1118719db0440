package org.sitrep.model;

import java.util.Objects;

/**
 * The words a field of a claim came from.
 *
 * @param field the output column the words support ({@code sentence}, {@code event_type}, {@code
 *     actor1}, {@code location}, {@code event_date}, {@code fatalities}, {@code cue} ...)
 * @param start character offset into the article's text, inclusive
 * @param end character offset, exclusive
 * @param text the article's text between the two offsets
 */
public record Evidence(String field, int start, int end, String text) {

  public Evidence {
    Objects.requireNonNull(field, "field");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + "," + end + ") for " + field);
    }
  }

  /** Evidence for {@code field} cut from {@code text}. */
  public static Evidence of(String field, String text, int start, int end) {
    return new Evidence(field, start, end, text.substring(start, end));
  }
}
