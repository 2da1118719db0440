package org.sitrep.geo;

/**
 * A toponym and where it was resolved to.
 *
 * @param start first character of the toponym in the text
 * @param end one past its last character
 * @param name the toponym as written
 * @param latitude degrees north, null when unresolved
 * @param longitude degrees east, null when unresolved
 * @param geonameId the GeoNames id of the place resolved to, null when it has none
 */
public record ResolvedToponym(
    int start, int end, String name, Double latitude, Double longitude, Long geonameId) {

  /** The toponym at {@code span} of {@code text}, unresolved. */
  public static ResolvedToponym unresolved(String text, TextSpan span) {
    return new ResolvedToponym(
        span.start(), span.end(), text.substring(span.start(), span.end()), null, null, null);
  }

  /** True when the toponym has a point. */
  public boolean isResolved() {
    return latitude != null && longitude != null;
  }

  /** Where the toponym is in the text. */
  public TextSpan span() {
    return new TextSpan(start, end);
  }
}
