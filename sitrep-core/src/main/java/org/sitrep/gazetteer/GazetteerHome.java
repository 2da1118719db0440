package org.sitrep.gazetteer;

import java.nio.file.Path;

/**
 * Where the gazetteer's files live under a Sitrep home ({@code $SITREP_HOME}, default {@code
 * ~/.sitrep}): the index in {@code gazetteer/index/}, the user's places in {@code
 * gazetteer/user-places.txt}, and the default sources that {@code scripts/fetch-places.sh} writes
 * into {@code places/}. The home is passed in, so that tests use a temporary one.
 *
 * @param home the Sitrep home folder
 */
public record GazetteerHome(Path home) {

  /** The folder of the gazetteer's own files. */
  public Path dir() {
    return home.resolve("gazetteer");
  }

  /** The Lucene index. */
  public Path index() {
    return dir().resolve("index");
  }

  /** The places the user added with {@code sitrep gazetteer add}, in GeoNames format. */
  public Path userPlaces() {
    return dir().resolve("user-places.txt");
  }

  /** The default gazetteer in GeoNames format, written by {@code scripts/fetch-places.sh}. */
  public Path defaultPlaces() {
    return home.resolve("places").resolve("geonames-default.txt");
  }

  /** GeoNames' {@code admin1CodesASCII.txt} beside the default places. */
  public Path defaultAdmin1Codes() {
    return home.resolve("places").resolve("admin1CodesASCII.txt");
  }

  /** GeoNames' {@code admin2Codes.txt} beside the default places. */
  public Path defaultAdmin2Codes() {
    return home.resolve("places").resolve("admin2Codes.txt");
  }

  /** GeoNames' {@code countryInfo.txt} beside the default places. */
  public Path defaultCountryInfo() {
    return home.resolve("places").resolve("countryInfo.txt");
  }
}
