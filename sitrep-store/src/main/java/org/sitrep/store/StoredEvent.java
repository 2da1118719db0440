package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Modality;

/**
 * One event of the store, with ACLED's columns: read by Sitrep from one or more claims, or
 * imported from ACLED.
 *
 * @param id the store's id: {@code acled:EVENT_ID_CNTY} for ACLED's events, else the id of the
 *     claim that first reported it
 * @param eventIdCnty ACLED's id for imported events, else null
 * @param origin {@link #ACLED} or {@link #SITREP}
 * @param eventDate the day, or null when unknown
 * @param timePrecision 1 day, 2 week, 3 month; null without a date
 * @param fatalities the lowest credible toll of its claims (ACLED's figure for ACLED's events)
 * @param claims how many claims report it
 * @param modality the most certain modality of its claims ({@link Modality#label()}); {@code
 *     asserted} for ACLED's events
 * @param reviewState what an analyst's review made of it
 * @param reviewedFields the fields of {@link Store#edit} an analyst set or confirmed, which later
 *     reports leave as they are; empty when none
 */
public record StoredEvent(
    String id,
    String eventIdCnty,
    String origin,
    LocalDate eventDate,
    Integer timePrecision,
    String eventType,
    String subEventType,
    String actor1,
    String assocActor1,
    Integer inter1,
    String actor2,
    String assocActor2,
    Integer inter2,
    Integer interaction,
    String country,
    String admin1,
    String admin2,
    String admin3,
    String location,
    Double latitude,
    Double longitude,
    Integer geoPrecision,
    String source,
    String notes,
    int fatalities,
    int claims,
    String modality,
    ReviewState reviewState,
    List<String> reviewedFields) {

  /** The origin of events imported from an ACLED export. */
  public static final String ACLED = "acled";

  /** The origin of events Sitrep read from articles. */
  public static final String SITREP = "sitrep";

  public StoredEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(reviewState, "reviewState");
    reviewedFields = List.copyOf(reviewedFields);
  }

  /** The first day the event may lie on, given its precision; null without a date. */
  public LocalDate firstDay() {
    return days()[0];
  }

  /** The last day the event may lie on, given its precision; null without a date. */
  public LocalDate lastDay() {
    return days()[1];
  }

  private LocalDate[] days() {
    return EventDays.of(eventDate, timePrecision);
  }

  /** The same event placed at another name only, without a point: a place its report also names. */
  StoredEvent withLocation(String name) {
    return new StoredEvent(id, eventIdCnty, origin, eventDate, timePrecision, eventType, subEventType, actor1,
        assocActor1, inter1, actor2, assocActor2, inter2, interaction, country, null, null, null, name, null, null,
        null, source, notes, fatalities, claims, modality, reviewState, reviewedFields);
  }

  /** True when the event has a point. */
  public boolean hasPoint() {
    return latitude != null && longitude != null;
  }
}
