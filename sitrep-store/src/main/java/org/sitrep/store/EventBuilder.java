package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A {@link StoredEvent} changed column by column: consensus and edits start from one event and
 * replace some of its columns, mostly in the groups that belong together (a date and its
 * precision; a place's names, point and precision; the sides).
 *
 * <p>Not thread-safe: made, changed and built by one method.
 */
final class EventBuilder {

  String id;
  String eventIdCnty;
  String origin;
  LocalDate eventDate;
  Integer timePrecision;
  String eventType;
  String subEventType;
  String actor1;
  String assocActor1;
  Integer inter1;
  String actor2;
  String assocActor2;
  Integer inter2;
  Integer interaction;
  String country;
  String admin1;
  String admin2;
  String admin3;
  String location;
  Double latitude;
  Double longitude;
  Integer geoPrecision;
  String source;
  String notes;
  int fatalities;
  int claims;
  String modality;
  ReviewState reviewState;
  List<String> reviewedFields;

  EventBuilder(StoredEvent e) {
    id = e.id();
    eventIdCnty = e.eventIdCnty();
    origin = e.origin();
    date(e);
    eventType = e.eventType();
    subEventType = e.subEventType();
    sides(e);
    place(e);
    source = e.source();
    notes = e.notes();
    fatalities = e.fatalities();
    claims = e.claims();
    modality = e.modality();
    reviewState = e.reviewState();
    reviewedFields = e.reviewedFields();
  }

  /** The day and its precision of {@code e}. */
  EventBuilder date(StoredEvent e) {
    eventDate = e.eventDate();
    timePrecision = e.timePrecision();
    return this;
  }

  /** The place of {@code e}: country, admin units, name, point and precision. */
  EventBuilder place(StoredEvent e) {
    country = e.country();
    admin1 = e.admin1();
    admin2 = e.admin2();
    admin3 = e.admin3();
    location = e.location();
    latitude = e.latitude();
    longitude = e.longitude();
    geoPrecision = e.geoPrecision();
    return this;
  }

  /** The sides of {@code e}: actors, associated actors, their inter codes and the interaction. */
  EventBuilder sides(StoredEvent e) {
    actor1 = e.actor1();
    assocActor1 = e.assocActor1();
    inter1 = e.inter1();
    actor2 = e.actor2();
    assocActor2 = e.assocActor2();
    inter2 = e.inter2();
    interaction = e.interaction();
    return this;
  }

  StoredEvent build() {
    return new StoredEvent(id, eventIdCnty, origin, eventDate, timePrecision, eventType, subEventType, actor1,
        assocActor1, inter1, actor2, assocActor2, inter2, interaction, country, admin1, admin2, admin3, location,
        latitude, longitude, geoPrecision, source, notes, fatalities, claims, modality, reviewState, reviewedFields);
  }
}
