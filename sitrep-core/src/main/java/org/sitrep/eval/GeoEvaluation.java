package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.Haversine;
import org.sitrep.geo.NameCoverage;
import org.sitrep.geo.ResolvedToponym;
import org.sitrep.geo.TextSpan;

/**
 * Scores a geoparser against a gold set. With gold toponyms the geoparser only resolves the gold
 * spans ({@link Geoparser#resolve}); without, it finds the toponyms itself ({@link
 * Geoparser#parse}), its spans are paired with the gold ones by {@link SpanMatch}, and a gold
 * toponym it did not find counts as missed. A missed or unresolved toponym has the error {@link
 * GeoErrors#MISSED_KM}. Whether a gold toponym is covered is asked of the {@link NameCoverage}
 * with the toponym as written and its gold point.
 *
 * <p>Thread-safe: no state.
 */
public final class GeoEvaluation {

  /** How the geoparser is asked. */
  public enum Mode {
    /** {@link Geoparser#resolve} on the gold spans. */
    GOLD_TOPONYMS,
    /** {@link Geoparser#parse} on the text. */
    FIND_TOPONYMS
  }

  private GeoEvaluation() {}

  /**
   * Runs {@code geoparser} over {@code documents} on {@code threads} threads (more than one needs
   * a thread-safe geoparser) and scores it; the time reported is the wall clock of the geoparsing.
   */
  public static GeoResult evaluate(
      List<GeoDocument> documents,
      Geoparser geoparser,
      NameCoverage coverage,
      Mode mode,
      int threads,
      Progress progress) {
    ParallelMap<List<ResolvedToponym>> run =
        ParallelMap.run(
            documents,
            d -> mode == Mode.GOLD_TOPONYMS
                ? checked(d, geoparser.resolve(d.text(), d.spans()))
                : geoparser.parse(d.text()),
            threads,
            progress);
    List<GeoOutcome> outcomes = new ArrayList<>();
    int tp = 0;
    int fp = 0;
    for (int i = 0; i < documents.size(); i++) {
      GeoDocument document = documents.get(i);
      List<ResolvedToponym> found = run.results().get(i);
      List<ResolvedToponym> paired;
      if (found == null) {
        paired = new ArrayList<>();
        document.toponyms().forEach(t -> paired.add(null));
      } else if (mode == Mode.GOLD_TOPONYMS) {
        paired = found;
      } else {
        List<TextSpan> spans = found.stream().map(ResolvedToponym::span).toList();
        SpanMatch match = SpanMatch.of(document.spans(), spans, document.unscored());
        tp += match.truePositives();
        fp += match.falsePositives();
        paired = new ArrayList<>();
        for (int g = 0; g < document.toponyms().size(); g++) {
          int p = match.predictedOf(g);
          paired.add(p < 0 ? null : found.get(p));
        }
      }
      for (int g = 0; g < document.toponyms().size(); g++) {
        GoldToponym gold = document.toponyms().get(g);
        ResolvedToponym predicted = paired.get(g);
        boolean covered =
            coverage.covers(gold.name(), gold.latitude(), gold.longitude(), GeoErrors.ACCURATE_KM);
        outcomes.add(new GeoOutcome(document.id(), gold, predicted, error(gold, predicted), covered));
      }
    }
    return new GeoResult(
        outcomes,
        documents.size(),
        run.failed(),
        run.seconds(),
        mode == Mode.FIND_TOPONYMS,
        tp,
        fp);
  }

  /** The error of {@code predicted} for {@code gold}, in km. */
  static double error(GoldToponym gold, ResolvedToponym predicted) {
    if (predicted == null || !predicted.isResolved()) {
      return GeoErrors.MISSED_KM;
    }
    return Haversine.km(
        gold.latitude(), gold.longitude(), predicted.latitude(), predicted.longitude());
  }

  /** {@code resolved}, after checking that it has one toponym per gold span. */
  private static List<ResolvedToponym> checked(GeoDocument d, List<ResolvedToponym> resolved) {
    if (resolved == null || resolved.size() != d.toponyms().size()) {
      throw new IllegalStateException(
          "resolve gave "
              + (resolved == null ? "null" : resolved.size())
              + " toponyms for "
              + d.toponyms().size()
              + " spans");
    }
    return resolved;
  }
}
