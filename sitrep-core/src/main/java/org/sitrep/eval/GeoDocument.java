package org.sitrep.eval;

import java.util.List;
import java.util.Objects;
import org.sitrep.geo.TextSpan;

/**
 * One document of a geoparsing gold set.
 *
 * @param id the document's id in the file (its {@code file} or {@code docid} attribute, its
 *     source, or its ordinal from 1)
 * @param text the text the offsets count in
 * @param toponyms the gold toponyms that carry coordinates, in file order: the ones scored
 * @param unscored the spans annotated as toponyms without coordinates: not scored, but finding
 *     one is no false positive
 */
public record GeoDocument(
    String id, String text, List<GoldToponym> toponyms, List<TextSpan> unscored) {

  public GeoDocument {
    Objects.requireNonNull(text, "text");
    toponyms = List.copyOf(toponyms);
    unscored = List.copyOf(unscored);
  }

  /** The spans of the scored toponyms, in order. */
  public List<TextSpan> spans() {
    return toponyms.stream().map(GoldToponym::span).toList();
  }
}
