package org.sitrep.cli;

import java.time.LocalDate;
import org.sitrep.model.Article;

/**
 * What the user said about every input on the command line ({@code --date}, {@code --source}),
 * applied over what the inputs say.
 *
 * @param published the publication day for every article, or null to keep each article's own
 * @param source the publisher of every article, or null to keep each article's own
 */
record ArticleOverrides(LocalDate published, String source) {

  /** {@code article} with the overrides applied. */
  Article apply(Article article) {
    Article a = published == null ? article : article.withPublished(published);
    return source == null ? a : a.withSource(source);
  }
}
