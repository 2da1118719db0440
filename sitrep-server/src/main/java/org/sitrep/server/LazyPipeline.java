package org.sitrep.server;

import java.util.function.Supplier;
import org.sitrep.Pipeline;
import org.sitrep.model.Article;

/**
 * Sitrep's pipeline, loaded when the first article is posted: a server that only serves events
 * starts without loading CoreNLP's models.
 *
 * <p>Thread-safe: the pipeline is loaded once, under a lock, and is itself thread-safe.
 */
final class LazyPipeline implements ClaimReader {

  private final Supplier<Pipeline> pipelines;
  private Pipeline pipeline;

  LazyPipeline(Supplier<Pipeline> pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public Reading read(Article article) {
    Pipeline p = pipeline();
    return new Reading(p.read(article).claims(), p.version());
  }

  /** @throws Unavailable when the pipeline cannot load; the next article tries again */
  private synchronized Pipeline pipeline() {
    if (pipeline == null) {
      try {
        pipeline = pipelines.get();
      } catch (RuntimeException e) {
        throw new Unavailable("the pipeline could not be loaded: " + e.getMessage(), e);
      }
    }
    return pipeline;
  }
}
