package org.sitrep.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sitrep.gazetteer.AdminNames;
import org.sitrep.gazetteer.DefaultGazetteer;
import org.sitrep.gazetteer.GazetteerFileException;
import org.sitrep.gazetteer.GazetteerHome;
import org.sitrep.gazetteer.GazetteerIndexer;
import org.sitrep.gazetteer.GeoNamesReader;
import org.sitrep.gazetteer.ReadSummary;
import org.sitrep.gazetteer.Supplement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep gazetteer import}: adds GeoNames-format files to the gazetteer, or rebuilds the
 * default gazetteer ({@code --default}). A place replaces the one with the same GeoNames id (or,
 * without id, the same name and point). A new index starts with the project's supplement and the
 * user's places. Progress and a summary per file go to standard error.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Imports GeoNames-format files into the gazetteer.",
    description =
        "Reads GeoNames files (allCountries.txt, one country's file such as SY.txt,"
            + " citiesN.txt; plain or zipped) into the gazetteer index. Malformed lines are"
            + " reported and skipped. --default rebuilds the index from the files"
            + " scripts/fetch-places.sh wrote into $SITREP_HOME/places, the project's curated"
            + " places and the user's places; './sitrep setup' runs it.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every file was imported",
      "  1  some file could not be read or had no valid line; the others were imported",
      "  2  usage error",
      "  3  Sitrep itself failed"
    })
final class GazetteerImportCommand implements Callable<Integer> {

  @Option(names = "--default", description = "rebuild the default gazetteer first")
  private boolean rebuild;

  @Option(
      names = "--admin1",
      paramLabel = "FILE",
      description = "GeoNames admin1CodesASCII.txt, to name first-level units")
  private String admin1;

  @Option(
      names = "--admin2",
      paramLabel = "FILE",
      description = "GeoNames admin2Codes.txt, to name second-level units")
  private String admin2;

  @Option(
      names = "--country-info",
      paramLabel = "FILE",
      description = "GeoNames countryInfo.txt, to name countries")
  private String countryInfo;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "GeoNames files, .txt or .zip")
  private List<String> files = new ArrayList<>();

  @Spec private CommandSpec spec;

  private final Streams streams;
  private final Supplier<GazetteerHome> home;

  GazetteerImportCommand(Streams streams, Supplier<GazetteerHome> home) {
    this.streams = streams;
    this.home = home;
  }

  @Override
  public Integer call() throws IOException {
    if (!rebuild && files.isEmpty()) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "give GeoNames files to import, or --default");
    }
    GazetteerHome gazetteer = home.get();
    Consumer<String> messages = m -> streams.err().println("sitrep: gazetteer: " + m);
    long started = System.nanoTime();
    if (rebuild) {
      try {
        for (ReadSummary summary : DefaultGazetteer.build(gazetteer, messages)) {
          report(summary, -1);
        }
      } catch (GazetteerFileException e) {
        streams.err().println("sitrep: " + e.getMessage());
        return ExitCode.UNREADABLE_INPUT;
      }
    }
    if (files.isEmpty()) {
      done(gazetteer, started);
      return ExitCode.OK;
    }
    AdminNames names;
    try {
      names = AdminNames.read(path(countryInfo), path(admin1), path(admin2));
    } catch (GazetteerFileException e) {
      streams.err().println("sitrep: " + e.getMessage());
      return ExitCode.UNREADABLE_INPUT;
    }
    GeoNamesReader reader = new GeoNamesReader(names, messages);
    int exit = ExitCode.OK;
    boolean fresh = !GazetteerIndexer.exists(gazetteer.index());
    try (GazetteerIndexer indexer = GazetteerIndexer.open(gazetteer.index())) {
      if (fresh) {
        try (Reader supplement = Supplement.open()) {
          report(indexer.importRows(supplement, Supplement.SOURCE, reader), started);
        }
        if (Files.isRegularFile(gazetteer.userPlaces())) {
          report(indexer.importFile(gazetteer.userPlaces(), reader), started);
        }
      }
      for (String file : files) {
        long fileStarted = System.nanoTime();
        try {
          report(indexer.importFile(path(file), reader), fileStarted);
        } catch (GazetteerFileException e) {
          streams.err().println("sitrep: " + e.getMessage());
          exit = ExitCode.UNREADABLE_INPUT;
        }
        indexer.commit();
      }
    }
    done(gazetteer, started);
    return exit;
  }

  /** One line per file read; {@code since} is when reading it started, or -1 for no time. */
  private void report(ReadSummary summary, long since) {
    streams.err().printf(
        Locale.ROOT,
        "sitrep: gazetteer: %s: %,d places%s%s%n",
        summary.source(),
        summary.entries(),
        summary.malformed() == 0 ? "" : ", " + summary.malformed() + " malformed lines skipped",
        since < 0 ? "" : String.format(Locale.ROOT, " in %.1f s", (System.nanoTime() - since) / 1e9));
  }

  private void done(GazetteerHome gazetteer, long since) {
    streams.err().printf(
        Locale.ROOT,
        "sitrep: gazetteer: index %s ready after %.1f s%n",
        gazetteer.index(),
        (System.nanoTime() - since) / 1e9);
  }

  private static Path path(String name) throws GazetteerFileException {
    if (name == null) {
      return null;
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new GazetteerFileException(name, "not a valid file name");
    }
  }
}
