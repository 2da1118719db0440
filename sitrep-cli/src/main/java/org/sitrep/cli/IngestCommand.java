package org.sitrep.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.sitrep.Pipeline;
import org.sitrep.input.ArticleReader;
import org.sitrep.input.FeedFetcher;
import org.sitrep.input.ReadResult;
import org.sitrep.input.UnreadableInputException;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep ingest}: reads files, folders and feeds into the store. An article the store
 * already holds (same text or URL) is counted as a duplicate without being read again; each new
 * article is stored whole or not at all, so a run that is killed can be run again to finish.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Reads articles into the store and merges reports of the same event.",
    description =
        "Reads plain text, HTML and JSON-lines files, every file of a folder, and RSS or Atom"
            + " feeds (http or https URLs). Each article is stored once; its event claims join the"
            + " stored event they report or start a new one. Unreadable inputs are reported on"
            + " standard error and skipped.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every input read",
      "  1  some inputs unreadable (skipped), the others stored",
      "  2  usage error",
      "  3  the store or the pipeline failed"
    })
final class IngestCommand implements Callable<Integer> {

  /** Progress lines at most this often, in seconds. */
  private static final double PROGRESS_SECONDS = 2;

  @Mixin StoreOption store;

  @Spec CommandSpec spec;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description = "the publication day of every input, overriding their own")
  private LocalDate date;

  @Option(names = "--source", paramLabel = "NAME", description = "the publisher of every input")
  private String source;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "read articles on N threads (default: ${DEFAULT-VALUE}); they are stored in input order")
  private int threads;

  @Parameters(arity = "1..*", paramLabel = "PATH|FEED_URL", description = "files, folders, feed URLs")
  private List<String> inputs;

  private final Streams streams;
  private final Supplier<Pipeline> pipelines;
  private final Supplier<Path> home;
  private final ArticleReader reader = new ArticleReader();
  private final FeedFetcher feeds = new FeedFetcher();

  IngestCommand(Streams streams, Supplier<Pipeline> pipelines, Supplier<Path> home) {
    this.streams = streams;
    this.pipelines = pipelines;
    this.home = home;
  }

  @Override
  public Integer call() {
    StoreLocation location = store.location(home);
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
    }
    ArticleOverrides overrides = new ArticleOverrides(date, source == null ? null : source.strip());
    List<String> all = IngestInputs.expand(inputs);
    IngestTally tally = new IngestTally();
    int exit = ExitCode.OK;
    long started = System.nanoTime();
    double lastReport = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (Store target = Store.open(location)) {
      // Articles are read on `threads` threads and stored in input order, a few ahead at most,
      // so a run stores (and numbers) events exactly as a one-thread run would.
      Deque<Pending> reading = new ArrayDeque<>();
      for (String input : all) {
        tally.inputs++;
        ReadResult result;
        try {
          result = read(input);
        } catch (UnreadableInputException e) {
          streams.err().println("sitrep: warning: skipped " + e.getMessage());
          exit = Math.max(exit, ExitCode.UNREADABLE_INPUT);
          continue;
        }
        result.warnings().forEach(w -> streams.err().println("sitrep: warning: " + w));
        result.errors().forEach(e -> streams.err().println("sitrep: warning: skipped " + e));
        if (!result.errors().isEmpty()) {
          exit = Math.max(exit, ExitCode.UNREADABLE_INPUT);
        }
        for (Article raw : result.articles()) {
          Article article = overrides.apply(raw);
          if (target.knows(article)) {
            tally.articlesDuplicate++;
            continue;
          }
          Pipeline pipeline = pipelines.get();
          reading.add(new Pending(article, pool.submit(() -> pipeline.read(article).claims()), pipeline.version()));
          while (reading.size() > 2 * threads) {
            exit = Math.max(exit, store(reading.remove(), target, tally));
          }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (all.size() > 1 && seconds - lastReport >= PROGRESS_SECONDS) {
          lastReport = seconds;
          streams.err().println(progress(tally, all.size(), seconds));
        }
      }
      while (!reading.isEmpty()) {
        exit = Math.max(exit, store(reading.remove(), target, tally));
      }
      streams.err().printf(
          Locale.ROOT,
          "sitrep: ingest: %d inputs in %.1f s; %s; store %s now holds %s%n",
          tally.inputs, (System.nanoTime() - started) / 1e9, tally.line(), location.display(),
          describe(target));
    } catch (StoreException e) {
      streams.err().println("sitrep: ingest: " + e.getMessage());
      streams.err().println("sitrep: ingest: stopped after " + tally.line() + " (all stored, nothing half-written)");
      return ExitCode.FAILURE;
    } finally {
      pool.shutdownNow();
    }
    return exit;
  }

  /** An article being read, and the version of the pipeline reading it. */
  private record Pending(Article article, Future<List<Claim>> claims, String version) {}

  /** Stores one read article; the exit code its reading deserves. */
  private int store(Pending pending, Store target, IngestTally tally) {
    List<Claim> claims;
    try {
      claims = pending.claims().get();
    } catch (ExecutionException e) {
      streams.err().println("sitrep: " + pending.article().origin() + ": pipeline failed: " + e.getCause());
      tally.articlesFailed++;
      return ExitCode.FAILURE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted before storing " + pending.article().origin());
    }
    tally.add(target.ingest(pending.article(), claims, pending.version()));
    return ExitCode.OK;
  }

  private ReadResult read(String input) throws UnreadableInputException {
    if (IngestInputs.isUrl(input)) {
      return feeds.fetch(input);
    }
    try {
      return reader.read(Path.of(input));
    } catch (InvalidPathException e) {
      throw new UnreadableInputException(input, "not a valid file name");
    }
  }

  private static String progress(IngestTally tally, int total, double seconds) {
    int width = 30;
    int filled = (int) Math.round(width * (double) tally.inputs / total);
    return String.format(
        Locale.ROOT,
        "sitrep: ingest: [%s%s] %d/%d inputs, %.1f articles/s; %s",
        "#".repeat(filled), ".".repeat(width - filled), tally.inputs, total,
        (tally.articlesNew + tally.articlesDuplicate) / Math.max(seconds, 1e-9), tally.line());
  }

  private static String describe(Store store) {
    var c = store.counts();
    return c.articles() + " articles, " + c.claims() + " claims, " + c.events() + " events";
  }
}
