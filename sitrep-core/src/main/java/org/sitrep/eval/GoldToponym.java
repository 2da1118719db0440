package org.sitrep.eval;

import org.sitrep.geo.TextSpan;

/**
 * A toponym of a geoparsing gold set that carries coordinates.
 *
 * @param start first character in the document's text
 * @param end one past its last character
 * @param name the toponym as the gold file writes it (normally the text at start..end)
 * @param latitude gold degrees north
 * @param longitude gold degrees east
 * @param geonameId the gold GeoNames id, null when the gold set gives none
 */
public record GoldToponym(
    int start, int end, String name, double latitude, double longitude, Long geonameId) {

  /** Where the toponym is in the text. */
  public TextSpan span() {
    return new TextSpan(start, end);
  }
}
