package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.sitrep.Pipeline;
import org.sitrep.SitrepHome;
import picocli.CommandLine.Command;

/**
 * {@code sitrep setup}: checks that the pipeline loads and says what it found. The {@code
 * ./sitrep} launcher does the work first (builds Sitrep, fetches the place names), then runs this
 * command; everything it prints goes to standard error.
 */
@Command(
    name = "setup",
    mixinStandardHelpOptions = true,
    header = "Checks that the pipeline loads and reports what it uses.",
    description =
        "Loads the pipeline and reports its version, its load time and the place names it"
            + " uses, on standard error. Run it as './sitrep setup': the launcher first rebuilds"
            + " Sitrep and fetches the place names into $SITREP_HOME/places (default"
            + " ~/.sitrep/places).")
final class SetupCommand implements Callable<Integer> {

  private final Streams streams;
  private final Supplier<Pipeline> pipelines;

  SetupCommand(Streams streams, Supplier<Pipeline> pipelines) {
    this.streams = streams;
    this.pipelines = pipelines;
  }

  @Override
  public Integer call() throws IOException {
    Path places = SitrepHome.placesDir();
    streams.err().println("sitrep: place names: " + describe(places));
    long started = System.nanoTime();
    Pipeline pipeline = pipelines.get();
    streams.err().printf(
        Locale.ROOT,
        "sitrep: pipeline %s loaded in %.1f s%n",
        pipeline.version(),
        (System.nanoTime() - started) / 1e9);
    streams.err().println("sitrep: ready");
    return ExitCode.OK;
  }

  private static String describe(Path places) throws IOException {
    if (!Files.isDirectory(places)) {
      return places + " not found (countries will be told by names in the text only)";
    }
    try (Stream<Path> files = Files.list(places)) {
      return places + " (" + files.count() + " files)";
    }
  }
}
