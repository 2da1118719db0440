package org.sitrep;

import java.util.List;
import org.sitrep.model.Article;

/**
 * Sitrep's extraction pipeline: a pure function from an {@link Article} to a {@link Report}.
 *
 * <p>Thread-safe: load once and share between threads.
 */
public final class Pipeline {

  private Pipeline() {}

  static Pipeline load(PipelineConfig config) {
    return new Pipeline();
  }

  /** Reads one article. */
  public Report read(Article article) {
    return new Report(article, List.of());
  }

  /** Version of the code and knowledge files; part of every claim. */
  public String version() {
    return "0.1.0";
  }
}
