package org.sitrep.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads a places file ({@code places.tsv} or {@code places.tsv.gz}, UTF-8), one place a line with
 * nine tab-separated fields:
 *
 * <pre>
 * name  alternate_names  kind  country_iso2  country  admin1  population  latitude  longitude
 * </pre>
 *
 * <p>{@code alternate_names} are separated by {@code |} and may be empty; {@code kind} is one of
 * {@link PlaceName.Kind}; {@code admin1} and {@code population} may be empty. Lines starting with
 * {@code #} are comments, except that a first line {@code #sitrep-places<TAB>N} declares the
 * format version, of which only 1 is known. Blank lines are skipped.
 *
 * <p>Not thread-safe: one reader per file; its caches of country codes and repeated strings
 * make the loaded places share one copy of each country and admin1 name.
 */
final class PlacesFileReader {

  static final String MAGIC = "#sitrep-places";
  private static final int FIELDS = 9;

  private final Map<String, String> iso3ByIso2 = new HashMap<>();
  private final Map<String, String> strings = new HashMap<>();

  /**
   * Reads {@code file}, handing each place and its alternate names (the field as it is, names
   * separated by {@code |}) to {@code sink}.
   */
  void read(Path file, BiConsumer<PlaceName, String> sink) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.getFileName().toString().endsWith(".gz")
                ? new GZIPInputStream(raw, 1 << 16)
                : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      long number = 0;
      String[] fields = new String[FIELDS];
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("#")) {
          checkVersion(file, number, line);
          continue;
        }
        PlaceName place = parse(file, number, line, fields);
        sink.accept(place, fields[1]);
      }
    }
  }

  private static void checkVersion(Path file, long number, String line) throws IOException {
    if (number == 1 && line.startsWith(MAGIC + "\t") && !line.equals(MAGIC + "\t1")) {
      throw new CorruptPlacesFileException(
          file, number, "unknown format version '" + line.substring(MAGIC.length() + 1) + "'");
    }
  }

  private PlaceName parse(Path file, long number, String line, String[] fields)
      throws IOException {
    int found = split(line, fields);
    if (found != FIELDS) {
      throw new CorruptPlacesFileException(
          file, number, "expected " + FIELDS + " tab-separated fields, found " + found);
    }
    if (fields[0].isBlank()) {
      throw new CorruptPlacesFileException(file, number, "empty name");
    }
    PlaceName.Kind kind;
    try {
      kind = PlaceName.Kind.valueOf(fields[2]);
    } catch (IllegalArgumentException e) {
      throw new CorruptPlacesFileException(
          file, number, "unknown kind '" + fields[2] + "' (COUNTRY, ADMIN1, ADMIN2 or CITY)");
    }
    String iso3 = iso3(fields[3]);
    if (iso3 == null) {
      throw new CorruptPlacesFileException(
          file, number, "unknown ISO 3166-1 alpha-2 country code '" + fields[3] + "'");
    }
    try {
      long population = fields[6].isEmpty() ? 0 : Long.parseLong(fields[6]);
      double latitude = Double.parseDouble(fields[7]);
      double longitude = Double.parseDouble(fields[8]);
      if (population < 0 || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
        throw new CorruptPlacesFileException(
            file, number, "population, latitude or longitude out of range");
      }
      return new PlaceName(
          fields[0],
          kind,
          iso3,
          shared(fields[4].isEmpty() ? fields[3] : fields[4]),
          fields[5].isEmpty() ? null : shared(fields[5]),
          population,
          latitude,
          longitude);
    } catch (NumberFormatException e) {
      throw new CorruptPlacesFileException(
          file, number, "population, latitude and longitude must be numbers: " + e.getMessage());
    }
  }

  /** Splits on tabs into {@code fields}; returns how many fields the line has. */
  private static int split(String line, String[] fields) {
    int count = 0;
    int start = 0;
    while (true) {
      int tab = line.indexOf('\t', start);
      String field = tab < 0 ? line.substring(start) : line.substring(start, tab);
      if (count < fields.length) {
        fields[count] = field;
      }
      count++;
      if (tab < 0) {
        return count;
      }
      start = tab + 1;
    }
  }

  /** ISO3 of an ISO2 code, as {@link Locale} knows it; Kosovo as ACLED codes it; else null. */
  private String iso3(String iso2) {
    return iso3ByIso2.computeIfAbsent(
        iso2,
        code -> {
          if (code.equals("XK")) {
            return "XKX";
          }
          if (code.length() != 2) {
            return null;
          }
          try {
            String iso3 = new Locale("", code).getISO3Country();
            return iso3.isEmpty() ? null : iso3;
          } catch (MissingResourceException e) {
            return null;
          }
        });
  }

  private String shared(String s) {
    String existing = strings.putIfAbsent(s, s);
    return existing == null ? s : existing;
  }
}
