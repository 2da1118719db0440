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
import org.sitrep.eval.EvalInputException;
import org.sitrep.eval.GeoDocument;
import org.sitrep.eval.GeoEvaluation;
import org.sitrep.eval.GeoGoldReader;
import org.sitrep.eval.GeoOutcome;
import org.sitrep.eval.GeoResult;
import org.sitrep.eval.Progress;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.GeoparserFactory;
import org.sitrep.geo.GeoparserUnavailableException;
import org.sitrep.geo.NameCoverage;
import org.sitrep.geo.PopulationBaseline;
import org.sitrep.geo.ResolvedToponym;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval geo FILE.xml}: scores the geoparser of the {@link GeoparserFactory} that
 * {@link EvalCommand} holds, beside {@link PopulationBaseline}, on a GeoWebNews, LGL or GeoVirus
 * gold set ({@link GeoGoldReader}). See {@link GeoEvaluation} for the scoring.
 *
 * <p>Exit codes: 0 done; 1 the file is missing or not a gold set, or the errors file cannot be
 * written; 2 usage error; 3 no geoparser is installed.
 */
@Command(
    name = "geo",
    mixinStandardHelpOptions = true,
    description = {
      "Score the geoparser against a GeoWebNews, LGL or GeoVirus gold set (format told from the"
          + " content): accuracy within 161 km, mean and median error, AUC of the log error,"
          + " exact GeoNames id, documents/s, and accuracy on the toponyms the gazetteer covers.",
      "A toponym not found or not resolved counts as wrong by 20,039 km. Beside it: a baseline"
          + " that sends every toponym to the most populous place of its name."
    })
public final class EvalGeoCommand implements Callable<Integer> {

  private static final String NAME = "eval geo";

  @ParentCommand EvalCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.xml", description = "A gold set in XML.")
  Path file;

  @Option(
      names = "--gold-toponyms",
      description =
          "Resolve the gold toponyms only; without, the geoparser finds them itself and"
              + " ner_precision and ner_recall are reported.")
  boolean goldToponyms;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(
      names = "--errors",
      paramLabel = "FILE.tsv",
      description =
          "Write every gold toponym resolved more than 161 km away (or not at all) as TSV.")
  Path errors;

  @Option(names = "--limit", paramLabel = "N", description = "Score only the first N documents.")
  Integer limit;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Geoparse documents on N threads (default: ${DEFAULT-VALUE}); docs_per_s is then"
              + " throughput.")
  int threads;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    GeoGoldReader.Documents read;
    try (BufferedReader in = EvalCommand.open(file)) {
      read = GeoGoldReader.read(in, file.toString());
    } catch (EvalInputException | IOException e) {
      err.println(NAME + ": " + e.getMessage());
      err.flush();
      return EvalCommand.INPUT_ERROR;
    }
    describe(err, read);
    List<GeoDocument> documents = read.documents();
    if (limit != null && limit >= 0 && limit < documents.size()) {
      documents = documents.subList(0, limit);
    }
    Geoparser geoparser;
    Geoparser baseline;
    NameCoverage coverage;
    try {
      GeoparserFactory factory = parent.geoparsers();
      geoparser = factory.geoparser();
      coverage = factory.coverage();
      baseline = new PopulationBaseline(factory.places());
    } catch (GeoparserUnavailableException e) {
      err.println(NAME + ": " + e.getMessage());
      err.flush();
      return ExitCode.FAILURE;
    }
    GeoEvaluation.Mode mode =
        goldToponyms ? GeoEvaluation.Mode.GOLD_TOPONYMS : GeoEvaluation.Mode.FIND_TOPONYMS;
    GeoResult base =
        GeoEvaluation.evaluate(documents, baseline, coverage, mode, threads, Progress.NONE);
    GeoResult sitrep =
        GeoEvaluation.evaluate(
            documents, geoparser, coverage, mode, threads, EvalCommand.progress(err, NAME));
    if (sitrep.failed() > 0) {
      err.println(
          NAME + ": the geoparser failed on " + sitrep.failed() + " documents (toponyms missed)");
    }
    if (errors != null) {
      try {
        writeErrors(errors, sitrep.outcomes());
      } catch (IOException e) {
        err.println(NAME + ": cannot write " + errors + ": " + e.getMessage());
        err.flush();
        return EvalCommand.INPUT_ERROR;
      }
    }
    out.print(json ? json(sitrep, base) : table(sitrep, base));
    out.flush();
    err.flush();
    return 0;
  }

  /** The format, the counts and how the offsets compared, on {@code err}. */
  private static void describe(PrintWriter err, GeoGoldReader.Documents read) {
    GeoGoldReader.OffsetCheck o = read.offsets();
    err.printf(
        Locale.ROOT,
        "%s: %s format, %d documents, %d toponyms with coordinates; offsets: %d match the name,"
            + " %d moved by one, %d differ (kept), %d outside the text (left out)%n",
        NAME,
        read.format(),
        read.documents().size(),
        read.toponyms(),
        o.matching(),
        o.shifted(),
        o.differing(),
        o.outside());
    EvalCommand.reportProblems(err, NAME, read.problems());
  }

  static String json(GeoResult sitrep, GeoResult baseline) {
    Map<String, Object> map = new LinkedHashMap<>(sitrep.toMap());
    map.put("baseline", baseline.toMap());
    return EvalCommand.json(map);
  }

  static String table(GeoResult sitrep, GeoResult baseline) {
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
    return s.toString();
  }

  private static void writeErrors(Path path, List<GeoOutcome> outcomes) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8))) {
      w.print(
          "document\tstart\tend\ttoponym\tgold_lat\tgold_lon\tgold_id\tpredicted\tpredicted_lat"
              + "\tpredicted_lon\tpredicted_id\terror_km\tcovered\n");
      for (GeoOutcome o : outcomes) {
        if (o.accurate()) {
          continue;
        }
        ResolvedToponym p = o.predicted();
        w.print(
            String.join(
                    "\t",
                    EvalCommand.cell(o.document()),
                    Integer.toString(o.gold().start()),
                    Integer.toString(o.gold().end()),
                    EvalCommand.cell(o.gold().name()),
                    Double.toString(o.gold().latitude()),
                    Double.toString(o.gold().longitude()),
                    EvalCommand.cell(o.gold().geonameId()),
                    p == null ? "" : EvalCommand.cell(p.name()),
                    p == null ? "" : EvalCommand.cell(p.latitude()),
                    p == null ? "" : EvalCommand.cell(p.longitude()),
                    p == null ? "" : EvalCommand.cell(p.geonameId()),
                    String.format(Locale.ROOT, "%.1f", o.km()),
                    Boolean.toString(o.covered()))
                + "\n");
      }
    }
  }
}
