package org.sitrep.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one {@code sitrep bench} run measured. Times are in seconds, memory in MB; a figure that
 * could not be measured is null.
 *
 * @param articles articles read in each timed run
 * @param threads threads reading them
 * @param loadSeconds time to load the pipeline
 * @param firstEventSeconds from the command's start to the first event claim, reading the
 *     articles in order on one thread; null when no article gave an event
 * @param articlesPerSecondRuns throughput of each timed run
 * @param charsPerSecond characters of article text per second in the median run
 * @param peakRssMb peak resident set size of the process
 * @param heapUsedMb heap in use after the runs and a requested garbage collection
 * @param claims claims of every kind in one run over all articles
 * @param events event claims among them
 */
record BenchFigures(
    int articles,
    int threads,
    double loadSeconds,
    Double firstEventSeconds,
    List<Double> articlesPerSecondRuns,
    double charsPerSecond,
    Double peakRssMb,
    double heapUsedMb,
    int claims,
    int events) {

  BenchFigures {
    articlesPerSecondRuns = List.copyOf(articlesPerSecondRuns);
    if (articlesPerSecondRuns.isEmpty()) {
      throw new IllegalArgumentException("at least one timed run");
    }
  }

  /** The median of the runs' throughputs (the mean of the middle two for an even count). */
  double articlesPerSecond() {
    return median(articlesPerSecondRuns);
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The figures under their JSON keys, in a fixed order. */
  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("articles", articles);
    map.put("threads", threads);
    map.put("load_s", round(loadSeconds, 3));
    map.put("first_event_s", firstEventSeconds == null ? null : round(firstEventSeconds, 3));
    map.put("articles_per_s", round(articlesPerSecond(), 3));
    map.put(
        "articles_per_s_runs",
        articlesPerSecondRuns.stream().map(r -> round(r, 3)).collect(Collectors.toList()));
    map.put("chars_per_s", Math.round(charsPerSecond));
    map.put("peak_rss_mb", peakRssMb == null ? null : round(peakRssMb, 1));
    map.put("heap_used_mb", round(heapUsedMb, 1));
    map.put("claims", claims);
    map.put("events", events);
    return map;
  }

  /** One line per figure, key then value; a list's items separated by spaces. */
  String table() {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Object> figure : toMap().entrySet()) {
      Object value = figure.getValue();
      String shown =
          value == null
              ? "-"
              : value instanceof List<?> list
                  ? list.stream().map(String::valueOf).collect(Collectors.joining(" "))
                  : String.valueOf(value);
      s.append(String.format(Locale.ROOT, "%-20s %s%n", figure.getKey(), shown));
    }
    return s.toString();
  }

  private static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
