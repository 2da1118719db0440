package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.AcledReader;
import org.sitrep.eval.EvalInputException;
import org.sitrep.store.DedupEvaluation;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.TemporaryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sitrep eval dedup}: how well reports merge into the events they tell of. Into a new,
 * empty store of the kind {@code SITREP_DB} names (a temporary SQLite file by default), the ACLED
 * file's events are imported; then each row's notes are ingested as an article published on the
 * row's upload day, and the store's merging decides where its claims go.
 */
@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
      "Score merging on an ACLED file: merge_recall is the share of rows whose notes joined their"
          + " own ACLED event, false_merge_rate the share whose notes joined another event.",
      "Rows whose notes repeat an earlier row's word for word are stored once and left out;"
          + " repeated_notes counts them.",
      "Runs in a temporary empty store: a SQLite file, or a new database on the PostgreSQL server"
          + " that SITREP_DB names; it is deleted afterwards."
    })
public final class EvalDedupCommand implements Callable<Integer> {

  private static final String NAME = "eval dedup";

  @ParentCommand EvalCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "An ACLED export with notes.")
  Path file;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--errors", paramLabel = "FILE.tsv",
      description = "Write every row that did not join its own event, with what was compared, as TSV.")
  Path errors;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Read notes on N threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    AcledReader.Rows rows;
    try (BufferedReader in = EvalCommand.open(file)) {
      rows = AcledReader.read(in, file.toString());
    } catch (EvalInputException e) {
      err.println(NAME + ": " + e.getMessage());
      return EvalCommand.INPUT_ERROR;
    }
    EvalCommand.reportProblems(err, NAME, rows.problems());
    String environment = System.getenv(StoreLocation.ENVIRONMENT);
    try (TemporaryStore temporary = TemporaryStore.create(environment == null ? null : StoreLocation.parse(environment));
        Store store = Store.open(temporary.location())) {
      err.println(NAME + ": temporary store " + temporary.location().display());
      long imported = BenchStoreCommand.importCsv(store, file, n -> {});
      err.printf(Locale.ROOT, "%s: %d ACLED events imported%n", NAME, imported);
      DedupEvaluation.Result result = DedupEvaluation.evaluate(
          store, rows.rows(), parent.extractor(), "eval-dedup", threads, EvalCommand.progress(err, NAME));
      if (errors != null) {
        DedupMisses.write(errors, result.misses());
      }
      Map<String, Object> figures = result.toMap();
      if (json) {
        out.print(EvalCommand.json(figures));
      } else {
        figures.forEach((k, v) -> {
          if (!(v instanceof Map)) {
            out.printf(Locale.ROOT, "%-18s %10s%n", k, EvalCommand.number(v));
          }
        });
        out.printf(Locale.ROOT, "%n%-28s %6s %12s %16s%n", "event_type", "rows", "merge_recall", "false_merge_rate");
        result.byEventType().forEach((type, t) -> out.printf(Locale.ROOT, "%-28s %6d %12.3f %16.3f%n",
            type, t.rows(), (double) t.merged() / t.rows(), (double) t.falselyMerged() / t.rows()));
      }
      out.flush();
      return 0;
    } catch (StoreException | IllegalArgumentException e) {
      err.println(NAME + ": " + e.getMessage());
      return ExitCode.FAILURE;
    }
  }
}
