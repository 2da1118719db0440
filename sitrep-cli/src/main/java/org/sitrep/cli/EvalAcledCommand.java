package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.eval.AcledEvaluation;
import org.sitrep.eval.AcledMiss;
import org.sitrep.eval.AcledReader;
import org.sitrep.eval.AcledResult;
import org.sitrep.eval.AcledRow;
import org.sitrep.eval.Confusion;
import org.sitrep.eval.EvalInputException;
import org.sitrep.eval.KeywordBaseline;
import org.sitrep.eval.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval acled FILE.csv}: reads the notes of every row of an ACLED export and scores
 * the event fields Sitrep finds in them against ACLED's, beside the keyword baseline. See {@link
 * AcledEvaluation} for the scoring and {@link EvalCommand} for exit codes.
 */
@Command(
    name = "acled",
    mixinStandardHelpOptions = true,
    description = {
      "Score Sitrep against an ACLED export: each row's notes (coders' annotations removed) are"
          + " read as an article published on the row's upload day, and the best-matching event"
          + " is compared field by field with ACLED's coding.",
      "Prints the share of rows with each field right, for Sitrep and a keyword baseline."
    })
public final class EvalAcledCommand implements Callable<Integer> {

  private static final int CONFUSIONS_SHOWN = 10;

  @ParentCommand EvalCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "An ACLED export CSV.")
  Path file;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(
      names = "--errors",
      paramLabel = "FILE.tsv",
      description = "Write every wrong field of every row (row, field, gold, predicted, notes).")
  Path errors;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Score only the first N scorable rows.")
  Integer limit;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Read rows on N threads (default: ${DEFAULT-VALUE}); rows_per_s is then throughput.")
  int threads;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    AcledReader.Rows read;
    try (BufferedReader in = EvalCommand.open(file)) {
      read = AcledReader.read(in, file.toString());
    } catch (EvalInputException | IOException e) {
      err.println("eval acled: " + e.getMessage());
      err.flush();
      return EvalCommand.INPUT_ERROR;
    }
    EvalCommand.reportProblems(err, "eval acled", read.problems());
    List<AcledRow> rows = read.rows();
    if (limit != null && limit >= 0 && limit < rows.size()) {
      rows = rows.subList(0, limit);
    }
    String origin = file.getFileName().toString();
    AcledResult baseline =
        AcledEvaluation.evaluate(rows, new KeywordBaseline(), origin, Progress.NONE);
    AcledResult sitrep =
        AcledEvaluation.evaluate(
            rows, parent.extractor(), origin, threads, EvalCommand.progress(err, "eval acled"));
    if (sitrep.failed() > 0) {
      err.println(
          "eval acled: the pipeline failed on " + sitrep.failed() + " rows (scored as no event)");
    }
    if (errors != null) {
      try {
        writeErrors(errors, sitrep.misses());
      } catch (IOException e) {
        err.println("eval acled: cannot write " + errors + ": " + e.getMessage());
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

  static String json(AcledResult sitrep, AcledResult baseline, int skipped) {
    Map<String, Object> map = new LinkedHashMap<>(sitrep.toMap());
    map.put("skipped", skipped);
    map.put("failed", sitrep.failed());
    map.put("baseline", baseline.toMap());
    return EvalCommand.json(map);
  }

  static String table(AcledResult sitrep, AcledResult baseline, int skipped) {
    StringBuilder s = new StringBuilder();
    String format = "%-16s %10s %10s%n";
    s.append(String.format(Locale.ROOT, format, "field", "sitrep", "baseline"));
    Map<String, Object> a = sitrep.toMap();
    Map<String, Object> b = baseline.toMap();
    for (String key : a.keySet()) {
      s.append(
          String.format(
              Locale.ROOT,
              format,
              key,
              EvalCommand.number(a.get(key)),
              EvalCommand.number(b.get(key))));
    }
    if (skipped > 0) {
      s.append(String.format(Locale.ROOT, "%-16s %10d%n", "skipped", skipped));
    }
    if (sitrep.failed() > 0) {
      s.append(String.format(Locale.ROOT, "%-16s %10d%n", "failed", sitrep.failed()));
    }
    List<Confusion.Cell> top = sitrep.subEventTypes().topConfusions(CONFUSIONS_SHOWN);
    if (!top.isEmpty()) {
      s.append(System.lineSeparator());
      s.append("top sub_event_type confusions of sitrep (rows: gold -> predicted)")
          .append(System.lineSeparator());
      for (Confusion.Cell cell : top) {
        s.append(
            String.format(
                Locale.ROOT, "%5d  %s -> %s%n", cell.count(), cell.gold(), cell.predicted()));
      }
    }
    return s.toString();
  }

  private static void writeErrors(Path path, List<AcledMiss> misses) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8))) {
      w.print("row\tfield\tgold\tpredicted\tnotes\n");
      for (AcledMiss m : misses) {
        w.print(
            m.row()
                + "\t"
                + m.field().key()
                + "\t"
                + EvalCommand.cell(m.gold())
                + "\t"
                + EvalCommand.cell(m.predicted())
                + "\t"
                + EvalCommand.cell(m.notes())
                + "\n");
      }
    }
  }
}
