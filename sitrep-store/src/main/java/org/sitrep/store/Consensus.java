package org.sitrep.store;

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
 */
final class Consensus {

  private Consensus() {}

  /**
   * @param tolls the fatalities of every claim of the event, the new one included
   * @param sources the sources of every claim of the event, the new one included, in order
   */
  static StoredEvent joined(StoredEvent e, StoredEvent claim, List<Integer> tolls, List<String> sources) {
    int claims = e.claims() + 1;
    if (StoredEvent.ACLED.equals(e.origin())) {
      return with(e, e, e, e.fatalities(), e.source(), claims, e.modality());
    }
    int lowest = tolls.stream().filter(t -> t > 0).min(Integer::compare).orElse(0);
    Set<String> distinct = new LinkedHashSet<>();
    for (String source : sources) {
      if (source != null && !source.isBlank()) {
        distinct.add(source.strip());
      }
    }
    StoredEvent date = finer(claim.timePrecision(), e.timePrecision()) && claim.eventDate() != null ? claim : e;
    StoredEvent place = finer(claim.geoPrecision(), e.geoPrecision()) && claim.hasPoint() ? claim : e;
    StoredEvent sides = e.actor1() == null && claim.actor1() != null ? claim : e;
    StoredEvent merged = with(e, date, place, lowest, distinct.isEmpty() ? null : String.join("; ", distinct), claims,
        surer(e.modality(), claim.modality()));
    if (sides != e) {
      return new StoredEvent(merged.id(), merged.eventIdCnty(), merged.origin(), merged.eventDate(),
          merged.timePrecision(), merged.eventType(), merged.subEventType(), claim.actor1(),
          claim.assocActor1(), claim.inter1(), claim.actor2(), claim.assocActor2(), claim.inter2(),
          claim.interaction(), merged.country(), merged.admin1(), merged.admin2(), merged.admin3(),
          merged.location(), merged.latitude(), merged.longitude(), merged.geoPrecision(),
          merged.source(), merged.notes(), merged.fatalities(), merged.claims(), merged.modality());
    }
    return merged;
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

  private static StoredEvent with(StoredEvent e, StoredEvent date, StoredEvent place, int fatalities,
      String source, int claims, String modality) {
    return new StoredEvent(e.id(), e.eventIdCnty(), e.origin(), date.eventDate(), date.timePrecision(),
        e.eventType(), e.subEventType(), e.actor1(), e.assocActor1(), e.inter1(), e.actor2(),
        e.assocActor2(), e.inter2(), e.interaction(), place.country(), place.admin1(), place.admin2(),
        place.admin3(), place.location(), place.latitude(), place.longitude(), place.geoPrecision(),
        source, e.notes(), fatalities, claims, modality);
  }
}
