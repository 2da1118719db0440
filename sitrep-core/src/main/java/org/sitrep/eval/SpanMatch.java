package org.sitrep.eval;

import java.util.Arrays;
import java.util.List;
import org.sitrep.geo.TextSpan;

/**
 * Pairs the toponyms a geoparser found with the gold ones: each gold span, in order, takes the
 * not yet taken predicted span that overlaps it most (the first of equals). A predicted span left
 * over is a false positive unless it overlaps an annotation without coordinates, which is not
 * counted either way.
 *
 * @param goldToPredicted for each gold span, the index of its predicted span, or -1
 * @param truePositives predicted spans paired with a gold one
 * @param falsePositives predicted spans paired with none and overlapping no unscored annotation
 */
public record SpanMatch(int[] goldToPredicted, int truePositives, int falsePositives) {

  public SpanMatch {
    goldToPredicted = goldToPredicted.clone();
  }

  /** Pairs {@code predicted} with {@code gold}; {@code unscored} are the other annotated spans. */
  public static SpanMatch of(List<TextSpan> gold, List<TextSpan> predicted, List<TextSpan> unscored) {
    int[] pairs = new int[gold.size()];
    boolean[] taken = new boolean[predicted.size()];
    int tp = 0;
    for (int g = 0; g < gold.size(); g++) {
      int best = -1;
      int bestOverlap = 0;
      for (int p = 0; p < predicted.size(); p++) {
        int overlap = taken[p] ? 0 : gold.get(g).overlap(predicted.get(p));
        if (overlap > bestOverlap) {
          best = p;
          bestOverlap = overlap;
        }
      }
      pairs[g] = best;
      if (best >= 0) {
        taken[best] = true;
        tp++;
      }
    }
    int fp = 0;
    for (int p = 0; p < predicted.size(); p++) {
      TextSpan span = predicted.get(p);
      if (!taken[p] && unscored.stream().noneMatch(span::overlaps)) {
        fp++;
      }
    }
    return new SpanMatch(pairs, tp, fp);
  }

  /** The index of the predicted span paired with gold span {@code g}, or -1. */
  public int predictedOf(int g) {
    return goldToPredicted[g];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpanMatch m
        && Arrays.equals(goldToPredicted, m.goldToPredicted)
        && truePositives == m.truePositives
        && falsePositives == m.falsePositives;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(goldToPredicted) + 7 * truePositives + falsePositives;
  }

  @Override
  public String toString() {
    return "SpanMatch" + Arrays.toString(goldToPredicted) + " tp=" + truePositives + " fp=" + falsePositives;
  }
}
