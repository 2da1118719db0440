package org.sitrep.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Modality;

/**
 * An event's ACLED columns after one more claim joins it: the conservative consensus. The toll is
 * the lowest that any report gives (a report that gives none does not lower it to zero); sources
 * are joined with {@code ;}; the finer date and place win; gaps (a missing actor) are filled; the
 * event is as certain as its surest claim ("asserted" over "claimed"). An
 * event imported from ACLED keeps ACLED's coding and only counts the claim.
 *
 * <p>Reports never overrule an analyst: a field named in the event's reviewed fields keeps its
 * value, with the fields that go with it (a day its precision, a place its names and point, an
 * actor the other sides), and a rejected event keeps everything but its claim count.
 */
final class Consensus {

  /** The reviewable fields that ingest takes together from one report. */
  private static final Set<String> DATE = Set.of("event_date", "time_precision");
  private static final Set<String> PLACE =
      Set.of("country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision");
  private static final Set<String> SIDES = Set.of("actor1", "assoc_actor_1", "actor2", "assoc_actor_2");
  private static final Set<String> TYPE = Set.of("event_type", "sub_event_type");

  private Consensus() {}

  /**
   * @param tolls the fatalities of every claim of the event, the new one included
   * @param sources the sources of every claim of the event, the new one included, in order
   */
  static StoredEvent joined(StoredEvent e, StoredEvent claim, List<Integer> tolls, List<String> sources) {
    if (countsOnly(e)) {
      return counted(e, e.claims() + 1);
    }
    return keepReviewed(e, merged(e, claim, tolls, sources));
  }

  /**
   * True when a joining claim only adds to the event's count: ACLED's events keep ACLED's coding,
   * rejected ones an analyst's verdict. Their reports' tolls and sources need not be read.
   */
  static boolean countsOnly(StoredEvent e) {
    return StoredEvent.ACLED.equals(e.origin()) || e.reviewState() == ReviewState.REJECTED;
  }

  /**
   * Event {@code e} made anew from {@code claims} (each as the claim alone tells it, in the order
   * they were stored) after claims left or joined it by review: its id and review stay, and its
   * reviewed fields; ACLED's events and rejected ones only count the claims.
   */
  static StoredEvent rebuilt(StoredEvent e, List<StoredEvent> claims) {
    if (countsOnly(e) || claims.isEmpty()) {
      return counted(e, claims.size());
    }
    StoredEvent folded = claims.get(0);
    List<Integer> tolls = new ArrayList<>(List.of(folded.fatalities()));
    List<String> sources = new ArrayList<>();
    sources.add(folded.source());
    for (StoredEvent claim : claims.subList(1, claims.size())) {
      tolls.add(claim.fatalities());
      sources.add(claim.source());
      folded = merged(folded, claim, tolls, sources);
    }
    return keepReviewed(e, folded);
  }

  /** The consensus of {@code e} and one more claim, as if no analyst had looked at either. */
  private static StoredEvent merged(StoredEvent e, StoredEvent claim, List<Integer> tolls, List<String> sources) {
    Set<String> distinct = new LinkedHashSet<>();
    for (String source : sources) {
      if (source != null && !source.isBlank()) {
        distinct.add(source.strip());
      }
    }
    EventBuilder merged = new EventBuilder(e);
    if (finer(claim.timePrecision(), e.timePrecision()) && claim.eventDate() != null) {
      merged.date(claim);
    }
    if (finer(claim.geoPrecision(), e.geoPrecision()) && claim.hasPoint()) {
      merged.place(claim);
    }
    if (e.actor1() == null && claim.actor1() != null) {
      merged.sides(claim);
    }
    merged.fatalities = tolls.stream().filter(t -> t > 0).min(Integer::compare).orElse(0);
    merged.source = distinct.isEmpty() ? null : String.join("; ", distinct);
    merged.claims = e.claims() + 1;
    merged.modality = surer(e.modality(), claim.modality());
    return merged.build();
  }

  /** {@code fresh}, but with what an analyst decided of {@code e}: its id, review and reviewed fields. */
  private static StoredEvent keepReviewed(StoredEvent e, StoredEvent fresh) {
    EventBuilder kept = new EventBuilder(fresh);
    kept.id = e.id();
    kept.eventIdCnty = e.eventIdCnty();
    kept.reviewState = e.reviewState();
    kept.reviewedFields = e.reviewedFields();
    List<String> reviewed = e.reviewedFields();
    if (any(reviewed, DATE)) {
      kept.date(e);
    }
    if (any(reviewed, PLACE)) {
      kept.place(e);
    }
    if (any(reviewed, SIDES)) {
      kept.sides(e);
    }
    if (any(reviewed, TYPE)) {
      kept.eventType = e.eventType();
      kept.subEventType = e.subEventType();
    }
    if (reviewed.contains("fatalities")) {
      kept.fatalities = e.fatalities();
    }
    if (reviewed.contains("notes")) {
      kept.notes = e.notes();
    }
    return kept.build();
  }

  private static boolean any(Collection<String> reviewed, Set<String> group) {
    return reviewed.stream().anyMatch(group::contains);
  }

  /** {@code e} as it is, reported by {@code claims} claims. */
  private static StoredEvent counted(StoredEvent e, int claims) {
    EventBuilder counted = new EventBuilder(e);
    counted.claims = claims;
    return counted.build();
  }

  /** True when precision {@code a} is finer (a smaller number) than {@code b}. */
  private static boolean finer(Integer a, Integer b) {
    return a != null && (b == null || a < b);
  }

  /** The more certain of two modality labels ("asserted" before "claimed"); a null loses. */
  static String surer(String a, String b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return Modality.ofLabel(a).compareTo(Modality.ofLabel(b)) <= 0 ? a : b;
  }
}
