package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The names of countries and of first- and second-level units by their GeoNames codes, read from
 * GeoNames' {@code countryInfo.txt} (ISO code in column 1, name in column 5), {@code
 * admin1CodesASCII.txt} ({@code CC.code<TAB>name<TAB>asciiname<TAB>geonameid}) and {@code
 * admin2Codes.txt} ({@code CC.a1.a2<TAB>name...}). A country missing from the files is named by
 * the JDK's English display name of its ISO code.
 *
 * <p>Immutable and thread-safe.
 */
public final class AdminNames {

  private static final AdminNames NONE = new AdminNames(Map.of(), Map.of(), Map.of());

  private final Map<String, String> countries;
  private final Map<String, String> admin1;
  private final Map<String, String> admin2;

  private AdminNames(
      Map<String, String> countries, Map<String, String> admin1, Map<String, String> admin2) {
    this.countries = Map.copyOf(countries);
    this.admin1 = Map.copyOf(admin1);
    this.admin2 = Map.copyOf(admin2);
  }

  /** No files: countries named by the JDK, units unnamed. */
  public static AdminNames none() {
    return NONE;
  }

  /**
   * Reads the given files; each may be null (not given).
   *
   * @throws GazetteerFileException when a given file cannot be read
   */
  public static AdminNames read(Path countryInfo, Path admin1Codes, Path admin2Codes)
      throws GazetteerFileException {
    return new AdminNames(
        countryInfo == null ? Map.of() : codes(countryInfo, 4),
        admin1Codes == null ? Map.of() : codes(admin1Codes, 1),
        admin2Codes == null ? Map.of() : codes(admin2Codes, 1));
  }

  /** The country's name, or empty for an unknown or empty code. */
  public String country(String iso2) {
    if (iso2.isEmpty()) {
      return "";
    }
    String name = countries.get(iso2);
    if (name != null) {
      return name;
    }
    String jdk = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
    return jdk.equals(iso2) ? "" : jdk;
  }

  /** The first-level unit's name, or empty. */
  public String admin1(String iso2, String code) {
    return code.isEmpty() ? "" : admin1.getOrDefault(iso2 + "." + code, "");
  }

  /** The second-level unit's name, or empty. */
  public String admin2(String iso2, String admin1Code, String code) {
    return code.isEmpty() ? "" : admin2.getOrDefault(iso2 + "." + admin1Code + "." + code, "");
  }

  private static Map<String, String> codes(Path file, int nameColumn)
      throws GazetteerFileException {
    Map<String, String> names = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length > nameColumn && !columns[nameColumn].isBlank()) {
          names.put(columns[0].strip(), columns[nameColumn].strip());
        }
      }
    } catch (NoSuchFileException e) {
      throw new GazetteerFileException(file.toString(), "no such file");
    } catch (IOException e) {
      throw new GazetteerFileException(file.toString(), "cannot be read (" + e.getMessage() + ")");
    }
    if (names.isEmpty()) {
      throw new GazetteerFileException(file.toString(), "holds no code with a name");
    }
    return names;
  }
}
