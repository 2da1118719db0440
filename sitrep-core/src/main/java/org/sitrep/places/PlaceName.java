package org.sitrep.places;

import java.util.Objects;

/**
 * One place that a name can stand for: a country, a first- or second-level administrative unit,
 * or a populated place.
 *
 * @param name the place's own name (GeoNames' main name, or the name ACLED uses for a country)
 * @param kind what sort of place it is
 * @param countryIso3 ISO 3166-1 alpha-3 code of its country ({@code XKX} for Kosovo, as ACLED)
 * @param countryName its country's English name
 * @param admin1 the first-level unit it lies in (its own name for an admin1 unit), or null
 * @param population inhabitants as far as known, 0 when unknown; for administrative units and
 *     countries, the sum over the populated places of the data set that lie in them
 * @param latitude degrees
 * @param longitude degrees
 */
public record PlaceName(
    String name,
    Kind kind,
    String countryIso3,
    String countryName,
    String admin1,
    long population,
    double latitude,
    double longitude) {

  /** What sort of place a name stands for, in the order lookups rank them. */
  public enum Kind {
    /** A country or territory with its own ISO 3166-1 code. */
    COUNTRY,
    /** A first-level administrative unit: state, province, governorate, oblast, region. */
    ADMIN1,
    /** A second-level administrative unit: district, municipality, county. */
    ADMIN2,
    /** A populated place: city, town, village. */
    CITY
  }

  public PlaceName {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(countryIso3, "countryIso3");
    Objects.requireNonNull(countryName, "countryName");
    if (population < 0) {
      throw new IllegalArgumentException("population < 0: " + population);
    }
  }
}
