package org.sitrep.store;

import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;

/** The event an event claim reports, as the claim alone tells it. */
final class ClaimEvent {

  private ClaimEvent() {}

  /** The other places the claim's sentence names (evidence {@code place_named}). */
  static List<String> otherPlaces(Claim c) {
    return c.evidence().stream().filter(e -> e.field().equals("place_named")).map(e -> e.text()).toList();
  }

  /** A one-claim event whose id is the claim's. */
  static StoredEvent of(Claim c) {
    return new StoredEvent(
        c.id(),
        null,
        StoredEvent.SITREP,
        c.eventDate(),
        c.timePrecision(),
        c.eventType() == null ? null : c.eventType().label(),
        c.subEventType() == null ? null : c.subEventType().label(),
        name(c.actor1()),
        names(c.assocActor1()),
        c.inter1(),
        name(c.actor2()),
        names(c.assocActor2()),
        c.inter2(),
        c.interaction(),
        c.place().country(),
        c.place().admin1(),
        c.place().admin2(),
        c.place().admin3(),
        c.place().location(),
        c.place().latitude(),
        c.place().longitude(),
        c.place().geoPrecision(),
        c.source() == null ? null : c.source().name(),
        c.notes(),
        c.fatalities(),
        1,
        c.modality().label());
  }

  private static String name(Actor actor) {
    return actor == null ? null : actor.name();
  }

  private static String names(List<Actor> actors) {
    return actors.isEmpty() ? null : actors.stream().map(Actor::name).collect(Collectors.joining("; "));
  }
}
