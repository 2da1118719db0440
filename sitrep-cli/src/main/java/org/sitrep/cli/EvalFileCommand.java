package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.Confusion;
import org.sitrep.eval.EvalInputException;
import org.sitrep.eval.Extractor;
import org.sitrep.eval.KeywordBaseline;
import org.sitrep.eval.Progress;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code sitrep eval} subcommand does with its file: read the rows, score the keyword
 * baseline and Sitrep on them, write the misses, print a table or JSON. Subclasses say how rows
 * are read and scored and what their results hold.
 *
 * @param <R> a row of the file
 * @param <S> the scores of one extractor over all rows
 */
abstract class EvalFileCommand<R, S> implements Callable<Integer> {

  static final int CONFUSIONS_SHOWN = 10;

  /** The rows of a file and the problems of the rows that could not be read. */
  record Rows<R>(List<R> rows, List<String> problems) {}

  @ParentCommand EvalCommand parent;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(
      names = "--errors",
      paramLabel = "FILE.tsv",
      description = "Write every miss as TSV: for acled one line per wrong field (row, field, gold,"
          + " predicted, notes), for case one per misclassified snippet (id, gold, predicted, snippet).")
  Path errors;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N readable rows.")
  Integer limit;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Read rows on N threads (default: ${DEFAULT-VALUE}); rows_per_s is then throughput.")
  int threads;

  /** The file to score. */
  abstract Path file();

  /** "eval acled", for messages. */
  abstract String name();

  /** The heading of the table's first column. */
  abstract String firstColumn();

  abstract Rows<R> read(BufferedReader in, String fileName) throws EvalInputException, IOException;

  abstract S evaluate(List<R> rows, Extractor extractor, String origin, int threads, Progress progress);

  /** Rows on which the pipeline failed. */
  abstract int failed(S scores);

  /** The scores as the JSON keys of the command, in order. */
  abstract Map<String, Object> toMap(S scores);

  /** The confusions shown under the table. */
  abstract Confusion confusion(S scores);

  abstract void writeErrors(Path path, S scores) throws IOException;

  /** More of the table after the scores: nothing by default. */
  void appendDetails(StringBuilder table, S sitrep, S baseline) {}

  @Override
  public final Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    Rows<R> read;
    try (BufferedReader in = EvalCommand.open(file())) {
      read = read(in, file().toString());
    } catch (EvalInputException | IOException e) {
      err.println(name() + ": " + e.getMessage());
      err.flush();
      return EvalCommand.INPUT_ERROR;
    }
    EvalCommand.reportProblems(err, name(), read.problems());
    List<R> rows = read.rows();
    if (limit != null && limit >= 0 && limit < rows.size()) {
      rows = rows.subList(0, limit);
    }
    String origin = file().getFileName().toString();
    S baseline = evaluate(rows, new KeywordBaseline(), origin, 1, Progress.NONE);
    S sitrep = evaluate(rows, parent.extractor(), origin, threads, EvalCommand.progress(err, name()));
    if (failed(sitrep) > 0) {
      err.println(name() + ": the pipeline failed on " + failed(sitrep) + " rows (scored as no event)");
    }
    if (errors != null) {
      try {
        writeErrors(errors, sitrep);
      } catch (IOException e) {
        err.println(name() + ": cannot write " + errors + ": " + e.getMessage());
        err.flush();
        return EvalCommand.INPUT_ERROR;
      }
    }
    int skipped = read.problems().size();
    out.print(json ? json(sitrep, baseline, skipped) : table(sitrep, baseline, skipped));
    out.flush();
    err.flush();
    return 0;
  }

  final String json(S sitrep, S baseline, int skipped) {
    Map<String, Object> map = new LinkedHashMap<>(toMap(sitrep));
    map.put("skipped", skipped);
    map.put("failed", failed(sitrep));
    map.put("baseline", toMap(baseline));
    return EvalCommand.json(map);
  }

  final String table(S sitrep, S baseline, int skipped) {
    StringBuilder s = new StringBuilder();
    String format = "%-16s %10s %10s%n";
    s.append(String.format(Locale.ROOT, format, firstColumn(), "sitrep", "baseline"));
    Map<String, Object> a = toMap(sitrep);
    Map<String, Object> b = toMap(baseline);
    for (String key : a.keySet()) {
      s.append(String.format(
          Locale.ROOT, format, key, EvalCommand.number(a.get(key)), EvalCommand.number(b.get(key))));
    }
    if (skipped > 0) {
      s.append(String.format(Locale.ROOT, "%-16s %10d%n", "skipped", skipped));
    }
    if (failed(sitrep) > 0) {
      s.append(String.format(Locale.ROOT, "%-16s %10d%n", "failed", failed(sitrep)));
    }
    appendDetails(s, sitrep, baseline);
    List<Confusion.Cell> top = confusion(sitrep).topConfusions(CONFUSIONS_SHOWN);
    if (!top.isEmpty()) {
      s.append(System.lineSeparator());
      s.append("top confusions of sitrep (rows: gold -> predicted)").append(System.lineSeparator());
      for (Confusion.Cell cell : top) {
        s.append(String.format(Locale.ROOT, "%5d  %s -> %s%n", cell.count(), cell.gold(), cell.predicted()));
      }
    }
    return s.toString();
  }
}
