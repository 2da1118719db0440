package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.Pipeline;
import org.sitrep.input.ArticleReader;
import org.sitrep.input.ReadResult;
import org.sitrep.input.UnreadableInputException;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.output.ClaimWriter;
import org.sitrep.output.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep extract}: reads every input, writes one record per claim over all of them to
 * standard output, and reports unreadable inputs on standard error without stopping.
 *
 * <p>The pipeline is loaded when the first readable article arrives, so that a run whose inputs are
 * all unreadable ends at once.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Prints the claims of news articles as ACLED-style records.",
    description =
        "Reads plain text, HTML or JSON lines and prints one record per claim over all inputs:"
            + " a JSON array, a CSV table or a GeoJSON FeatureCollection. Unreadable inputs are"
            + " reported on standard error and the others are still read.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every input was read",
      "  1  some input could not be read; the others were processed",
      "  2  usage error",
      "  3  Sitrep itself failed"
    })
final class ExtractCommand implements Callable<Integer> {

  /** From this many inputs on, progress goes to standard error. */
  private static final int PROGRESS_FROM = 5;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "json, csv or geojson (default: ${DEFAULT-VALUE})",
      defaultValue = "json")
  private OutputFormat format;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description = "the publication day of every input, overriding their own")
  private LocalDate date;

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "the publisher of every input (ACLED's source column)")
  private String source;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "articles to read; - reads standard input")
  private List<String> files;

  private final Streams streams;
  private final Supplier<Pipeline> pipelines;
  private final ArticleReader reader = new ArticleReader();

  ExtractCommand(Streams streams, Supplier<Pipeline> pipelines) {
    this.streams = streams;
    this.pipelines = pipelines;
  }

  @Override
  public Integer call() throws IOException {
    ArticleOverrides overrides = new ArticleOverrides(date, source == null ? null : source.strip());
    boolean progress = files.size() >= PROGRESS_FROM;
    long started = System.nanoTime();
    int exit = ExitCode.OK;
    int articles = 0;
    int claims = 0;
    Pipeline pipeline = null;
    try (ClaimWriter writer = format.open(streams.out())) {
      for (int i = 0; i < files.size(); i++) {
        String file = files.get(i);
        ReadResult result;
        try {
          result = read(file);
        } catch (UnreadableInputException e) {
          streams.err().println("sitrep: " + e.getMessage());
          exit = Math.max(exit, ExitCode.UNREADABLE_INPUT);
          continue;
        }
        result.warnings().forEach(w -> streams.err().println("sitrep: warning: " + w));
        result.errors().forEach(e -> streams.err().println("sitrep: " + e));
        if (!result.errors().isEmpty()) {
          exit = Math.max(exit, ExitCode.UNREADABLE_INPUT);
        }
        int before = claims;
        for (Article article : result.articles()) {
          if (pipeline == null) {
            pipeline = pipelines.get();
          }
          try {
            for (Claim claim : pipeline.read(overrides.apply(article)).claims()) {
              writer.write(claim);
              claims++;
            }
            articles++;
          } catch (RuntimeException e) {
            streams.err().println("sitrep: " + article.origin() + ": pipeline failed: " + e);
            exit = ExitCode.FAILURE;
          }
        }
        if (progress) {
          streams.err().printf(
              "sitrep: [%d/%d] %s: %d claims%n", i + 1, files.size(), file, claims - before);
        }
      }
    }
    if (progress) {
      streams.err().printf(
          Locale.ROOT,
          "sitrep: %d files, %d articles, %d claims in %.1f s%n",
          files.size(), articles, claims, (System.nanoTime() - started) / 1e9);
    }
    return exit;
  }

  private ReadResult read(String file) throws UnreadableInputException {
    if ("-".equals(file)) {
      return reader.read(streams.in(), "-");
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw new UnreadableInputException(file, "not a valid file name");
    }
    return reader.read(path);
  }
}
