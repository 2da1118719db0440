package org.sitrep;

import org.sitrep.model.Article;

/**
 * The facade: load the pipeline once, then read articles with it.
 *
 * <pre>{@code
 * Pipeline pipeline = Sitrep.load();
 * Report report = pipeline.read(Article.of(text, null, null, null, LocalDate.of(2020, 2, 6), "x"));
 * }</pre>
 */
public final class Sitrep {

  private Sitrep() {}

  /** Loads the pipeline with its default knowledge files and models (a few seconds). */
  public static Pipeline load() {
    return Pipeline.load(PipelineConfig.defaults());
  }

  /** Loads the pipeline as {@code config} says. */
  public static Pipeline load(PipelineConfig config) {
    return Pipeline.load(config);
  }

  /** Reads one article with a freshly loaded pipeline; for one-off use, not for loops. */
  public static Report read(Article article) {
    return load().read(article);
  }
}
