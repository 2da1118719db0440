package org.sitrep.geo;

/**
 * Whether the gazetteer has an entry bearing a name within some distance of a point: the
 * "covered" figure of {@code sitrep eval geo}, which separates what the gazetteer lacks from what
 * the geoparser gets wrong. "Bearing the name" compares name, ASCII name and alternate names
 * after the folding the matcher uses.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface NameCoverage {

  /** True when an entry named {@code name} lies within {@code km} of the point. */
  boolean covers(String name, double latitude, double longitude, double km);
}
