package org.sitrep.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * Decides the sub-event type of an event from the kinds of its trigger words and the kinds of its
 * sides, following ACLED's rule that the more violent and more specific type wins, with the
 * exceptions ACLED's codebook makes: a battle absorbs the strikes fought in it, a defused bomb is
 * disrupted weapons use, and a protest stays a protest until force or violence is used.
 *
 * <p>Thread-safe: stateless.
 */
public final class EventTyper {

  /**
   * What is known of the two sides.
   *
   * @param inter1 the initiator's inter code in this event, 0 when unknown
   * @param inter2 the other side's inter code, 0 when there is none
   * @param actor1Crowd the initiator is a crowd of civilians (villagers, a mob)
   * @param actor2Protesters the other side is protesters
   */
  public record SideKinds(int inter1, int inter2, boolean actor1Crowd, boolean actor2Protesters) {

    boolean actor1Armed() {
      return armed(inter1);
    }

    boolean actor2Armed() {
      return armed(inter2);
    }

    boolean actor1State() {
      return inter1 == 1 || inter1 == 8;
    }

    boolean actor2Civilian() {
      return inter2 == 7;
    }

    private static boolean armed(int inter) {
      return inter >= 1 && inter <= 4 || inter == 8;
    }
  }

  /**
   * The sub-event type, or empty when the words tell of no ACLED event (a disaster, a crime, a
   * displacement). {@code kinds} are the trigger kinds of the event's sentences, {@code fixed} the
   * sub-event types its words name outright.
   */
  public Optional<SubEventType> type(Set<TriggerKind> kinds, List<SubEventType> fixed, SideKinds sides, boolean deaths) {
    boolean armedParty = sides.actor1Armed() || sides.actor2Armed();
    boolean protest = kinds.contains(TriggerKind.PROTEST) || kinds.contains(TriggerKind.RIOT)
        || kinds.contains(TriggerKind.WEAK_PROTEST) && !violent(kinds, fixed);
    // Deaths in a flood or a crash are no conflict event; a protest about the flood is.
    if (kinds.contains(TriggerKind.DISASTER) && !armedParty && !protest) {
      return Optional.empty();
    }
    if (protest && !(armedParty && kinds.contains(TriggerKind.CLASH) && !kinds.contains(TriggerKind.PROTEST))) {
      return Optional.of(protestType(kinds, sides, deaths));
    }
    if (has(fixed, SubEventType.CHEMICAL_WEAPON)) {
      return Optional.of(SubEventType.CHEMICAL_WEAPON);
    }
    if (has(fixed, SubEventType.SUICIDE_BOMB)) {
      return Optional.of(SubEventType.SUICIDE_BOMB);
    }
    // Weapons seized or defused disrupt their use, unless they were used: then the use is the event.
    boolean used = kinds.contains(TriggerKind.CLASH) || kinds.contains(TriggerKind.VIOLENCE) || kinds.contains(TriggerKind.DEATH);
    boolean weaponsFound = kinds.contains(TriggerKind.WEAPONS) && kinds.contains(TriggerKind.SEIZURE);
    if ((has(fixed, SubEventType.DISRUPTED_WEAPONS_USE) || weaponsFound) && !used) {
      return Optional.of(SubEventType.DISRUPTED_WEAPONS_USE);
    }
    boolean hurt = kinds.contains(TriggerKind.VIOLENCE) || kinds.contains(TriggerKind.INJURY);
    if (kinds.contains(TriggerKind.MOB) || sides.actor1Crowd() && hurt) {
      return Optional.of(SubEventType.MOB_VIOLENCE);
    }
    // Ground that changes hands is the event, even when it is fought for.
    if (kinds.contains(TriggerKind.TERRITORY) && (sides.actor1Armed() || sides.inter1() == 0)) {
      return Optional.of(sides.actor1State() ? SubEventType.GOVERNMENT_REGAINS_TERRITORY
          : sides.actor1Armed() ? SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
          : kinds.contains(TriggerKind.CLASH) ? SubEventType.ARMED_CLASH : SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY);
    }
    if (kinds.contains(TriggerKind.CLASH)) {
      // Crowds that fight each other or the police riot; only armed parties battle.
      boolean crowdOnly = !sides.actor1Armed() && !sides.actor2Armed() && (sides.actor1Crowd() || sides.actor2Civilian());
      boolean crowdAgainstPolice = sides.actor1Crowd() && sides.inter2() == 1 || sides.actor2Civilian() && sides.inter1() == 1;
      return Optional.of(crowdOnly || crowdAgainstPolice ? SubEventType.MOB_VIOLENCE : SubEventType.ARMED_CLASH);
    }
    if (has(fixed, SubEventType.GRENADE)) {
      return Optional.of(SubEventType.GRENADE); // "the grenade exploded": the blast is the grenade's
    }
    Optional<SubEventType> remote = best(fixed, EventType.EXPLOSIONS_REMOTE_VIOLENCE);
    if (remote.isPresent()) {
      return remote;
    }
    Optional<SubEventType> againstCivilians = best(fixed, EventType.VIOLENCE_AGAINST_CIVILIANS);
    if (againstCivilians.isPresent()) {
      return againstCivilians;
    }
    if (kinds.contains(TriggerKind.VIOLENCE) || kinds.contains(TriggerKind.DEATH) || kinds.contains(TriggerKind.INJURY)) {
      return Optional.of(violenceType(sides));
    }
    if (kinds.contains(TriggerKind.CRIME)) {
      fixed = fixed.stream().filter(t -> t != SubEventType.ARRESTS && t != SubEventType.LOOTING_PROPERTY_DESTRUCTION).toList();
    }
    return best(fixed, EventType.STRATEGIC_DEVELOPMENTS);
  }

  /** What the sides' actor entries say, before their names are resolved. */
  static SideKinds sideKindsOf(Sides sides) {
    int inter1 = sides.actor1() == null ? 0 : sides.actor1().entry().inter();
    int inter2 = sides.actor2() == null ? 0 : sides.actor2().entry().inter();
    boolean crowd = sides.actor1() != null && sides.actor1().entry().isCivilians();
    boolean protesters = sides.actor2() != null && sides.actor2().entry().inter() == 6;
    return new SideKinds(inter1, inter2, crowd, protesters);
  }

  private static boolean violent(Set<TriggerKind> kinds, List<SubEventType> fixed) {
    return kinds.contains(TriggerKind.VIOLENCE) || kinds.contains(TriggerKind.CLASH) || kinds.contains(TriggerKind.TERRITORY)
        || fixed.stream().anyMatch(t -> t.eventType() != EventType.STRATEGIC_DEVELOPMENTS);
  }

  private static SubEventType protestType(Set<TriggerKind> kinds, SideKinds sides, boolean deaths) {
    boolean forceUsed = kinds.contains(TriggerKind.FORCE)
        || kinds.contains(TriggerKind.VIOLENCE) && sides.actor1State() && (sides.actor2Protesters() || !sides.actor2Armed());
    if (forceUsed && deaths) {
      return SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS;
    }
    if (kinds.contains(TriggerKind.MOB)) {
      return SubEventType.MOB_VIOLENCE;
    }
    if (kinds.contains(TriggerKind.RIOT) || kinds.contains(TriggerKind.UNREST)) {
      return SubEventType.VIOLENT_DEMONSTRATION;
    }
    if (kinds.contains(TriggerKind.INTERVENTION) || forceUsed) {
      return SubEventType.PROTEST_WITH_INTERVENTION;
    }
    return SubEventType.PEACEFUL_PROTEST;
  }

  private static SubEventType violenceType(SideKinds sides) {
    if (sides.actor2Civilian()) {
      return SubEventType.ATTACK;
    }
    if (sides.actor2Armed()) {
      return SubEventType.ARMED_CLASH;
    }
    // Without a named target, state forces and rebels fight someone; gunmen attack people.
    return sides.actor1State() || sides.inter1() == 2 ? SubEventType.ARMED_CLASH : SubEventType.ATTACK;
  }

  private static boolean has(List<SubEventType> fixed, SubEventType type) {
    return fixed.contains(type);
  }

  private static Optional<SubEventType> best(List<SubEventType> fixed, EventType eventType) {
    return fixed.stream().filter(t -> t.eventType() == eventType).max(Comparator.comparingInt(SubEventType::violence));
  }
}
