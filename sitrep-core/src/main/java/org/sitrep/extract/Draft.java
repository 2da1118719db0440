package org.sitrep.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.SubEventType;

/**
 * An event being assembled from one trigger sentence and the sentences that continue it.
 *
 * @param trigger index of the sentence with the trigger
 * @param scope indices of every sentence that speaks of the event, the trigger sentence first
 * @param triggerMention the trigger whose sides are read
 * @param kinds the trigger kinds over the scope
 * @param fixed the sub-event types the scope's words name outright
 * @param sides the sides read around the trigger
 * @param attribution who says so, and how
 * @param date the event's date, or null
 * @param places where: one event per place; empty when unknown
 * @param deaths death tolls over the scope
 */
record Draft(
    int trigger,
    List<Integer> scope,
    TriggerMention triggerMention,
    Set<TriggerKind> kinds,
    List<SubEventType> fixed,
    Sides sides,
    Attribution attribution,
    DateMention date,
    List<PlaceMention> places,
    List<DeathCount> deaths) {

  /** This draft with {@code later}'s sentences folded in: one event told over several sentences. */
  Draft absorb(Draft later) {
    List<Integer> mergedScope = new ArrayList<>(scope);
    later.scope.stream().filter(i -> !mergedScope.contains(i)).forEach(mergedScope::add);
    Set<TriggerKind> mergedKinds = EnumSet.noneOf(TriggerKind.class);
    mergedKinds.addAll(kinds);
    mergedKinds.addAll(later.kinds);
    List<SubEventType> mergedFixed = new ArrayList<>(fixed);
    mergedFixed.addAll(later.fixed);
    List<DeathCount> mergedDeaths = new ArrayList<>(deaths);
    later.deaths.stream().filter(d -> !mergedDeaths.contains(d)).forEach(mergedDeaths::add);
    Sides mergedSides = new Sides(
        sides.actor1() != null ? sides.actor1() : later.sides.actor1(),
        sides.actor1() != null ? sides.assoc1() : later.sides.assoc1(),
        sides.actor2() != null ? sides.actor2() : later.sides.actor2(),
        sides.actor2() != null ? sides.assoc2() : later.sides.assoc2());
    return new Draft(trigger, List.copyOf(mergedScope), triggerMention, mergedKinds, List.copyOf(mergedFixed), mergedSides,
        attribution, date != null ? date : later.date, places.isEmpty() ? later.places : places, List.copyOf(mergedDeaths));
  }
}
