package org.sitrep.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sitrep.eval.AcledEvaluation;
import org.sitrep.eval.AcledMiss;
import org.sitrep.eval.AcledReader;
import org.sitrep.eval.AcledResult;
import org.sitrep.eval.AcledRow;
import org.sitrep.eval.Confusion;
import org.sitrep.eval.EvalInputException;
import org.sitrep.eval.Extractor;
import org.sitrep.geo.GeoparserUnavailableException;
import org.sitrep.geo.NameCoverage;
import org.sitrep.eval.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

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
public final class EvalAcledCommand extends EvalFileCommand<AcledRow, AcledResult> {

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "An ACLED export CSV.")
  Path file;


  @Override
  Path file() {
    return file;
  }

  @Override
  String name() {
    return "eval acled";
  }

  @Override
  String firstColumn() {
    return "field";
  }

  @Override
  Rows<AcledRow> read(BufferedReader in, String fileName) throws EvalInputException, IOException {
    AcledReader.Rows rows = AcledReader.read(in, fileName);
    return new Rows<>(rows.rows(), rows.problems());
  }

  @Override
  AcledResult evaluate(List<AcledRow> rows, Extractor extractor, String origin, int threads, Progress progress) {
    return AcledEvaluation.evaluate(rows, extractor, origin, threads, progress, coverage());
  }

  private NameCoverage coverage;
  private boolean coverageLooked;

  /** The gazetteer's names, for gazetteer_missing; null when none is installed. */
  private NameCoverage coverage() {
    if (!coverageLooked) {
      coverageLooked = true;
      try {
        coverage = parent.geoparsers().coverage();
      } catch (GeoparserUnavailableException e) {
        coverage = null;
      }
    }
    return coverage;
  }

  @Override
  int failed(AcledResult scores) {
    return scores.failed();
  }

  @Override
  Map<String, Object> toMap(AcledResult scores) {
    return scores.toMap();
  }

  @Override
  Confusion confusion(AcledResult scores) {
    return scores.subEventTypes();
  }

  @Override
  void writeErrors(Path path, AcledResult scores) throws IOException {
    writeErrors(path, scores.misses());
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
