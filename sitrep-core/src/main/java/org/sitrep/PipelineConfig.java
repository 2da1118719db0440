package org.sitrep;

import java.nio.file.Path;

/**
 * How to load a {@link Pipeline}.
 *
 * @param knowledgeDir a folder whose knowledge files (same names as the built-in ones) add to the
 *     built-in actors and triggers, or null for the built-in ones only
 * @param placesDir the folder {@code ./sitrep setup} fills with place names used to tell an
 *     article's country, or null to rely on country names in the text only
 */
public record PipelineConfig(Path knowledgeDir, Path placesDir) {

  /** Built-in knowledge, and the place names under {@link SitrepHome} when setup fetched them. */
  public static PipelineConfig defaults() {
    return new PipelineConfig(null, SitrepHome.placesDir());
  }
}
