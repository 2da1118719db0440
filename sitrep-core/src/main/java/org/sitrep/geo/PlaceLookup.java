package org.sitrep.geo;

import java.util.Optional;

/**
 * The gazetteer as {@link PopulationBaseline} uses it: the most populous entry bearing a name.
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface PlaceLookup {

  /** The most populous entry bearing {@code name} (same folding as the matcher), if any. */
  Optional<Place> mostPopulous(String name);

  /**
   * A gazetteer entry.
   *
   * @param latitude degrees north
   * @param longitude degrees east
   * @param geonameId its GeoNames id, null when it has none
   */
  record Place(double latitude, double longitude, Long geonameId) {}
}
