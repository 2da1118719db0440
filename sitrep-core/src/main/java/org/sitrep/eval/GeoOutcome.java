package org.sitrep.eval;

import org.sitrep.geo.ResolvedToponym;

/**
 * What became of one gold toponym.
 *
 * @param document the id of its document
 * @param gold the gold toponym
 * @param predicted what the geoparser made of it; null when it did not find it
 * @param km the error: the distance between the two points, or {@link GeoErrors#MISSED_KM} when
 *     it was not found or not resolved
 * @param covered whether the gazetteer has an entry bearing its name within 161 km of its gold point
 */
public record GeoOutcome(
    String document, GoldToponym gold, ResolvedToponym predicted, double km, boolean covered) {

  /** True when the error is at most 161 km. */
  public boolean accurate() {
    return km <= GeoErrors.ACCURATE_KM;
  }

  /** True when the gold has a GeoNames id and the prediction the same one. */
  public boolean sameId() {
    return gold.geonameId() != null
        && predicted != null
        && gold.geonameId().equals(predicted.geonameId());
  }
}
