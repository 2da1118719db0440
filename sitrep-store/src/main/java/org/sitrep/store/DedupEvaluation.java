package org.sitrep.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sitrep.eval.AcledField;
import org.sitrep.eval.AcledRow;
import org.sitrep.eval.Extractor;
import org.sitrep.eval.Progress;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;

/**
 * Measures merging: into a store that holds an ACLED file's events, each row's notes are ingested
 * as an article; a row is merged when one of its event claims joined the row's own ACLED event,
 * and falsely merged when one joined any other stored event. Merging sees only what the pipeline
 * extracted from the notes. A row whose notes repeat an earlier row's word for word is not
 * measured: the store keeps the article once, so the row adds nothing of its own.
 *
 * <p>Not thread-safe; extraction runs on {@code threads} threads, ingesting on the caller's.
 */
public final class DedupEvaluation {

  /**
   * The figures, as shares of rows.
   *
   * @param rows rows with notes and an event id that were ingested
   * @param repeated rows left out because their notes repeat an earlier row's
   * @param mergeRecall share whose notes joined their own ACLED event
   * @param falseMergeRate share whose notes joined another event
   * @param noEvent share whose notes gave no event claim
   * @param failed rows the pipeline failed on (counted in rows, as not merged)
   * @param rowsPerSecond extraction and ingest together
   * @param byEventType the counts for the rows of each ACLED event type, in order of type
   */
  public record Result(
      int rows, int repeated, double mergeRecall, double falseMergeRate, double noEvent, int failed, double rowsPerSecond,
      Map<String, Tally> byEventType, List<Miss> misses) {

    /** The figures as JSON-ready pairs, in report order. */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rows", rows);
      m.put("repeated_notes", repeated);
      m.put("merge_recall", round(mergeRecall));
      m.put("false_merge_rate", round(falseMergeRate));
      m.put("no_event", round(noEvent));
      m.put("failed", failed);
      m.put("rows_per_s", Math.round(rowsPerSecond * 10) / 10.0);
      Map<String, Object> types = new LinkedHashMap<>();
      byEventType.forEach((type, t) -> {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("rows", t.rows());
        figures.put("merge_recall", round(share(t.merged(), t.rows())));
        figures.put("false_merge_rate", round(share(t.falselyMerged(), t.rows())));
        types.put(type, figures);
      });
      m.put("by_event_type", types);
      return m;
    }

    private static double round(double v) {
      return Math.round(v * 10_000) / 10_000.0;
    }
  }

  /** Rows, and how many of them merged into their own event and into another. */
  public record Tally(int rows, int merged, int falselyMerged) {

    static final Tally NONE = new Tally(0, 0, 0);

    Tally plus(boolean hit, boolean wrong) {
      return new Tally(rows + 1, merged + (hit ? 1 : 0), falselyMerged + (wrong ? 1 : 0));
    }
  }

  /**
   * A row whose notes did not join their own event, or also joined another: what the claim that
   * joined another event (else the first event claim) said, the event it should have joined and
   * the one it joined (for a new event: the best-fitting other event, null when none could be it),
   * each with the merger's score for the claim (NaN without the event).
   */
  public record Miss(
      int row, String outcome, StoredEvent claim, StoredEvent own, double ownScore, StoredEvent other, double otherScore) {}

  private DedupEvaluation() {}

  /** Ingests every row with an event id into {@code store} (which holds the file's events). */
  public static Result evaluate(
      Store store, List<AcledRow> rows, Extractor extractor, String version, int threads, Progress progress) {
    List<AcledRow> scored = rows.stream().filter(r -> r.eventIdCnty() != null).toList();
    long start = System.nanoTime();
    int merged = 0;
    int falselyMerged = 0;
    int noEvent = 0;
    int failed = 0;
    int repeated = 0;
    List<Miss> misses = new ArrayList<>();
    Map<String, Tally> byType = new TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<Claim>>> extracted = new ArrayList<>(scored.size());
      List<Article> articles = scored.stream().map(r -> r.article("acled")).toList();
      // Notes that repeat earlier ones are read once: the store will keep them once anyway.
      Map<String, Future<List<Claim>>> byText = new HashMap<>();
      for (Article article : articles) {
        extracted.add(byText.computeIfAbsent(article.id(), id -> pool.submit(() -> extractor.extract(article))));
      }
      for (int i = 0; i < scored.size(); i++) {
        AcledRow row = scored.get(i);
        List<Claim> claims;
        try {
          claims = extracted.get(i).get();
        } catch (ExecutionException e) {
          failed++;
          continue;
        }
        if (store.ingest(articles.get(i), claims, version).duplicate()) {
          repeated++;
          continue;
        }
        String own = "acled:" + row.eventIdCnty();
        boolean hit = false;
        boolean anyEvent = false;
        Claim shown = null; // the claim that explains a miss: the one that joined another event, else the first
        String wrongEvent = null;
        for (Claim claim : claims) {
          if (!claim.isEvent()) {
            continue;
          }
          anyEvent = true;
          String event = store.eventOfClaim(claim.id()).orElse(claim.id());
          hit |= event.equals(own);
          if (!event.equals(own) && !event.equals(claim.id()) && wrongEvent == null) { // joined another stored event
            wrongEvent = event;
            shown = claim;
          } else if (shown == null) {
            shown = claim;
          }
        }
        boolean wrong = wrongEvent != null;
        if (!hit || wrong) {
          String outcome = !anyEvent ? "no_event" : hit ? "merged_and_false" : wrong ? "false_merge" : "new_event";
          misses.add(miss(store, row.row(), outcome, shown, own, wrongEvent));
        }
        boolean joinedOwn = hit; // effectively final copies for the lambda
        byType.compute(row.gold().getOrDefault(AcledField.EVENT_TYPE, ""),
            (type, t) -> (t == null ? Tally.NONE : t).plus(joinedOwn, wrong));
        merged += hit ? 1 : 0;
        falselyMerged += wrong ? 1 : 0;
        noEvent += anyEvent ? 0 : 1;
        progress.update(i + 1, scored.size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int n = scored.size() - repeated;
    return new Result(n, repeated, share(merged, n), share(falselyMerged, n), share(noEvent, n), failed,
        n / Math.max(seconds, 1e-9), Collections.unmodifiableMap(byType), List.copyOf(misses));
  }

  /** The miss, with the event {@code shown} joined instead or else its closest rival. */
  private static Miss miss(Store store, int row, String outcome, Claim shown, String own, String wrongEvent) {
    StoredEvent ownEvent = store.event(own).orElse(null);
    if (shown == null) {
      return new Miss(row, outcome, null, ownEvent, Double.NaN, null, Double.NaN);
    }
    StoredEvent claim = ClaimEvent.of(shown);
    List<String> otherPlaces = ClaimEvent.otherPlaces(shown);
    StoredEvent other = wrongEvent != null ? store.event(wrongEvent).orElse(null)
        : store.rival(claim, otherPlaces, own).orElse(null);
    return new Miss(row, outcome, claim, ownEvent, scoreOf(claim, otherPlaces, ownEvent),
        other, scoreOf(claim, otherPlaces, other));
  }

  private static double scoreOf(StoredEvent claim, List<String> otherPlaces, StoredEvent event) {
    return event == null ? Double.NaN : EventMatcher.score(claim, otherPlaces, event);
  }

  private static double share(int count, int of) {
    return of == 0 ? 0 : (double) count / of;
  }
}
