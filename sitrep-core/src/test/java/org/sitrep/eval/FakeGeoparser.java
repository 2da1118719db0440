package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.PlaceLookup;
import org.sitrep.geo.ResolvedToponym;
import org.sitrep.geo.TextSpan;

/**
 * Test double: resolves a toponym by looking its text up in a fixed map, and "finds" every
 * occurrence of the given words.
 */
final class FakeGeoparser implements Geoparser {

  private final Map<String, PlaceLookup.Place> points;
  private final List<String> finds;

  FakeGeoparser(Map<String, PlaceLookup.Place> points, List<String> finds) {
    this.points = points;
    this.finds = finds;
  }

  @Override
  public List<ResolvedToponym> resolve(String text, List<TextSpan> toponyms) {
    List<ResolvedToponym> resolved = new ArrayList<>();
    for (TextSpan span : toponyms) {
      resolved.add(at(text, span.start(), span.end()));
    }
    return resolved;
  }

  @Override
  public List<ResolvedToponym> parse(String text) {
    List<ResolvedToponym> found = new ArrayList<>();
    for (String word : finds) {
      for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
        found.add(at(text, i, i + word.length()));
      }
    }
    return found;
  }

  private ResolvedToponym at(String text, int start, int end) {
    String name = text.substring(start, end);
    PlaceLookup.Place p = points.get(name);
    return p == null
        ? new ResolvedToponym(start, end, name, null, null, null)
        : new ResolvedToponym(start, end, name, p.latitude(), p.longitude(), p.geonameId());
  }
}
