package org.sitrep.eval;

import java.util.List;
import org.sitrep.Pipeline;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;

/**
 * What an evaluation measures: anything that turns an article into claims in text order. The real
 * pipeline is one ({@link #of(Pipeline)}), {@link KeywordBaseline} another, and tests pass their
 * own.
 *
 * <p>Implementations used with several threads must be thread-safe.
 */
@FunctionalInterface
public interface Extractor {

  /** The claims of {@code article}, events and other claims alike, in text order. */
  List<Claim> extract(Article article);

  /** The claims {@code pipeline} reads. */
  static Extractor of(Pipeline pipeline) {
    return article -> pipeline.read(article).claims();
  }
}
