package org.sitrep.store;

import java.time.LocalDate;

/**
 * Which events to read; a null field does not filter. Dates honour an event's time precision:
 * an event known to the month overlaps every day of that month.
 *
 * @param since first day, inclusive
 * @param until last day, inclusive
 * @param bbox minLon, minLat, maxLon, maxLat
 * @param country the country's name, any case
 * @param type an event type or sub-event type, any case
 * @param actor words in an actor's name, any case
 * @param source words in the sources, any case
 * @param subType a sub-event type, any case
 * @param modality the event's modality label ("claimed")
 * @param text words that must all occur in the event's place names, actors, sources or notes
 */
public record EventFilter(
    LocalDate since, LocalDate until, double[] bbox, String country, String type, String actor, String source,
    String subType, String modality, String text) {

  /** No filter: every event. */
  public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null);

  /** The filters of {@code ./sitrep export}. */
  public EventFilter(LocalDate since, LocalDate until, double[] bbox, String country, String type, String actor,
      String source) {
    this(since, until, bbox, country, type, actor, source, null, null, null);
  }

  public EventFilter {
    if (bbox != null) {
      if (bbox.length != 4) {
        throw new IllegalArgumentException("a bbox is minLon,minLat,maxLon,maxLat: four numbers");
      }
      bbox = bbox.clone();
      if (bbox[0] > bbox[2] || bbox[1] > bbox[3]) {
        throw new IllegalArgumentException("a bbox's minimum exceeds its maximum: minLon,minLat,maxLon,maxLat");
      }
    }
    if (since != null && until != null && since.isAfter(until)) {
      throw new IllegalArgumentException("since " + since + " is after until " + until);
    }
  }

  @Override
  public double[] bbox() {
    return bbox == null ? null : bbox.clone();
  }
}
