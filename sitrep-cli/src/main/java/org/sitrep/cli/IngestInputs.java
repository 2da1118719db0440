package org.sitrep.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What {@code sitrep ingest} was given, spelled out: every file of every folder (hidden ones left
 * out, in path order, so a re-run meets them in the same order) and feed URLs as they are.
 */
final class IngestInputs {

  private IngestInputs() {}

  /** True for an http or https URL. */
  static boolean isUrl(String input) {
    String lower = input.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /**
   * The inputs with each folder replaced by its files; a path that does not exist is kept, for the
   * reader to report.
   */
  static List<String> expand(List<String> inputs) {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      Path path = isUrl(input) ? null : Path.of(input);
      if (path == null || !Files.isDirectory(path)) {
        out.add(input);
        continue;
      }
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> !isHidden(path.relativize(p)))
            .sorted()
            .forEach(p -> out.add(p.toString()));
      } catch (IOException | UncheckedIOException e) {
        out.add(input); // the reader reports what is wrong with it
      }
    }
    return out;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
