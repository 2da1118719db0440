package org.sitrep.geo;

import java.util.List;

/**
 * Resolves place names in text to points.
 *
 * <p>Implementations must be thread-safe: evaluation calls them from several threads.
 */
public interface Geoparser {

  /**
   * Resolves the given spans of {@code text} (gold toponyms): one result per span, in the same
   * order, with the span's offsets; latitude and longitude null for a span it cannot resolve.
   */
  List<ResolvedToponym> resolve(String text, List<TextSpan> toponyms);

  /** Finds the toponyms of {@code text} itself and resolves them, in text order. */
  List<ResolvedToponym> parse(String text);
}
