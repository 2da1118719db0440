package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The places a user adds, kept in their own GeoNames-format file under the Sitrep home ({@link
 * GazetteerHome#userPlaces()}), never in the project's files, so that rebuilding the gazetteer
 * keeps them.
 *
 * <p>Not thread-safe: appends are not locked against other writers.
 */
public final class UserPlaces {

  /** The source name their entries carry. */
  public static final String SOURCE = "user-places.txt";

  private UserPlaces() {}

  /**
   * Adds {@code entry} to the user's places of {@code home} and, when the index exists, to the
   * index too; returns whether the index was updated (else the next build includes the place).
   */
  public static boolean add(GazetteerHome home, GazetteerEntry entry) throws IOException {
    GazetteerEntry written = append(home.userPlaces(), entry);
    if (!GazetteerIndexer.exists(home.index())) {
      return false;
    }
    try (GazetteerIndexer indexer = GazetteerIndexer.open(home.index())) {
      indexer.add(written);
    }
    return true;
  }

  /**
   * Appends {@code entry} to {@code file} as one GeoNames row, creating the file (with a comment
   * header) and its folders when needed, and returns the entry as it reads back.
   */
  public static GazetteerEntry append(Path file, GazetteerEntry entry) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    boolean fresh = !Files.exists(file);
    String line = GeoNamesLine.format(entry, entry.geonameId(), LocalDate.now(ZoneOffset.UTC));
    try (Writer out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      if (fresh) {
        out.write("# Places added with 'sitrep gazetteer add', GeoNames format (19 columns).\n");
      }
      out.write(line);
      out.write('\n');
    }
    return GeoNamesLine.parse(line, AdminNames.none(), SOURCE);
  }
}
