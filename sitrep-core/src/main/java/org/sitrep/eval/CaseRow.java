package org.sitrep.eval;

import java.util.Objects;
import org.sitrep.model.Article;

/**
 * One CASE 2021 task 2 snippet to classify.
 *
 * @param id the file's {@code id}
 * @param snippet the text ({@code EventSnippet})
 * @param gold its class: a sub-event label as ACLED writes it, or {@link CaseLabels#NO_EVENT}
 */
public record CaseRow(String id, String snippet, String gold) {

  public CaseRow {
    Objects.requireNonNull(snippet, "snippet");
    Objects.requireNonNull(gold, "gold");
  }

  /** The snippet as an article; snippets have no date, so it has no publication day. */
  public Article article(String origin) {
    return Article.of(snippet, null, null, null, null, origin + ":" + id);
  }
}
