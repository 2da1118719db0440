package org.sitrep.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class BenchArticlesTest {

  @Test
  void loadsEightArticlesPublishedOnTheFixedDay() {
    List<Article> articles = BenchArticles.load();
    assertEquals(8, articles.size());
    for (Article article : articles) {
      assertEquals(BenchArticles.PUBLISHED, article.published());
      assertTrue(article.text().length() > 100, article.text());
    }
    assertEquals("articles.txt#8", articles.get(7).origin());
  }

  @Test
  void joinsTheLinesOfAParagraphAndSkipsComments() {
    List<Article> articles = BenchArticles.parse("# note\nA b.\nC d.\n\n\n# x\nE f.");
    assertEquals(List.of("A b. C d.", "E f."), articles.stream().map(Article::text).toList());
  }
}
