package org.sitrep.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of a GeoNames file (19 tab-separated columns: geonameid, name, asciiname,
 * alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1,
 * admin2, admin3, admin4, population, elevation, dem, timezone, modification date) to a {@link
 * GazetteerEntry} and back.
 *
 * <p>Thread-safe: stateless.
 */
final class GeoNamesLine {

  /** Columns a row needs: up to and including population. */
  static final int MIN_COLUMNS = 15;

  private GeoNamesLine() {}

  /**
   * The entry of a row.
   *
   * @throws IllegalArgumentException with a short reason when the row is malformed
   */
  static GazetteerEntry parse(String line, AdminNames names, String source) {
    String[] c = line.split("\t", -1);
    if (c.length < MIN_COLUMNS) {
      throw new IllegalArgumentException(
          c.length + " tab-separated columns, GeoNames rows have 19");
    }
    long id = c[0].isBlank() ? 0 : number(c[0], "geonameid");
    String name = c[1].strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("empty name");
    }
    double latitude = decimal(c[4], "latitude");
    double longitude = decimal(c[5], "longitude");
    if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("not a point: " + c[4] + ", " + c[5]);
    }
    long population = c[14].isBlank() ? 0 : number(c[14], "population");
    String country = c[8].strip();
    String admin1 = c[10].strip();
    String admin2 = c[11].strip();
    return new GazetteerEntry(
        id,
        name,
        c[2],
        alternates(c[3]),
        latitude,
        longitude,
        c[6],
        c[7],
        country,
        names.country(country),
        admin1,
        names.admin1(country, admin1),
        admin2,
        names.admin2(country, admin1, admin2),
        population,
        source);
  }

  /**
   * The 19-column row of {@code entry}, without a line end, with {@code id} as its geonameid and
   * {@code modified} as its modification date (CLAVIN ignores rows whose last columns are empty).
   */
  static String format(GazetteerEntry entry, long id, LocalDate modified) {
    String[] c = new String[19];
    c[0] = Long.toString(id);
    c[1] = clean(entry.name());
    c[2] = clean(entry.asciiName().isEmpty() ? entry.name() : entry.asciiName());
    List<String> alternates = new ArrayList<>(entry.alternateNames().size());
    for (String alternate : entry.alternateNames()) {
      String cleaned = clean(alternate).replace(',', ' ').strip();
      if (!cleaned.isEmpty()) {
        alternates.add(cleaned);
      }
    }
    c[3] = String.join(",", alternates);
    c[4] = String.format(Locale.ROOT, "%.5f", entry.latitude());
    c[5] = String.format(Locale.ROOT, "%.5f", entry.longitude());
    c[6] = clean(entry.featureClass());
    c[7] = clean(entry.featureCode());
    if (c[7].isEmpty() && c[6].equals("P")) {
      c[7] = "PPL"; // GeoNames' generic populated place, for readers that need a code
    }
    c[8] = clean(entry.countryCode());
    c[9] = "";
    c[10] = clean(entry.admin1Code());
    c[11] = clean(entry.admin2Code());
    c[12] = "";
    c[13] = "";
    c[14] = Long.toString(entry.population());
    c[15] = "";
    c[16] = "";
    c[17] = "";
    c[18] = modified.toString();
    return String.join("\t", c);
  }

  private static List<String> alternates(String column) {
    if (column.isBlank()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (String name : column.split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  private static long number(String s, String column) {
    try {
      long value = Long.parseLong(s.strip());
      if (value < 0) {
        throw new IllegalArgumentException(column + " is negative: " + s);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " is not a whole number: '" + s + "'");
    }
  }

  private static double decimal(String s, String column) {
    try {
      return Double.parseDouble(s.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " is not a number: '" + s + "'");
    }
  }

  private static String clean(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
  }
}
