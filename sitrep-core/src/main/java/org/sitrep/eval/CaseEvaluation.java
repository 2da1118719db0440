package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Claim;

/**
 * Scores an extractor on CASE 2021 task 2: each snippet is read as an undated article and its
 * predicted class is the sub-event type of its first event claim, or NO_EVENT (see {@link
 * CaseLabels}); accuracy and macro F1 as {@link Confusion} defines them.
 *
 * <p>Thread-safe: no state; the extractor is called from the calling thread only.
 */
public final class CaseEvaluation {

  private CaseEvaluation() {}

  /** Reads every row with {@code extractor} and scores it. */
  public static CaseResult evaluate(
      List<CaseRow> rows, Extractor extractor, String origin, Progress progress) {
    Confusion confusion = new Confusion();
    List<CaseResult.Miss> misses = new ArrayList<>();
    long nanos = 0;
    int failed = 0;
    int done = 0;
    for (CaseRow row : rows) {
      List<Claim> claims;
      long start = System.nanoTime();
      try {
        claims = extractor.extract(row.article(origin));
      } catch (RuntimeException e) {
        claims = List.of();
        failed++;
      }
      nanos += System.nanoTime() - start;
      String predicted = CaseLabels.predicted(claims);
      confusion.add(row.gold(), predicted);
      if (!predicted.equals(row.gold())) {
        misses.add(new CaseResult.Miss(row.id(), row.gold(), predicted, row.snippet()));
      }
      progress.update(++done, rows.size());
    }
    return new CaseResult(confusion, failed, nanos / 1e9, misses);
  }
}
