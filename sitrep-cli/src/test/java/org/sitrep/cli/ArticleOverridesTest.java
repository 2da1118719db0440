package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class ArticleOverridesTest {

  private final Article article =
      Article.of("Text.", "T", null, "Own Wire", LocalDate.of(2020, 1, 1), "a.txt");

  @Test
  void keepsTheArticlesOwnValuesWithoutOverrides() {
    assertEquals(article, new ArticleOverrides(null, null).apply(article));
  }

  @Test
  void replacesDateAndSourceButNotTheId() {
    Article a = new ArticleOverrides(LocalDate.of(2020, 5, 3), "Radio X").apply(article);
    assertEquals(LocalDate.of(2020, 5, 3), a.published());
    assertEquals("Radio X", a.source());
    assertEquals(article.id(), a.id());
  }
}
