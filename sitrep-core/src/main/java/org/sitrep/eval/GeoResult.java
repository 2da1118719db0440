package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well one geoparser did on a gold set.
 *
 * @param outcomes one per gold toponym with coordinates, in file order
 * @param documents documents read
 * @param failed documents on which the geoparser threw or broke its contract (their toponyms
 *     count as missed)
 * @param seconds wall-clock time spent in the geoparser
 * @param ner whether the geoparser found the toponyms itself, so that precision and recall apply
 * @param truePositives found toponyms paired with a gold one (with {@code ner})
 * @param falsePositives found toponyms that are no annotated toponym (with {@code ner})
 */
public record GeoResult(
    List<GeoOutcome> outcomes,
    int documents,
    int failed,
    double seconds,
    boolean ner,
    int truePositives,
    int falsePositives) {

  public GeoResult {
    outcomes = List.copyOf(outcomes);
  }

  /** The errors in km, in order. */
  public double[] km() {
    return outcomes.stream().mapToDouble(GeoOutcome::km).toArray();
  }

  /** Share of gold toponyms resolved within 161 km. */
  public double acc161() {
    return GeoErrors.acc161(km());
  }

  /** Share of the gold toponyms with a GeoNames id that got that id; 0 when none has one. */
  public double exactId() {
    long withId = outcomes.stream().filter(o -> o.gold().geonameId() != null).count();
    return withId == 0 ? 0 : outcomes.stream().filter(GeoOutcome::sameId).count() / (double) withId;
  }

  /** Gold toponyms the gazetteer covers. */
  public int covered() {
    return (int) outcomes.stream().filter(GeoOutcome::covered).count();
  }

  /** Share of the covered gold toponyms resolved within 161 km; 0 when none is covered. */
  public double acc161Covered() {
    int covered = covered();
    return covered == 0
        ? 0
        : outcomes.stream().filter(o -> o.covered() && o.accurate()).count() / (double) covered;
  }

  /** Found toponyms that are gold ones, over all found that are not other annotations. */
  public double nerPrecision() {
    int found = truePositives + falsePositives;
    return found == 0 ? 0 : truePositives / (double) found;
  }

  /** Gold toponyms found. */
  public double nerRecall() {
    return outcomes.isEmpty() ? 0 : truePositives / (double) outcomes.size();
  }

  /** Documents per second of geoparser time. */
  public double docsPerSecond() {
    return seconds <= 0 ? 0 : documents / seconds;
  }

  /**
   * The result as the keys of the JSON output, in order: {@code toponyms, acc161, mean_km,
   * median_km, auc, exact_id, docs_per_s, covered, acc161_covered}, then with {@link #ner()}
   * {@code ner_precision, ner_recall}. Shares rounded to four decimals, km and speed to one.
   */
  public Map<String, Object> toMap() {
    double[] km = km();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("toponyms", outcomes.size());
    map.put("acc161", AcledResult.round(GeoErrors.acc161(km), 4));
    map.put("mean_km", AcledResult.round(GeoErrors.mean(km), 1));
    map.put("median_km", AcledResult.round(GeoErrors.median(km), 1));
    map.put("auc", AcledResult.round(GeoErrors.auc(km), 4));
    map.put("exact_id", AcledResult.round(exactId(), 4));
    map.put("docs_per_s", AcledResult.round(docsPerSecond(), 1));
    map.put("covered", covered());
    map.put("acc161_covered", AcledResult.round(acc161Covered(), 4));
    if (ner) {
      map.put("ner_precision", AcledResult.round(nerPrecision(), 4));
      map.put("ner_recall", AcledResult.round(nerRecall(), 4));
    }
    return map;
  }
}
