package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.eval.CaseEvaluation;
import org.sitrep.eval.CaseLabels;
import org.sitrep.eval.CaseReader;
import org.sitrep.eval.CaseResult;
import org.sitrep.eval.CaseRow;
import org.sitrep.eval.Confusion;
import org.sitrep.eval.EvalInputException;
import org.sitrep.eval.Extractor;
import org.sitrep.eval.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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
public final class EvalCaseCommand extends EvalFileCommand<CaseRow, CaseResult> {

  @Parameters(index = "0", paramLabel = "FILE.tsv", description = "A CASE 2021 task 2 TSV file.")
  Path file;


  @Override
  Path file() {
    return file;
  }

  @Override
  String name() {
    return "eval case";
  }

  @Override
  String firstColumn() {
    return "metric";
  }

  @Override
  Rows<CaseRow> read(BufferedReader in, String fileName) throws EvalInputException, IOException {
    CaseReader.Rows rows = CaseReader.read(in, fileName);
    return new Rows<>(rows.rows(), rows.problems());
  }

  @Override
  CaseResult evaluate(List<CaseRow> rows, Extractor extractor, String origin, int threads, Progress progress) {
    return CaseEvaluation.evaluate(rows, extractor, origin, threads, progress);
  }

  @Override
  int failed(CaseResult scores) {
    return scores.failed();
  }

  @Override
  Map<String, Object> toMap(CaseResult scores) {
    return scores.toMap();
  }

  @Override
  Confusion confusion(CaseResult scores) {
    return scores.confusion();
  }

  @Override
  void writeErrors(Path path, CaseResult scores) throws IOException {
    writeErrors(path, scores.misses());
  }

  /** F1 of every class present, for Sitrep and the baseline. */
  @Override
  void appendDetails(StringBuilder s, CaseResult sitrep, CaseResult baseline) {
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
