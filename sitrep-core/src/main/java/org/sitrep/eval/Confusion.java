package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts of (gold, predicted) class pairs, and the scores derived from them.
 *
 * <p>Macro F1 averages the F1 of every class that occurs in the gold labels or in the predictions;
 * a class absent from both is left out (it has no precision or recall to speak of, and counting it
 * as 0 or 1 would make the score depend on the label set instead of the data). A class that occurs
 * but is never predicted right has F1 0.
 *
 * <p>Not thread-safe.
 */
public final class Confusion {

  /**
   * One off-diagonal cell: {@code count} rows of class {@code gold} predicted as {@code predicted}.
   */
  public record Cell(String gold, String predicted, int count) {}

  private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
  private int total;

  /** Counts one row. */
  public void add(String gold, String predicted) {
    counts.computeIfAbsent(gold, g -> new LinkedHashMap<>()).merge(predicted, 1, Integer::sum);
    total++;
  }

  /** Rows counted. */
  public int total() {
    return total;
  }

  /** Rows of class {@code gold} predicted as {@code predicted}. */
  public int count(String gold, String predicted) {
    return counts.getOrDefault(gold, Map.of()).getOrDefault(predicted, 0);
  }

  /** Share of rows predicted right, 0 without rows. */
  public double accuracy() {
    if (total == 0) {
      return 0;
    }
    int right = 0;
    for (String gold : counts.keySet()) {
      right += count(gold, gold);
    }
    return right / (double) total;
  }

  /** The classes that occur as gold or prediction, in order of first appearance. */
  public Set<String> classes() {
    Set<String> classes = new LinkedHashSet<>();
    counts.forEach(
        (gold, row) -> {
          classes.add(gold);
          classes.addAll(row.keySet());
        });
    return classes;
  }

  /** F1 of one class: 2tp / (2tp + fp + fn), 0 when it has no true positive. */
  public double f1(String label) {
    int tp = count(label, label);
    int fn =
        counts.getOrDefault(label, Map.of()).values().stream().mapToInt(Integer::intValue).sum()
            - tp;
    int fp = 0;
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      if (!e.getKey().equals(label)) {
        fp += e.getValue().getOrDefault(label, 0);
      }
    }
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  /** Mean F1 over {@link #classes()}; 0 without rows. */
  public double macroF1() {
    Set<String> classes = classes();
    return classes.isEmpty() ? 0 : classes.stream().mapToDouble(this::f1).sum() / classes.size();
  }

  /** The {@code n} most frequent wrong (gold, predicted) pairs, most frequent first. */
  public List<Cell> topConfusions(int n) {
    List<Cell> cells = new ArrayList<>();
    counts.forEach(
        (gold, row) ->
            row.forEach(
                (predicted, count) -> {
                  if (!gold.equals(predicted)) {
                    cells.add(new Cell(gold, predicted, count));
                  }
                }));
    cells.sort(
        Comparator.comparingInt(Cell::count)
            .reversed()
            .thenComparing(Cell::gold)
            .thenComparing(Cell::predicted));
    return cells.subList(0, Math.min(n, cells.size()));
  }
}
