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
 * @param goldPoints rows with gold coordinates
 * @param within25km of those, rows whose best-matching event lies within 25 km of the gold point
 * @param gazetteerMissing of those, rows whose gold location has no gazetteer entry of that name
 *     within 25 km; null when no gazetteer was available
 */
public record AcledResult(
    int rows,
    int failed,
    Map<AcledField, Integer> correct,
    long events,
    double seconds,
    List<AcledMiss> misses,
    Confusion subEventTypes,
    int goldPoints,
    int within25km,
    Integer gazetteerMissing) {

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
   * within_25km} and {@code gazetteer_missing} (shares of the rows with gold coordinates; null
   * without any, or without a gazetteer), {@code events_per_row}, {@code rows_per_s}; shares rounded
   * to four decimals.
   */
  public Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("rows", rows);
    for (AcledField field : AcledField.values()) {
      map.put(field.key(), round(share(field), 4));
    }
    map.put("within_25km", goldPoints == 0 ? null : round(within25km / (double) goldPoints, 4));
    map.put("gazetteer_missing",
        goldPoints == 0 || gazetteerMissing == null ? null : round(gazetteerMissing / (double) goldPoints, 4));
    map.put("events_per_row", round(eventsPerRow(), 4));
    map.put("rows_per_s", round(rowsPerSecond(), 1));
    return map;
  }

  static double round(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round(value * scale) / scale;
  }
}
