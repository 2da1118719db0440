package org.sitrep;

import java.nio.file.Path;
import org.sitrep.gazetteer.GazetteerHome;

/**
 * How to load a {@link Pipeline}.
 *
 * @param knowledgeDir a folder whose knowledge files (same names as the built-in ones) add to the
 *     built-in actors and triggers, or null for the built-in ones only
 * @param placesDir the folder {@code ./sitrep setup} fills with place names used to tell an
 *     article's country, or null to rely on country names in the text only
 * @param gazetteerIndex the gazetteer index that gives claims their coordinates, or null to keep
 *     place words only; a missing index is the same as null
 */
public record PipelineConfig(Path knowledgeDir, Path placesDir, Path gazetteerIndex) {

  /** Built-in knowledge, and the place names and gazetteer under {@link SitrepHome} when setup made them. */
  public static PipelineConfig defaults() {
    return new PipelineConfig(null, SitrepHome.placesDir(), new GazetteerHome(SitrepHome.dir()).index());
  }

  /** Built-in knowledge only: no place names, no gazetteer; results that depend on nothing installed. */
  public static PipelineConfig builtInOnly() {
    return new PipelineConfig(null, null, null);
  }
}
