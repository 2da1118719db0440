package org.sitrep.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.sitrep.Pipeline;
import org.sitrep.input.UnreadableInputException;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench FILE.xml}: how fast the pipeline loads and reads, and how much memory it
 * takes, measured in one run over the article texts of a GeoWebNews- or LGL-style XML file (see
 * {@link NewsXml}). Figures go to standard output ({@link BenchFigures}), progress to standard
 * error.
 *
 * <p>In order: the file is parsed; the pipeline is loaded ({@code load_s}); the articles are read
 * in order on this thread until the first event claim ({@code first_event_s}, counted from the
 * command's start, so it includes parsing and loading); the first {@code --warmup} articles are
 * read on the thread pool, untimed; then every article is read on the pool {@code --repeat} times
 * ({@code articles_per_s} of each run and their median, {@code chars_per_s} of the median).
 *
 * <p>Example: {@code ./sitrep bench --threads 2 --repeat 3 GeoWebNews.xml}.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Measures how fast the pipeline loads and reads, and its memory.",
    description =
        "Reads the article texts of a GeoWebNews- or LGL-style XML file"
            + " (<articles><article><title/><text/></article>...</articles>) and prints: the"
            + " time to load the pipeline, the time from start to the first event claim,"
            + " articles and characters per second on N threads (median of the runs), peak"
            + " resident memory, heap in use, and the number of claims and events.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  measured",
      "  1  the file is missing or not such XML",
      "  2  usage error",
      "  3  Sitrep itself failed (the pipeline did not load, or failed on an article)"
    })
final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "2",
      description = "read on a pool of N threads (default: ${DEFAULT-VALUE})")
  private int threads;

  @Option(
      names = "--repeat",
      paramLabel = "K",
      defaultValue = "3",
      description =
          "timed runs over all articles; the median is reported, so that one run still warming"
              + " up the JIT does not count (default: ${DEFAULT-VALUE})")
  private int repeat;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "20",
      description = "read the first N articles untimed first (default: ${DEFAULT-VALUE})")
  private int warmup;

  @Option(names = "--json", description = "print one JSON object instead of a table")
  private boolean json;

  @Parameters(index = "0", paramLabel = "FILE.xml", description = "GeoWebNews- or LGL-style XML")
  private String file;

  @Spec private CommandSpec spec;

  private final Streams streams;
  private final Supplier<Pipeline> pipelines;

  BenchCommand(Streams streams, Supplier<Pipeline> pipelines) {
    this.streams = streams;
    this.pipelines = pipelines;
  }

  /** Claims, events and failed articles of one pass, and how long it took. */
  private record Pass(double seconds, int claims, int events, int failed) {}

  @Override
  public Integer call() throws InterruptedException {
    long start = System.nanoTime();
    check(threads >= 1, "--threads must be at least 1, was " + threads);
    check(repeat >= 1, "--repeat must be at least 1, was " + repeat);
    check(warmup >= 0, "--warmup must not be negative, was " + warmup);
    List<Article> articles;
    try {
      articles = NewsXml.read(path(file));
    } catch (UnreadableInputException e) {
      streams.err().println("sitrep: " + e.getMessage());
      return ExitCode.UNREADABLE_INPUT;
    }
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    progress("%d articles, %d characters", articles.size(), chars);

    long loading = System.nanoTime();
    Pipeline pipeline = pipelines.get();
    double loadSeconds = seconds(loading);
    progress("pipeline loaded in %.2f s", loadSeconds);

    Double firstEvent = firstEvent(pipeline, articles, start);

    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      List<Article> warm = articles.subList(0, Math.min(warmup, articles.size()));
      Pass warmed = pass(pool, pipeline, warm);
      progress("warm-up: %d articles in %.2f s (untimed)", warm.size(), warmed.seconds());
      List<Double> rates = new ArrayList<>();
      List<Pass> passes = new ArrayList<>();
      for (int run = 1; run <= repeat; run++) {
        Pass pass = pass(pool, pipeline, articles);
        passes.add(pass);
        rates.add(articles.size() / pass.seconds());
        progress(
            "run %d/%d: %d articles in %.2f s, %.3f articles/s",
            run, repeat, articles.size(), pass.seconds(), articles.size() / pass.seconds());
      }
      double median = BenchFigures.median(rates);
      Pass first = passes.get(0);
      OptionalDouble peakRss = ProcessMemory.peakRssMb();
      BenchFigures figures =
          new BenchFigures(
              articles.size(),
              threads,
              loadSeconds,
              firstEvent,
              rates,
              chars * median / articles.size(),
              peakRss.isPresent() ? peakRss.getAsDouble() : null,
              ProcessMemory.liveHeapMb(),
              first.claims(),
              first.events());
      streams.out().print(json ? EvalCommand.json(figures.toMap()) : figures.table());
      streams.out().flush();
      int failed = passes.stream().mapToInt(Pass::failed).max().orElse(0);
      if (failed > 0) {
        streams.err().println("sitrep: bench: the pipeline failed on " + failed + " articles");
        return ExitCode.FAILURE;
      }
      return ExitCode.OK;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Seconds from {@code start} to the first event claim, reading in order; null if none. */
  private Double firstEvent(Pipeline pipeline, List<Article> articles, long start) {
    for (int i = 0; i < articles.size(); i++) {
      try {
        if (pipeline.read(articles.get(i)).claims().stream().anyMatch(Claim::isEvent)) {
          double at = seconds(start);
          progress("first event in article %d, %.2f s after start", i + 1, at);
          return at;
        }
      } catch (RuntimeException e) {
        // Counted in the timed runs, which read every article again.
      }
    }
    progress("no article gave an event");
    return null;
  }

  /** Reads every article on {@code pool} and waits for all of them. */
  private static Pass pass(ExecutorService pool, Pipeline pipeline, List<Article> articles)
      throws InterruptedException {
    AtomicInteger failed = new AtomicInteger();
    long start = System.nanoTime();
    List<Future<List<Claim>>> futures = new ArrayList<>(articles.size());
    for (Article article : articles) {
      futures.add(
          pool.submit(
              () -> {
                try {
                  return pipeline.read(article).claims();
                } catch (RuntimeException e) {
                  failed.incrementAndGet();
                  return List.<Claim>of();
                }
              }));
    }
    int claims = 0;
    int events = 0;
    for (Future<List<Claim>> future : futures) {
      try {
        for (Claim claim : future.get()) {
          claims++;
          events += claim.isEvent() ? 1 : 0;
        }
      } catch (ExecutionException e) {
        failed.incrementAndGet(); // An Error in the pipeline; RuntimeExceptions are caught above.
      }
    }
    return new Pass(seconds(start), claims, events, failed.get());
  }

  private Path path(String name) throws UnreadableInputException {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new UnreadableInputException(name, "not a valid file name");
    }
  }

  private void check(boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }

  private void progress(String format, Object... args) {
    streams.err().println("sitrep: bench: " + String.format(Locale.ROOT, format, args));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "sitrep-bench-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
