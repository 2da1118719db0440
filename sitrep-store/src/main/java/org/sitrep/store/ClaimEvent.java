package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
        c.modality().label(),
        ReviewState.UNREVIEWED,
        List.of());
  }

  /**
   * The one-claim event of a stored claim, as {@link #of(Claim)} made it when the claim was read.
   *
   * @param values the claim's columns as stored ({@code ClaimColumns}' JSON)
   * @param latitude the claim's latitude as stored, unrounded
   * @param longitude the claim's longitude as stored, unrounded
   */
  static StoredEvent stored(Map<String, Object> values, Double latitude, Double longitude) {
    return new StoredEvent(
        text(values, "claim_id"),
        null,
        StoredEvent.SITREP,
        values.get("event_date") == null ? null : LocalDate.parse(text(values, "event_date")),
        whole(values, "time_precision"),
        text(values, "event_type"),
        text(values, "sub_event_type"),
        text(values, "actor1"),
        text(values, "assoc_actor_1"),
        whole(values, "inter1"),
        text(values, "actor2"),
        text(values, "assoc_actor_2"),
        whole(values, "inter2"),
        whole(values, "interaction"),
        text(values, "country"),
        text(values, "admin1"),
        text(values, "admin2"),
        text(values, "admin3"),
        text(values, "location"),
        latitude,
        longitude,
        whole(values, "geo_precision"),
        text(values, "source"),
        text(values, "notes"),
        whole(values, "fatalities"),
        1,
        text(values, "modality"),
        ReviewState.UNREVIEWED,
        List.of());
  }

  private static String text(Map<String, Object> values, String column) {
    Object v = values.get(column);
    return v == null ? null : v.toString();
  }

  private static Integer whole(Map<String, Object> values, String column) {
    return values.get(column) instanceof Number n ? n.intValue() : null;
  }

  private static String name(Actor actor) {
    return actor == null ? null : actor.name();
  }

  private static String names(List<Actor> actors) {
    return actors.isEmpty() ? null : actors.stream().map(Actor::name).collect(Collectors.joining("; "));
  }
}
