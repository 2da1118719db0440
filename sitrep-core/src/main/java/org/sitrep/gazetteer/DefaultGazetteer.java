package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Builds the default gazetteer index of a Sitrep home from scratch: the default places that {@code
 * scripts/fetch-places.sh} wrote (with the admin and country names beside them), then the
 * project's {@link Supplement}, then the user's places, each replacing earlier entries of the same
 * identity. The new index is built beside the old one and replaces it only when complete.
 *
 * <p>Thread-safe: stateless; two builds of one home at once would race on the final swap.
 */
public final class DefaultGazetteer {

  private DefaultGazetteer() {}

  /**
   * Builds {@code home}'s index; returns what each file gave.
   *
   * @throws GazetteerFileException when the default places are missing or unreadable
   */
  public static List<ReadSummary> build(GazetteerHome home, Consumer<String> messages)
      throws IOException {
    Path places = home.defaultPlaces();
    if (!Files.isRegularFile(places)) {
      throw new GazetteerFileException(
          places.toString(), "not found: run ./sitrep setup (it runs scripts/fetch-places.sh)");
    }
    AdminNames names =
        AdminNames.read(
            existing(home.defaultCountryInfo()),
            existing(home.defaultAdmin1Codes()),
            existing(home.defaultAdmin2Codes()));
    GeoNamesReader reader = new GeoNamesReader(names, messages);
    Path fresh = home.dir().resolve("index.new");
    delete(fresh);
    List<ReadSummary> read = new ArrayList<>();
    try (GazetteerIndexer indexer = GazetteerIndexer.create(fresh)) {
      read.add(indexer.importFile(places, reader));
      try (Reader supplement = Supplement.open()) {
        read.add(indexer.importRows(supplement, Supplement.SOURCE, reader));
      }
      if (Files.isRegularFile(home.userPlaces())) {
        read.add(indexer.importFile(home.userPlaces(), reader));
      }
      indexer.commit();
    }
    delete(home.index());
    Files.move(fresh, home.index());
    return read;
  }

  private static Path existing(Path file) {
    return Files.isRegularFile(file) ? file : null;
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(file);
      }
    }
  }
}
