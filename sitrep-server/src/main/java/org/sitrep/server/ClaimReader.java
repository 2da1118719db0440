package org.sitrep.server;

import java.util.List;
import java.util.function.Supplier;
import org.sitrep.Pipeline;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;

/** Reads a posted article's claims: Sitrep's pipeline, or a stand-in in tests. */
@FunctionalInterface
public interface ClaimReader {

  /**
   * The claims read from an article, and the version of what read them.
   *
   * @param claims every claim, events and others
   * @param version the pipeline's version, stored with the article
   */
  record Reading(List<Claim> claims, String version) {

    public Reading {
      claims = List.copyOf(claims);
    }
  }

  /** Reads one article; may be called from several threads at once. */
  Reading read(Article article);

  /** The pipeline that {@code pipelines} loads when the first article is posted, and only then. */
  static ClaimReader pipeline(Supplier<Pipeline> pipelines) {
    return new LazyPipeline(pipelines);
  }
}
