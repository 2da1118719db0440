package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well one extractor classified CASE snippets.
 *
 * @param confusion gold against predicted classes
 * @param failed rows on which the extractor threw (predicted NO_EVENT)
 * @param seconds wall-clock time spent in the extractor
 * @param misses every wrongly classified row
 */
public record CaseResult(Confusion confusion, int failed, double seconds, List<Miss> misses) {

  /** A wrongly classified row. */
  public record Miss(String id, String gold, String predicted, String snippet) {}

  public CaseResult {
    misses = List.copyOf(misses);
  }

  public int rows() {
    return confusion.total();
  }

  /** Rows read per second of extractor time. */
  public double rowsPerSecond() {
    return seconds <= 0 ? 0 : rows() / seconds;
  }

  /** The keys of the JSON output, in order: {@code rows}, {@code accuracy}, {@code macro_f1}. */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("rows", rows());
    map.put("accuracy", AcledResult.round(confusion.accuracy(), 4));
    map.put("macro_f1", AcledResult.round(confusion.macroF1(), 4));
    map.put("rows_per_s", AcledResult.round(rowsPerSecond(), 1));
    return map;
  }
}
