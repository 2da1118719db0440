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
import org.sitrep.eval.CaseEvaluation;
import org.sitrep.eval.CaseLabels;
import org.sitrep.eval.CaseReader;
import org.sitrep.eval.CaseResult;
import org.sitrep.eval.CaseRow;
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
 * {@code sitrep eval case FILE.tsv}: classifies CASE 2021 task 2 snippets by the sub-event type of
 * their first event claim and reports accuracy and macro F1 beside the keyword baseline. See {@link
 * CaseEvaluation} for the scoring and {@link EvalCommand} for exit codes.
 */
@Command(
    name = "case",
    mixinStandardHelpOptions = true,
    description = {
      "Score Sitrep on CASE 2021 task 2 (columns id, EventSnippet, SubType): the predicted class"
          + " of a snippet is the sub-event type of its first event claim, or NO_EVENT.",
      "Macro F1 averages over the classes that occur in the gold labels or the predictions."
    })
public final class EvalCaseCommand implements Callable<Integer> {

  private static final int CONFUSIONS_SHOWN = 10;

  @ParentCommand EvalCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.tsv", description = "A CASE 2021 task 2 TSV file.")
  Path file;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(
      names = "--errors",
      paramLabel = "FILE.tsv",
      description = "Write every misclassified snippet (id, gold, predicted, snippet).")
  Path errors;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N rows.")
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
    CaseReader.Rows read;
    try (BufferedReader in = EvalCommand.open(file)) {
      read = CaseReader.read(in, file.toString());
    } catch (EvalInputException | IOException e) {
      err.println("eval case: " + e.getMessage());
      err.flush();
      return EvalCommand.INPUT_ERROR;
    }
    EvalCommand.reportProblems(err, "eval case", read.problems());
    List<CaseRow> rows = read.rows();
    if (limit != null && limit >= 0 && limit < rows.size()) {
      rows = rows.subList(0, limit);
    }
    String origin = file.getFileName().toString();
    CaseResult baseline =
        CaseEvaluation.evaluate(rows, new KeywordBaseline(), origin, Progress.NONE);
    CaseResult sitrep =
        CaseEvaluation.evaluate(
            rows, parent.extractor(), origin, threads, EvalCommand.progress(err, "eval case"));
    if (sitrep.failed() > 0) {
      err.println(
          "eval case: the pipeline failed on " + sitrep.failed() + " rows (predicted NO_EVENT)");
    }
    if (errors != null) {
      try {
        writeErrors(errors, sitrep.misses());
      } catch (IOException e) {
        err.println("eval case: cannot write " + errors + ": " + e.getMessage());
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

  static String json(CaseResult sitrep, CaseResult baseline, int skipped) {
    Map<String, Object> map = new LinkedHashMap<>(sitrep.toMap());
    map.put("skipped", skipped);
    map.put("failed", sitrep.failed());
    map.put("baseline", baseline.toMap());
    return EvalCommand.json(map);
  }

  static String table(CaseResult sitrep, CaseResult baseline, int skipped) {
    StringBuilder s = new StringBuilder();
    String format = "%-16s %10s %10s%n";
    s.append(String.format(Locale.ROOT, format, "metric", "sitrep", "baseline"));
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
    Confusion c = sitrep.confusion();
    Confusion bc = baseline.confusion();
    s.append(System.lineSeparator());
    String classFormat = "%-36s %5s %10s %10s%n";
    s.append(String.format(Locale.ROOT, classFormat, "class (F1)", "gold", "sitrep", "baseline"));
    for (String label : CaseLabels.classes()) {
      int gold = goldCount(c, label);
      boolean present = gold > 0 || predictedCount(c, label) > 0 || predictedCount(bc, label) > 0;
      if (present) {
        s.append(
            String.format(
                Locale.ROOT,
                classFormat,
                label,
                gold,
                String.format(Locale.ROOT, "%.3f", c.f1(label)),
                String.format(Locale.ROOT, "%.3f", bc.f1(label))));
      }
    }
    List<Confusion.Cell> top = c.topConfusions(CONFUSIONS_SHOWN);
    if (!top.isEmpty()) {
      s.append(System.lineSeparator());
      s.append("top confusions of sitrep (rows: gold -> predicted)").append(System.lineSeparator());
      for (Confusion.Cell cell : top) {
        s.append(
            String.format(
                Locale.ROOT, "%5d  %s -> %s%n", cell.count(), cell.gold(), cell.predicted()));
      }
    }
    return s.toString();
  }

  private static int goldCount(Confusion c, String label) {
    int n = 0;
    for (String predicted : c.classes()) {
      n += c.count(label, predicted);
    }
    return n;
  }

  private static int predictedCount(Confusion c, String label) {
    int n = 0;
    for (String gold : c.classes()) {
      n += c.count(gold, label);
    }
    return n;
  }

  private static void writeErrors(Path path, List<CaseResult.Miss> misses) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8))) {
      w.print("id\tgold\tpredicted\tsnippet\n");
      for (CaseResult.Miss m : misses) {
        w.print(
            EvalCommand.cell(m.id())
                + "\t"
                + m.gold()
                + "\t"
                + m.predicted()
                + "\t"
                + EvalCommand.cell(m.snippet())
                + "\n");
      }
    }
  }
}
