package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;

class ExtractionTest {

  /** One non-event claim per article whose id is the article's text. */
  private static final Extractor ECHO =
      article -> {
        if (article.text().equals("boom")) {
          throw new IllegalStateException("boom");
        }
        Claim c = TestClaims.nonEvent();
        return List.of(
            new Claim(
                article.text(),
                c.pipelineVersion(),
                c.articleId(),
                null,
                null,
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                null,
                null,
                null,
                null,
                0,
                c.speaker(),
                null,
                c.modality(),
                null,
                List.of()));
      };

  private static List<Article> articles(int n) {
    List<Article> articles = new ArrayList<>();
    IntStream.range(0, n)
        .forEach(i -> articles.add(Article.of("t" + i, null, null, null, null, "x")));
    return articles;
  }

  @Test
  void keepsTheOrderOfTheArticlesOnSeveralThreads() {
    Extraction extraction = Extraction.run(articles(500), ECHO, 4, Progress.NONE);
    for (int i = 0; i < 500; i++) {
      assertEquals("t" + i, extraction.claims().get(i).get(0).id());
    }
  }

  @Test
  void countsArticlesOnWhichTheExtractorThrows() {
    List<Article> articles = new ArrayList<>(articles(3));
    articles.add(1, Article.of("boom", null, null, null, null, "x"));
    for (int threads : new int[] {1, 3}) {
      Extraction extraction = Extraction.run(articles, ECHO, threads, Progress.NONE);
      assertEquals(1, extraction.failed());
      assertEquals(List.of(), extraction.claims().get(1));
      assertEquals("t1", extraction.claims().get(2).get(0).id());
    }
  }

  @Test
  void tellsProgressOfEveryRowOnceAndTheLastOne() {
    AtomicInteger calls = new AtomicInteger();
    AtomicInteger max = new AtomicInteger();
    Extraction.run(
        articles(450),
        ECHO,
        3,
        Progress.every(
            200,
            (done, total) -> {
              calls.incrementAndGet();
              max.accumulateAndGet(done, Math::max);
            }));
    assertEquals(3, calls.get());
    assertEquals(450, max.get());
  }

  @Test
  void rejectsFewerThanOneThread() {
    assertThrows(
        IllegalArgumentException.class, () -> Extraction.run(articles(1), ECHO, 0, Progress.NONE));
  }
}
