package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.SyntheticAcled;
import org.sitrep.store.TemporaryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench-api}: the API's latency for box and month queries over real HTTP, and the
 * page's time to its first render in a real headless Chromium.
 */
@Command(
    name = "bench-api",
    mixinStandardHelpOptions = true,
    header = "Measures the HTTP API and the map page on a store of generated events.",
    description =
        "Imports N made-up events into a temporary SQLite store and serves it on a free port."
            + " Times GET /api/events with a 2x2 degree box and one month; then opens the page in"
            + " headless Chromium (CHROMIUM, else /usr/bin/chromium) and reads the time from"
            + " navigation to its first full render of the newest 10,000 events.")
final class BenchApiCommand implements Callable<Integer> {

  @Option(names = "--events", paramLabel = "N", defaultValue = "100000", description = "events in the store (default: ${DEFAULT-VALUE})")
  private int events;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "300", description = "API queries to time (default: ${DEFAULT-VALUE})")
  private int queries;

  @Option(names = "--page-runs", paramLabel = "N", defaultValue = "5", description = "page loads to time (default: ${DEFAULT-VALUE}; 0: none)")
  private int pageRuns;

  @Option(names = "--json", description = "Print one JSON object instead of lines.")
  private boolean json;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Streams streams;

  BenchApiCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    if (events < 1 || queries < 1 || pageRuns < 0) {
      streams.err().println("sitrep: bench-api: --events and --queries must be at least 1, --page-runs at least 0");
      return ExitCode.USAGE;
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    try (TemporaryStore temporary = TemporaryStore.create(null); Store store = Store.open(temporary.location())) {
      figures.put("events", load(store));
      try (SitrepServer server = SitrepServer.start(new ServerConfig("127.0.0.1", 0, false, null), store)) {
        String base = "http://127.0.0.1:" + server.port() + "/";
        timeQueries(base, figures);
        if (pageRuns > 0) {
          timePage(base, figures);
        }
      }
    } catch (StoreException e) {
      streams.err().println("sitrep: bench-api: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    if (json) {
      streams.out().print(EvalCommand.json(figures));
    } else {
      figures.forEach((k, v) -> streams.out().printf(Locale.ROOT, "%-22s %s%n", k, v));
    }
    streams.out().flush();
    return ExitCode.OK;
  }

  private long load(Store store) throws IOException {
    Path csv = Files.createTempFile("sitrep-bench-api-", ".csv");
    try {
      streams.err().printf(Locale.ROOT, "sitrep: bench-api: importing %,d generated events%n", events);
      BenchStoreCommand.writeSynthetic(csv, events);
      return BenchStoreCommand.importCsv(store, csv, n -> {});
    } finally {
      Files.deleteIfExists(csv);
    }
  }

  /** Box and month queries as the page asks them, after 20 that warm the caches. */
  private void timeQueries(String base, Map<String, Object> figures) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    SplittableRandom random = new SplittableRandom(7);
    double[] millis = new double[queries];
    long[] sizes = new long[queries];
    for (int q = -20; q < queries; q++) {
      LocalDate since = SyntheticAcled.FIRST_DAY.plusDays(random.nextInt(SyntheticAcled.DAYS - 31));
      double[] centre = SyntheticAcled.point(random);
      String query = String.format(Locale.ROOT, "api/events?bbox=%.3f,%.3f,%.3f,%.3f&since=%s&until=%s&limit=1000",
          centre[1] - 1, centre[0] - 1, centre[1] + 1, centre[0] + 1, since, since.plusDays(30));
      long t = System.nanoTime();
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + query)).build(),
          HttpResponse.BodyHandlers.ofString());
      double elapsed = (System.nanoTime() - t) / 1e6;
      if (r.statusCode() != 200) {
        throw new IOException("GET " + query + " answered " + r.statusCode() + ": " + r.body());
      }
      if (q >= 0) {
        millis[q] = elapsed;
        sizes[q] = JSON.readTree(r.body()).get("total").asLong();
      }
    }
    Arrays.sort(millis);
    figures.put("api_queries", queries);
    figures.put("api_p50_ms", round(BenchStoreCommand.percentile(millis, 0.50)));
    figures.put("api_p99_ms", round(BenchStoreCommand.percentile(millis, 0.99)));
    figures.put("api_result_mean", Math.round(Arrays.stream(sizes).average().orElse(0)));
    figures.put("api_result_max", Arrays.stream(sizes).max().orElse(0));
  }

  /**
   * Loads the page {@code pageRuns} times in one browser, after a first load that is not counted,
   * and reads the page's own timings: from navigation to the first full render.
   */
  private void timePage(String base, Map<String, Object> figures) throws Exception {
    if (!Files.isExecutable(HeadlessChromium.binary())) {
      streams.err().println("sitrep: bench-api: no Chromium at " + HeadlessChromium.binary() + "; the page is not timed");
      return;
    }
    // Unfiltered, the page asks for the newest 10,000 events: the most it shows.
    String page = base;
    double[] firstRender = new double[pageRuns];
    double[] render = new double[pageRuns];
    double[] fetch = new double[pageRuns];
    long shown = 0;
    try (HeadlessChromium chromium = HeadlessChromium.open(page)) {
      double lastOrigin = 0;
      for (int run = -1; run < pageRuns; run++) { // the first load warms the browser and the server
        if (run >= 0) {
          chromium.reload();
        }
        JsonNode t = timings(chromium, lastOrigin);
        lastOrigin = t.get("origin").asDouble();
        if (run >= 0) {
          firstRender[run] = t.get("readyMs").asDouble();
          render[run] = t.path("renderMs").asDouble();
          fetch[run] = t.path("fetchMs").asDouble();
          shown = t.get("shown").asLong();
        }
      }
    }
    Arrays.sort(firstRender);
    Arrays.sort(render);
    Arrays.sort(fetch);
    figures.put("page_runs", pageRuns);
    figures.put("page_events_shown", shown);
    figures.put("page_first_render_p50_ms", round(BenchStoreCommand.percentile(firstRender, 0.5)));
    figures.put("page_first_render_p90_ms", round(BenchStoreCommand.percentile(firstRender, 0.9)));
    figures.put("page_first_render_max_ms", round(firstRender[firstRender.length - 1]));
    figures.put("page_events_fetch_p50_ms", round(BenchStoreCommand.percentile(fetch, 0.5)));
    figures.put("page_events_render_p50_ms", round(BenchStoreCommand.percentile(render, 0.5)));
  }

  /**
   * The page's own timings once it has rendered, from a load newer than {@code after} (the
   * previous load's time origin): a reload replaces the page under a pending script.
   */
  private static JsonNode timings(HeadlessChromium chromium, double after) throws Exception {
    String script = "new Promise(done => { const wait = () => window.sitrepReady"
        + " ? window.sitrepReady.then(() => done(JSON.stringify(Object.assign({origin: performance.timeOrigin,"
        + " readyMs: performance.now(), shown: document.querySelectorAll('path.sitrep-marker').length"
        + " + [...document.querySelectorAll('.marker-cluster span')].reduce((n, s) => n + Number(s.textContent), 0)},"
        + " window.sitrepTimings)))) : setTimeout(wait, 5); wait(); })";
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try {
        JsonNode t = JSON.readTree(chromium.evaluate(script, Duration.ofSeconds(60)));
        if (t.get("origin").asDouble() > after) {
          return t;
        }
      } catch (IOException e) {
        // the page went away under the script: the reload has begun
      }
      Thread.sleep(20);
    }
    throw new IOException("the page did not render within 60 s");
  }

  private static double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
