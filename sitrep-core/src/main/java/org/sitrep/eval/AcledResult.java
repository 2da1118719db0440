package org.sitrep.eval;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well one extractor did on an ACLED file.
 *
 * @param rows rows scored
 * @param failed rows on which the extractor threw (scored as rows without events)
 * @param correct per field, the number of rows whose best-matching claim had the gold value
 * @param events event claims over all rows
 * @param seconds wall-clock time spent in the extractor
 * @param misses every wrong field of every row
 * @param subEventTypes gold sub-event types against those of the best-matching claims (NO_EVENT
 *     without an event claim), to show what is confused with what
 */
public record AcledResult(
    int rows,
    int failed,
    Map<AcledField, Integer> correct,
    long events,
    double seconds,
    List<AcledMiss> misses,
    Confusion subEventTypes) {

  public AcledResult {
    correct = new EnumMap<>(correct);
    misses = List.copyOf(misses);
  }

  /** Share of rows, 0..1, with {@code field} right; 0 without rows. */
  public double share(AcledField field) {
    return rows == 0 ? 0 : correct.getOrDefault(field, 0) / (double) rows;
  }

  /** Mean number of event claims per row. */
  public double eventsPerRow() {
    return rows == 0 ? 0 : events / (double) rows;
  }

  /** Rows read per second of extractor time. */
  public double rowsPerSecond() {
    return seconds <= 0 ? 0 : rows / seconds;
  }

  /**
   * The result as the keys of the JSON output, in order: {@code rows}, each field's share, {@code
   * events_per_row}, {@code rows_per_s}; shares rounded to four decimals.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("rows", rows);
    for (AcledField field : AcledField.values()) {
      map.put(field.key(), round(share(field), 4));
    }
    map.put("events_per_row", round(eventsPerRow(), 4));
    map.put("rows_per_s", round(rowsPerSecond(), 1));
    return map;
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
