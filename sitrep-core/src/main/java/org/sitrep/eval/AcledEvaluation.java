package org.sitrep.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.geo.Haversine;
import org.sitrep.geo.NameCoverage;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;

/**
 * Scores an extractor against ACLED rows: each row's cleaned notes are read as an article published
 * on the row's upload day, and the event claim that gets most fields right is scored field by
 * field. A row without an event claim scores 0 on every field (so an empty gold {@code actor2}
 * counts as right only beside a predicted event).
 *
 * <p>Thread-safe: no state.
 */
public final class AcledEvaluation {

  /** The claim scored for a row, and the fields it has right; no claim when there was no event. */
  public record Match(Optional<Claim> claim, Set<AcledField> right) {
    public Match {
      right = right.isEmpty() ? EnumSet.noneOf(AcledField.class) : EnumSet.copyOf(right);
    }
  }

  private AcledEvaluation() {}

  /** Reads every row with {@code extractor} on the calling thread and scores it. */
  public static AcledResult evaluate(
      List<AcledRow> rows, Extractor extractor, String origin, Progress progress) {
    return evaluate(rows, extractor, origin, 1, progress, null);
  }

  /** As {@link #evaluate(List, Extractor, String, int, Progress, NameCoverage)} without a gazetteer. */
  public static AcledResult evaluate(
      List<AcledRow> rows, Extractor extractor, String origin, int threads, Progress progress) {
    return evaluate(rows, extractor, origin, threads, progress, null);
  }

  /**
   * Reads every row with {@code extractor} on {@code threads} threads (more than one needs a
   * thread-safe extractor) and scores it; the time reported is the wall clock of the reading.
   * {@code coverage} (may be null) tells which gold locations the gazetteer knows.
   */
  public static AcledResult evaluate(List<AcledRow> rows, Extractor extractor, String origin, int threads,
      Progress progress, NameCoverage coverage) {
    List<Article> articles = rows.stream().map(r -> r.article(origin)).toList();
    Extraction extraction = Extraction.run(articles, extractor, threads, progress);
    Map<AcledField, Integer> correct = new EnumMap<>(AcledField.class);
    List<AcledMiss> misses = new ArrayList<>();
    Confusion subEventTypes = new Confusion();
    long events = 0;
    int goldPoints = 0;
    int within = 0;
    int missing = 0;
    for (int i = 0; i < rows.size(); i++) {
      AcledRow row = rows.get(i);
      List<Claim> claims = extraction.claims().get(i);
      events += claims.stream().filter(Claim::isEvent).count();
      Match match = bestMatch(row, claims);
      for (AcledField field : AcledField.values()) {
        if (match.right().contains(field)) {
          correct.merge(field, 1, Integer::sum);
        } else {
          String predicted = match.claim().map(field::predicted).orElse("");
          misses.add(new AcledMiss(row.row(), field, row.gold(field), predicted, row.notes()));
        }
      }
      if (row.latitude() != null && row.longitude() != null) {
        goldPoints++;
        if (match.claim().map(c -> withinKm(c, row, NEAR_KM)).orElse(false)) {
          within++;
        }
        if (coverage != null
            && !coverage.covers(row.gold(AcledField.LOCATION), row.latitude(), row.longitude(), NEAR_KM)) {
          missing++;
        }
      }
      subEventTypes.add(
          row.gold(AcledField.SUB_EVENT_TYPE),
          match.claim().map(AcledField.SUB_EVENT_TYPE::predicted).orElse(CaseLabels.NO_EVENT));
    }
    return new AcledResult(
        rows.size(),
        extraction.failed(),
        correct,
        events,
        extraction.seconds(),
        misses,
        subEventTypes,
        goldPoints,
        within,
        coverage == null ? null : missing);
  }

  /** How near an event must lie to the gold point to count as in the right place, in km. */
  static final double NEAR_KM = 25;

  private static boolean withinKm(Claim claim, AcledRow row, double km) {
    Double lat = claim.place().latitude();
    Double lon = claim.place().longitude();
    return lat != null && lon != null && Haversine.km(lat, lon, row.latitude(), row.longitude()) <= km;
  }

  /**
   * The event claim among {@code claims} with the most fields right (the first of equals), or no
   * claim and no field right when none is an event.
   */
  public static Match bestMatch(AcledRow row, List<Claim> claims) {
    Match best = new Match(Optional.empty(), Set.of());
    for (Claim claim : claims) {
      if (!claim.isEvent()) {
        continue;
      }
      Set<AcledField> right = EnumSet.noneOf(AcledField.class);
      for (AcledField field : AcledField.values()) {
        if (field.matches(row.gold(field), claim)) {
          right.add(field);
        }
      }
      if (best.claim().isEmpty() || right.size() > best.right().size()) {
        best = new Match(Optional.of(claim), right);
      }
    }
    return best;
  }
}
