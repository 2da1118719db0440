package org.sitrep.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerHome;
import org.sitrep.gazetteer.GazetteerInfo;
import org.sitrep.gazetteer.NoGazetteerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep gazetteer info}: what the gazetteer holds, on standard output. */
@Command(
    name = "info",
    mixinStandardHelpOptions = true,
    header = "Describes the gazetteer.",
    description =
        "Prints the index's folder, its size on disk, and its places per GeoNames feature class"
            + " (A: countries and units, P: populated places ...) and per source file.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  described", "  1  there is no gazetteer yet", "  2  usage error"})
final class GazetteerInfoCommand implements Callable<Integer> {

  @Option(names = "--json", description = "print one JSON object instead of a table")
  private boolean json;

  private final Streams streams;
  private final Supplier<GazetteerHome> home;

  GazetteerInfoCommand(Streams streams, Supplier<GazetteerHome> home) {
    this.streams = streams;
    this.home = home;
  }

  @Override
  public Integer call() throws IOException {
    GazetteerInfo info;
    try (Gazetteer gazetteer = Gazetteer.open(home.get().index())) {
      info = gazetteer.info();
    } catch (NoGazetteerException e) {
      streams.err().println("sitrep: " + e.getMessage());
      return ExitCode.UNREADABLE_INPUT;
    }
    if (json) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("index", info.index().toString());
      map.put("entries", info.entries());
      map.put("bytes_on_disk", info.bytesOnDisk());
      map.put("feature_classes", info.byFeatureClass());
      map.put("sources", info.bySource());
      streams.out().print(EvalCommand.json(map));
    } else {
      StringBuilder table = new StringBuilder();
      table.append(String.format(Locale.ROOT, "index\t%s%n", info.index()));
      table.append(String.format(Locale.ROOT, "entries\t%d%n", info.entries()));
      table.append(String.format(Locale.ROOT, "size_mb\t%.1f%n", info.bytesOnDisk() / 1e6));
      info.byFeatureClass()
          .forEach((c, n) -> table.append(String.format(Locale.ROOT, "class %s\t%d%n", c, n)));
      info.bySource()
          .forEach((s, n) -> table.append(String.format(Locale.ROOT, "source %s\t%d%n", s, n)));
      streams.out().print(table);
    }
    streams.out().flush();
    return ExitCode.OK;
  }
}
