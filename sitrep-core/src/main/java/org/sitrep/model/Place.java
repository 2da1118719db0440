package org.sitrep.model;

/**
 * Where an event happened, as far as it is known.
 *
 * <p>Until places are geocoded, only {@code location} (the words of the mention) and possibly
 * {@code country} are set; coordinates, administrative units and precision stay null.
 *
 * @param location the place name as ACLED's {@code location} column holds it
 * @param country the country's English name, or null
 * @param admin1 first-level administrative unit, or null
 * @param admin2 second-level administrative unit, or null
 * @param admin3 third-level administrative unit, or null
 * @param latitude degrees, or null
 * @param longitude degrees, or null
 * @param geoPrecision 1 the place itself, 2 near it, 3 only a region; null when not geocoded
 */
public record Place(
    String location,
    String country,
    String admin1,
    String admin2,
    String admin3,
    Double latitude,
    Double longitude,
    Integer geoPrecision) {

  /** A place known only by the words that named it (and perhaps its country). */
  public static Place mentioned(String location, String country) {
    return new Place(location, country, null, null, null, null, null, null);
  }

  /** No place at all. */
  public static Place unknown() {
    return new Place(null, null, null, null, null, null, null, null);
  }
}
