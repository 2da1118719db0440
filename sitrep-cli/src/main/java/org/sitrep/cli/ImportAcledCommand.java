package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.store.AcledExport;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep import-acled}: loads ACLED exports into the store as reference events that keep
 * ACLED's {@code event_id_cnty}; claims that report them later attach to them.
 */
@Command(
    name = "import-acled",
    mixinStandardHelpOptions = true,
    header = "Loads ACLED exports (CSV) into the store as reference events.",
    description =
        "Reads ACLED's CSV exports by column name (the older and the current layouts). An event"
            + " already in the store (same event_id_cnty) is left as it is; rows that cannot be"
            + " read are reported and skipped.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  every row read", "  1  some files or rows skipped", "  2  usage error", "  3  the store failed"})
final class ImportAcledCommand implements Callable<Integer> {

  private static final int PROBLEMS_SHOWN = 20;

  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "FILE.csv", description = "ACLED exports")
  private List<Path> files;

  private final Streams streams;
  private final Supplier<Path> home;

  ImportAcledCommand(Streams streams, Supplier<Path> home) {
    this.streams = streams;
    this.home = home;
  }

  @Override
  public Integer call() {
    StoreLocation location = store.location(home);
    int exit = ExitCode.OK;
    long started = System.nanoTime();
    try (Store target = Store.open(location)) {
      for (Path file : files) {
        List<String> problems = new ArrayList<>();
        long added;
        long[] read = {0};
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            AcledExport export = AcledExport.open(in, file.toString(), problems::add)) {
          added = target.importEvents(export, n -> {
            read[0] = n;
            if (n % 100_000 == 0) {
              streams.err().printf(Locale.ROOT, "sitrep: import-acled: %s: %,d rows%n", file, n);
            }
          });
        } catch (NoSuchFileException e) {
          streams.err().println("sitrep: import-acled: " + file + ": no such file");
          exit = Math.max(exit, ExitCode.UNREADABLE_INPUT);
          continue;
        } catch (IOException e) {
          streams.err().println("sitrep: import-acled: " + (e.getMessage().startsWith(file.toString()) ? "" : file + ": ") + e.getMessage());
          exit = Math.max(exit, ExitCode.UNREADABLE_INPUT);
          continue;
        }
        problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> streams.err().println("sitrep: import-acled: " + p));
        if (problems.size() > PROBLEMS_SHOWN) {
          streams.err().println("sitrep: import-acled: ... and " + (problems.size() - PROBLEMS_SHOWN) + " more rows skipped");
        }
        if (!problems.isEmpty()) {
          exit = Math.max(exit, ExitCode.UNREADABLE_INPUT);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        streams.err().printf(Locale.ROOT,
            "sitrep: import-acled: %s: %,d events read, %,d new, %,d already stored, %d rows skipped (%.1f s, %,.0f rows/s)%n",
            file, read[0], added, read[0] - added, problems.size(), seconds, read[0] / Math.max(seconds, 1e-9));
      }
    } catch (StoreException e) {
      streams.err().println("sitrep: import-acled: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    return exit;
  }
}
