package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.Sitrep;
import org.sitrep.eval.EvalInputException;
import org.sitrep.eval.Extractor;
import org.sitrep.eval.Progress;
import org.sitrep.geo.GeoparserFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval}: measures the pipeline, beside a trivial keyword baseline, on data that
 * others annotated. Its subcommands are {@code acled} ({@link EvalAcledCommand}), {@code case}
 * ({@link EvalCaseCommand}) and {@code geo} ({@link EvalGeoCommand}, which measures the geoparser
 * of a {@link GeoparserFactory} instead).
 *
 * <p>Exit codes: 0 done; 1 the input file is missing or unreadable as a whole (rows that cannot be
 * scored are skipped and counted, not fatal); 2 usage error; 3 ({@code geo} only) no geoparser is
 * installed.
 *
 * <p>Results go to the command line's out writer, progress and problems to its err writer.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score Sitrep and a keyword baseline against annotated data.",
    subcommands = {EvalAcledCommand.class, EvalCaseCommand.class, EvalGeoCommand.class, EvalDedupCommand.class})
public final class EvalCommand implements Callable<Integer> {

  /** Exit code for an input file that cannot be read. */
  static final int INPUT_ERROR = 1;

  /** Exit code for a usage error (picocli's default). */
  static final int USAGE = 2;

  private static final int PROGRESS_STEP = 200;
  private static final int PROBLEMS_SHOWN = 20;

  private final Supplier<Extractor> extractorFactory;
  private final GeoparserFactory geoparsers;
  private Extractor extractor;

  @Spec CommandSpec spec;

  /** The command over the real pipeline, loaded when a subcommand first needs it. */
  public EvalCommand() {
    this(() -> Extractor.of(Sitrep.load()));
  }

  /**
   * The command over the extractor {@code extractorFactory} makes (called at most once), and the
   * geoparser that {@link GeoparserFactory#load()} finds.
   */
  public EvalCommand(Supplier<Extractor> extractorFactory) {
    this(extractorFactory, GeoparserFactory.load());
  }

  /**
   * The command over the extractor {@code extractorFactory} makes (called at most once) and, for
   * {@code eval geo}, the geoparser and gazetteer look-ups of {@code geoparsers}.
   */
  public EvalCommand(Supplier<Extractor> extractorFactory, GeoparserFactory geoparsers) {
    this.extractorFactory = extractorFactory;
    this.geoparsers = geoparsers;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** The extractor being evaluated, made on first use. */
  synchronized Extractor extractor() {
    if (extractor == null) {
      extractor = extractorFactory.get();
    }
    return extractor;
  }

  /** Where {@code eval geo} gets its geoparser. */
  GeoparserFactory geoparsers() {
    return geoparsers;
  }

  /** Opens {@code file} as UTF-8 text, failing with a message that names it. */
  static BufferedReader open(Path file) throws EvalInputException {
    try {
      return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new EvalInputException(file + ": no such file");
    } catch (IOException e) {
      throw new EvalInputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Prints progress every {@value #PROGRESS_STEP} rows and at the end to {@code err}. */
  static Progress progress(PrintWriter err, String what) {
    long start = System.nanoTime();
    return Progress.every(
        PROGRESS_STEP,
        (done, total) -> {
          double seconds = (System.nanoTime() - start) / 1e9;
          err.printf(
              Locale.ROOT,
              "%s: %d/%d rows, %.1f rows/s%n",
              what,
              done,
              total,
              seconds <= 0 ? 0 : done / seconds);
          err.flush();
        });
  }

  /** Prints the first problems and how many there were to {@code err}. */
  static void reportProblems(PrintWriter err, String what, List<String> problems) {
    for (int i = 0; i < Math.min(PROBLEMS_SHOWN, problems.size()); i++) {
      err.println(what + ": skipped " + problems.get(i));
    }
    if (problems.size() > PROBLEMS_SHOWN) {
      err.println(what + ": ... and " + (problems.size() - PROBLEMS_SHOWN) + " more skipped rows");
    }
    err.flush();
  }

  /** A TSV cell: tabs and line breaks become spaces. */
  static String cell(Object value) {
    return value == null ? "" : value.toString().replaceAll("[\\t\\r\\n]+", " ");
  }

  /** One line of JSON. */
  static String json(Map<String, Object> map) {
    try {
      return new ObjectMapper().writeValueAsString(map) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of numbers and strings is always JSON", e);
    }
  }

  /** A table cell for a number: shares with three decimals, larger numbers with one. */
  static String number(Object value) {
    if (value instanceof Double d) {
      return String.format(Locale.ROOT, d >= 10 ? "%.1f" : "%.3f", d);
    }
    return String.valueOf(value);
  }
}
