package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;

/**
 * Scores an extractor on CASE 2021 task 2: each snippet is read as an undated article and its
 * predicted class is the sub-event type of its first event claim, or NO_EVENT (see {@link
 * CaseLabels}); accuracy and macro F1 as {@link Confusion} defines them.
 *
 * <p>Thread-safe: no state.
 */
public final class CaseEvaluation {

  private CaseEvaluation() {}

  /** Reads every row with {@code extractor} on the calling thread and scores it. */
  public static CaseResult evaluate(
      List<CaseRow> rows, Extractor extractor, String origin, Progress progress) {
    return evaluate(rows, extractor, origin, 1, progress);
  }

  /**
   * Reads every row with {@code extractor} on {@code threads} threads (more than one needs a
   * thread-safe extractor) and scores it; the time reported is the wall clock of the reading.
   */
  public static CaseResult evaluate(
      List<CaseRow> rows, Extractor extractor, String origin, int threads, Progress progress) {
    List<Article> articles = rows.stream().map(r -> r.article(origin)).toList();
    Extraction extraction = Extraction.run(articles, extractor, threads, progress);
    Confusion confusion = new Confusion();
    List<CaseResult.Miss> misses = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      CaseRow row = rows.get(i);
      String predicted = CaseLabels.predicted(extraction.claims().get(i));
      confusion.add(row.gold(), predicted);
      if (!predicted.equals(row.gold())) {
        misses.add(new CaseResult.Miss(row.id(), row.gold(), predicted, row.snippet()));
      }
    }
    return new CaseResult(confusion, extraction.failed(), extraction.seconds(), misses);
  }
}
