package org.sitrep.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sitrep.eval.GeoDocument;
import org.sitrep.eval.GoldToponym;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.GeoparserFactory;
import org.sitrep.geo.NameCoverage;
import org.sitrep.geo.PlaceLookup;
import org.sitrep.geo.ResolvedToponym;
import org.sitrep.geo.TextSpan;

/**
 * Test double that knows the answers: its geoparser finds and resolves exactly the gold toponyms
 * of the given documents (so every figure of {@code eval geo} must be perfect), its coverage says
 * a name is covered when the gold set has that name within the distance, and its "most populous
 * place" of a name is the gold point that name has most often in the gold set. It checks the
 * plumbing of the command; it measures no geoparser.
 */
final class GoldOracleFactory implements GeoparserFactory {

  private final Map<String, List<GoldToponym>> byText = new HashMap<>();
  private final Map<String, List<GoldToponym>> byName = new HashMap<>();

  GoldOracleFactory(List<GeoDocument> documents) {
    for (GeoDocument d : documents) {
      byText.computeIfAbsent(d.text(), t -> new ArrayList<>()).addAll(d.toponyms());
      for (GoldToponym t : d.toponyms()) {
        byName.computeIfAbsent(t.name(), n -> new ArrayList<>()).add(t);
      }
    }
  }

  @Override
  public Geoparser geoparser() {
    return new Geoparser() {
      @Override
      public List<ResolvedToponym> resolve(String text, List<TextSpan> spans) {
        List<ResolvedToponym> resolved = new ArrayList<>();
        for (TextSpan span : spans) {
          resolved.add(
              byText.getOrDefault(text, List.of()).stream()
                  .filter(t -> t.span().equals(span))
                  .findFirst()
                  .map(GoldOracleFactory::resolved)
                  .orElse(ResolvedToponym.unresolved(text, span)));
        }
        return resolved;
      }

      @Override
      public List<ResolvedToponym> parse(String text) {
        return byText.getOrDefault(text, List.of()).stream()
            .map(GoldOracleFactory::resolved)
            .toList();
      }
    };
  }

  @Override
  public NameCoverage coverage() {
    return (name, lat, lon, km) ->
        byName.getOrDefault(name, List.of()).stream()
            .anyMatch(
                t -> org.sitrep.geo.Haversine.km(lat, lon, t.latitude(), t.longitude()) <= km);
  }

  @Override
  public PlaceLookup places() {
    return name ->
        Optional.ofNullable(byName.get(name))
            .flatMap(
                ts ->
                    ts.stream()
                        .collect(
                            Collectors.groupingBy(
                                t -> new PlaceLookup.Place(t.latitude(), t.longitude(), t.geonameId()),
                                Collectors.counting()))
                        .entrySet()
                        .stream()
                        .max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey));
  }

  private static ResolvedToponym resolved(GoldToponym t) {
    return new ResolvedToponym(
        t.start(), t.end(), t.name(), t.latitude(), t.longitude(), t.geonameId());
  }
}
