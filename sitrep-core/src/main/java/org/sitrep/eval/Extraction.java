package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    long start = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<List<Claim>> claims = new ArrayList<>(articles.size());
    if (threads == 1) {
      for (Article article : articles) {
        claims.add(extract(extractor, article, failed));
        progress.update(done.incrementAndGet(), articles.size());
      }
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<List<Claim>>> futures = new ArrayList<>(articles.size());
        for (Article article : articles) {
          futures.add(
              pool.submit(
                  () -> {
                    List<Claim> result = extract(extractor, article, failed);
                    int n = done.incrementAndGet();
                    synchronized (progress) {
                      progress.update(n, articles.size());
                    }
                    return result;
                  }));
        }
        for (Future<List<Claim>> future : futures) {
          claims.add(future.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while extracting", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException("extraction failed", e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    return new Extraction(claims, failed.get(), (System.nanoTime() - start) / 1e9);
  }

  private static List<Claim> extract(Extractor extractor, Article article, AtomicInteger failed) {
    try {
      List<Claim> claims = extractor.extract(article);
      return claims == null ? List.of() : claims;
    } catch (RuntimeException e) {
      failed.incrementAndGet();
      return List.of();
    }
  }
}
