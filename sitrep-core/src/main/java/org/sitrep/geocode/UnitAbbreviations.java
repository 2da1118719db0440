package org.sitrep.geocode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.knowledge.TsvRow;

/**
 * The abbreviations news write for first-level units ("W.Va.", "Tenn.", "B.C."), read from {@code
 * unit-abbreviations.tsv} beside this class.
 *
 * <p>Thread-safe: immutable.
 */
final class UnitAbbreviations {

  /** A unit an abbreviation stands for. */
  record Unit(String countryCode, String name) {}

  private static final String FILE = "unit-abbreviations.tsv";
  private static final UnitAbbreviations STANDARD = load();

  private final Map<String, Unit> byAbbreviation;

  private UnitAbbreviations(Map<String, Unit> byAbbreviation) {
    this.byAbbreviation = Map.copyOf(byAbbreviation);
  }

  /** The project's list. */
  static UnitAbbreviations standard() {
    return STANDARD;
  }

  /** The unit {@code written} abbreviates, spaces ignored ("W. Va." as "W.Va."); case counts. */
  Optional<Unit> unit(String written) {
    return Optional.ofNullable(byAbbreviation.get(key(written)));
  }

  private static String key(String written) {
    return written.replaceAll("\\s+", "");
  }

  private static UnitAbbreviations load() {
    try (InputStream in = UnitAbbreviations.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing from the classpath");
      }
      Map<String, Unit> map = new HashMap<>();
      for (TsvRow row : KnowledgeFiles.parse(FILE, new InputStreamReader(in, StandardCharsets.UTF_8))) {
        Unit unit = new Unit(row.required("country"), row.required("unit"));
        for (String abbreviation : row.list("abbreviations")) {
          map.put(key(abbreviation), unit);
        }
      }
      return new UnitAbbreviations(map);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }
}
