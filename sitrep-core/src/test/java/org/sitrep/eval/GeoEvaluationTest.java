package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.Haversine;
import org.sitrep.geo.NameCoverage;
import org.sitrep.geo.PlaceLookup.Place;
import org.sitrep.geo.ResolvedToponym;
import org.sitrep.geo.TextSpan;

class GeoEvaluationTest {

  private static final List<GeoDocument> DOCUMENTS =
      List.of(
          new GeoDocument(
              "a",
              "Shelling hit Karvo overnight, and Freedonian troops left the town.",
              List.of(
                  new GoldToponym(13, 18, "Karvo", 36.5, 37.25, 123L),
                  new GoldToponym(34, 44, "Freedonian", 35.0, 38.0, null)),
              List.of(new TextSpan(61, 65))),
          new GeoDocument(
              "b",
              "Lindow and Oster.",
              List.of(
                  new GoldToponym(0, 6, "Lindow", 10.0, 20.0, 111L),
                  new GoldToponym(11, 16, "Oster", 0.0, 0.0, 222L)),
              List.of()));

  /** Karvo exact; Freedonian one degree north; Lindow two degrees east with the right id. */
  private static final Map<String, Place> POINTS =
      Map.of(
          "Karvo", new Place(36.5, 37.25, 123L),
          "Freedonian", new Place(36.0, 38.0, null),
          "Lindow", new Place(10.0, 22.0, 111L));

  /** The gazetteer has Karvo and Oster only. */
  private static final NameCoverage COVERAGE =
      (name, lat, lon, km) -> Set.of("Karvo", "Oster").contains(name);

  private static GeoResult evaluate(Geoparser geoparser, GeoEvaluation.Mode mode) {
    return GeoEvaluation.evaluate(DOCUMENTS, geoparser, COVERAGE, mode, 1, Progress.NONE);
  }

  @Test
  void scoresResolvedGoldToponymsAndCountsUnresolvedOnesAsMissedBy20039Km() {
    GeoResult r =
        evaluate(new FakeGeoparser(POINTS, List.of()), GeoEvaluation.Mode.GOLD_TOPONYMS);
    double north = Haversine.km(35, 38, 36, 38);
    double east = Haversine.km(10, 20, 10, 22);
    assertEquals(111.19, north, 0.01);
    assertEquals(219.01, east, 0.01);
    assertEquals(List.of(0.0, north, east, 20_039.0), r.outcomes().stream().map(GeoOutcome::km).toList());
    assertEquals(4, r.outcomes().size());
    assertEquals(0.5, r.acc161());
    assertEquals((north + east) / 2, GeoErrors.median(r.km()), 1e-9);
    assertEquals((north + east + 20_039) / 4, GeoErrors.mean(r.km()), 1e-9);
    // Ids: Karvo and Lindow right, Oster unresolved; Freedonian has no gold id.
    assertEquals(2 / 3.0, r.exactId(), 1e-12);
    assertEquals(2, r.covered());
    assertEquals(0.5, r.acc161Covered());
    assertEquals(false, r.ner());
  }

  @Test
  void withoutGoldToponymsAToponymNotFoundIsMissedAndNerIsScored() {
    // Finds Karvo and Lindow (gold), "town" (annotated without coordinates) and "Shelling".
    GeoResult r =
        evaluate(
            new FakeGeoparser(POINTS, List.of("Karvo", "Lindow", "town", "Shelling")),
            GeoEvaluation.Mode.FIND_TOPONYMS);
    assertEquals(2, r.truePositives());
    assertEquals(1, r.falsePositives());
    assertEquals(2 / 3.0, r.nerPrecision(), 1e-12);
    assertEquals(0.5, r.nerRecall());
    assertEquals(0.25, r.acc161());
    assertEquals(
        List.of(0.0, 20_039.0, Haversine.km(10, 20, 10, 22), 20_039.0),
        r.outcomes().stream().map(GeoOutcome::km).toList());
  }

  @Test
  void jsonKeysAreTheAccuracyFiguresThenNerOnlyWhenToponymsWereFound() {
    Geoparser g = new FakeGeoparser(POINTS, List.of("Karvo"));
    assertEquals(
        List.of(
            "toponyms", "acc161", "mean_km", "median_km", "auc", "exact_id", "docs_per_s",
            "covered", "acc161_covered"),
        List.copyOf(evaluate(g, GeoEvaluation.Mode.GOLD_TOPONYMS).toMap().keySet()));
    assertEquals(
        List.of(
            "toponyms", "acc161", "mean_km", "median_km", "auc", "exact_id", "docs_per_s",
            "covered", "acc161_covered", "ner_precision", "ner_recall"),
        List.copyOf(evaluate(g, GeoEvaluation.Mode.FIND_TOPONYMS).toMap().keySet()));
  }

  @Test
  void aDocumentTheGeoparserFailsOnHasAllItsToponymsMissed() {
    Geoparser failsOnLindow =
        new Geoparser() {
          private final Geoparser delegate = new FakeGeoparser(POINTS, List.of());

          @Override
          public List<ResolvedToponym> resolve(String text, List<TextSpan> toponyms) {
            if (text.startsWith("Lindow")) {
              throw new IllegalStateException("boom");
            }
            return delegate.resolve(text, toponyms);
          }

          @Override
          public List<ResolvedToponym> parse(String text) {
            return List.of();
          }
        };
    GeoResult r = evaluate(failsOnLindow, GeoEvaluation.Mode.GOLD_TOPONYMS);
    assertEquals(1, r.failed());
    assertEquals(20_039.0, r.outcomes().get(2).km());
    assertEquals(20_039.0, r.outcomes().get(3).km());
    assertEquals(0.5, r.acc161());
  }

  @Test
  void resolveThatLosesASpanCountsAsAFailure() {
    Geoparser dropsOne =
        new Geoparser() {
          @Override
          public List<ResolvedToponym> resolve(String text, List<TextSpan> toponyms) {
            return List.of();
          }

          @Override
          public List<ResolvedToponym> parse(String text) {
            return List.of();
          }
        };
    GeoResult r = evaluate(dropsOne, GeoEvaluation.Mode.GOLD_TOPONYMS);
    assertEquals(2, r.failed());
    assertEquals(0.0, r.acc161());
  }

  @Test
  void severalThreadsGiveTheSameScores() {
    Geoparser g = new FakeGeoparser(POINTS, List.of());
    GeoResult one = evaluate(g, GeoEvaluation.Mode.GOLD_TOPONYMS);
    GeoResult four =
        GeoEvaluation.evaluate(
            DOCUMENTS, g, COVERAGE, GeoEvaluation.Mode.GOLD_TOPONYMS, 4, Progress.NONE);
    assertEquals(one.outcomes(), four.outcomes());
  }
}
