package org.sitrep.eval;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;

/**
 * Runs an extractor over many articles, on one thread or several, and times it. An article on which
 * the extractor throws gets no claims and is counted as failed.
 *
 * @param claims the claims of each article, in the order of the articles
 * @param failed articles on which the extractor threw
 * @param seconds wall-clock time of the whole run
 */
record Extraction(List<List<Claim>> claims, int failed, double seconds) {

  /**
   * Reads {@code articles} with {@code extractor} on {@code threads} threads (1 reads them on the
   * calling thread; more needs a thread-safe extractor), telling {@code progress} as rows finish.
   */
  static Extraction run(
      List<Article> articles, Extractor extractor, int threads, Progress progress) {
    ParallelMap<List<Claim>> run = ParallelMap.run(articles, extractor::extract, threads, progress);
    List<List<Claim>> claims = run.results().stream().map(c -> c == null ? List.<Claim>of() : c).toList();
    return new Extraction(claims, run.failed(), run.seconds());
  }
}
