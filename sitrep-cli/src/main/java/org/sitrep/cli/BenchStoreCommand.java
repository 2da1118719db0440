package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.sitrep.store.AcledExport;
import org.sitrep.store.EventFilter;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.SyntheticAcled;
import org.sitrep.store.TemporaryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench-store}: how fast a store imports an ACLED export and answers the map's
 * question (a box and a month). Runs in a temporary store of the kind {@code --db} names
 * (default: a SQLite file), filled from a generated ACLED file.
 */
@Command(
    name = "bench-store",
    mixinStandardHelpOptions = true,
    header = "Measures import-acled and export queries on a store of generated events.",
    description =
        "Writes an ACLED-format CSV of N made-up events, imports it into a new temporary store"
            + " (SQLite, or a new database on the PostgreSQL server --db names), then times"
            + " export queries of a 2x2 degree box and one month, and prints the figures.")
final class BenchStoreCommand implements Callable<Integer> {

  @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "events to import (default: ${DEFAULT-VALUE})")
  private int rows;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "300", description = "export queries to time (default: ${DEFAULT-VALUE})")
  private int queries;

  @Option(names = "--db", paramLabel = "URL", description = "a jdbc:postgresql:// server to measure instead of SQLite")
  private String db;

  @Option(names = "--json", description = "Print one JSON object instead of lines.")
  private boolean json;

  private final Streams streams;

  BenchStoreCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws IOException {
    if (rows < 1 || queries < 1) {
      streams.err().println("sitrep: bench-store: --rows and --queries must be at least 1");
      return ExitCode.USAGE;
    }
    Path csv = Files.createTempFile("sitrep-bench-", ".csv");
    try (TemporaryStore temporary = TemporaryStore.create(db == null ? null : StoreLocation.parse(db));
        Store store = Store.open(temporary.location())) {
      streams.err().printf(Locale.ROOT, "sitrep: bench-store: writing %,d events to %s%n", rows, csv);
      writeSynthetic(csv, rows);
      streams.err().println("sitrep: bench-store: importing into " + temporary.location().display());
      long start = System.nanoTime();
      long imported = importCsv(store, csv, n -> {
        if (n % 200_000 == 0) {
          streams.err().printf(Locale.ROOT, "sitrep: bench-store: %,d rows%n", n);
        }
      });
      double importSeconds = (System.nanoTime() - start) / 1e9;
      double[] millis = new double[queries];
      long[] sizes = new long[queries];
      SplittableRandom random = new SplittableRandom(7);
      for (int q = -20; q < queries; q++) { // the first 20 warm the caches and are not counted
        LocalDate since = SyntheticAcled.FIRST_DAY.plusDays(random.nextInt(SyntheticAcled.DAYS - 31));
        double[] centre = SyntheticAcled.point(random);
        double[] box = {centre[1] - 1, centre[0] - 1, centre[1] + 1, centre[0] + 1};
        EventFilter filter = new EventFilter(since, since.plusDays(30), box, null, null, null, null);
        long[] found = {0};
        long t = System.nanoTime();
        store.events(filter, e -> found[0]++);
        if (q >= 0) {
          millis[q] = (System.nanoTime() - t) / 1e6;
          sizes[q] = found[0];
        }
      }
      print(imported, importSeconds, millis, sizes, temporary.location());
      return ExitCode.OK;
    } catch (StoreException e) {
      streams.err().println("sitrep: bench-store: " + e.getMessage());
      return ExitCode.FAILURE;
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  private void print(long imported, double seconds, double[] millis, long[] sizes, StoreLocation location) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("database", location.kind().toString().toLowerCase(Locale.ROOT));
    figures.put("rows", imported);
    figures.put("import_s", Math.round(seconds * 10) / 10.0);
    figures.put("import_rows_per_s", Math.round(imported / seconds));
    figures.put("queries", millis.length);
    figures.put("query_p50_ms", Math.round(percentile(sorted, 0.50) * 100) / 100.0);
    figures.put("query_p99_ms", Math.round(percentile(sorted, 0.99) * 100) / 100.0);
    figures.put("query_max_ms", Math.round(sorted[sorted.length - 1] * 100) / 100.0);
    figures.put("result_mean", Math.round(Arrays.stream(sizes).average().orElse(0)));
    figures.put("result_max", Arrays.stream(sizes).max().orElse(0));
    if (json) {
      streams.out().print(EvalCommand.json(figures));
    } else {
      figures.forEach((k, v) -> streams.out().printf(Locale.ROOT, "%-20s %s%n", k, v));
    }
    streams.out().flush();
  }

  /** Writes {@code rows} generated ACLED events to {@code csv}; the same every time. */
  static void writeSynthetic(Path csv, int rows) throws IOException {
    try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      SyntheticAcled.write(out, rows, 42);
    }
  }

  /** Imports the ACLED export {@code csv} into the store; returns how many events were new. */
  static long importCsv(Store store, Path csv, Consumer<Long> progress) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        AcledExport export = AcledExport.open(in, csv.toString(), p -> {})) {
      return store.importEvents(export, progress);
    }
  }

  /** The value below which a share {@code p} of the sorted values lies (nearest rank). */
  static double percentile(double[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
