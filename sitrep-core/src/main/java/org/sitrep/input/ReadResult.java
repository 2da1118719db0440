package org.sitrep.input;

import java.util.List;
import org.sitrep.model.Article;

/**
 * What one input gave: its articles, and one-line messages about the parts that were read with
 * doubt (warnings) or not at all (errors, e.g. a malformed JSON line among good ones).
 *
 * @param articles the articles read, in input order
 * @param warnings messages such as {@code FILE: not valid UTF-8, read as windows-1252}
 * @param errors messages such as {@code FILE: line 3: not valid JSON: ...}
 */
public record ReadResult(List<Article> articles, List<String> warnings, List<String> errors) {

  public ReadResult {
    articles = List.copyOf(articles);
    warnings = List.copyOf(warnings);
    errors = List.copyOf(errors);
  }

  /** A result of one article and no messages. */
  static ReadResult of(Article article) {
    return new ReadResult(List.of(article), List.of(), List.of());
  }

  /** The same result with {@code warning} added first. */
  ReadResult withWarning(String warning) {
    if (warning == null) {
      return this;
    }
    List<String> all = new java.util.ArrayList<>();
    all.add(warning);
    all.addAll(warnings);
    return new ReadResult(articles, all, errors);
  }
}
