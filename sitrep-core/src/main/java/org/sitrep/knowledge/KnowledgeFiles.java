package org.sitrep.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge files: tab-separated, a header line, {@code #} comments. Each file is read from
 * the built-in set and then, when a folder is configured, from the same name in that folder, whose
 * rows add to the built-in ones.
 *
 * <p>Thread-safe: immutable.
 */
public final class KnowledgeFiles {

  private static final String BUILT_IN = "/org/sitrep/knowledge/";

  private final Path extraDir;

  private KnowledgeFiles(Path extraDir) {
    this.extraDir = extraDir;
  }

  /** The built-in files only. */
  public static KnowledgeFiles builtIn() {
    return new KnowledgeFiles(null);
  }

  /** The built-in files, plus those in {@code dir} (may be null). */
  public static KnowledgeFiles withExtra(Path dir) {
    return new KnowledgeFiles(dir);
  }

  /** Every row of {@code name}: built-in rows first. */
  public List<TsvRow> rows(String name) {
    List<TsvRow> rows = new ArrayList<>();
    try (InputStream in = KnowledgeFiles.class.getResourceAsStream(BUILT_IN + name)) {
      if (in == null) {
        throw new KnowledgeException("built-in knowledge file missing: " + name);
      }
      rows.addAll(parse(name, new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new KnowledgeException("cannot read built-in " + name + ": " + e.getMessage(), e);
    }
    if (extraDir != null && Files.isRegularFile(extraDir.resolve(name))) {
      Path file = extraDir.resolve(name);
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        rows.addAll(parse(file.toString(), reader));
      } catch (IOException e) {
        throw new KnowledgeException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return rows;
  }

  /** Parses TSV text; public for tests of files that analysts write. */
  public static List<TsvRow> parse(String fileName, Reader reader) throws IOException {
    BufferedReader lines = new BufferedReader(reader);
    List<TsvRow> rows = new ArrayList<>();
    String[] header = null;
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (header == null) {
        header = cells;
        continue;
      }
      if (cells.length > header.length) {
        throw new KnowledgeException(
            fileName + ":" + number + ": " + cells.length + " cells, header has " + header.length);
      }
      Map<String, String> byName = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        byName.put(header[i].strip(), i < cells.length ? cells[i] : "");
      }
      rows.add(new TsvRow(fileName, number, byName));
    }
    if (header == null) {
      throw new KnowledgeException(fileName + ": no header line");
    }
    return rows;
  }
}
