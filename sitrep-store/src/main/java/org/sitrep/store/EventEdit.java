package org.sitrep.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/**
 * An analyst's edit of an event's ACLED fields: every value checked, then set. The fields set are
 * added to the event's reviewed fields, which later reports leave alone; the columns derived from
 * them (the year, the days an event may lie on, its grid cell) follow when the event is stored.
 *
 * <p>Thread-safe: stateless.
 */
final class EventEdit {

  /** The fields an analyst may set, in ACLED's order. */
  static final List<String> FIELDS = List.of(
      "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2",
      "assoc_actor_2", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
      "fatalities", "notes");

  private static final int MAX_NAME = 300;
  private static final int MAX_NOTES = 5_000;
  private static final int MAX_FATALITIES = 1_000_000;

  private EventEdit() {}

  /**
   * Event {@code e} with {@code fields} set, its review state {@code edited}.
   *
   * @param fields field names of {@link #FIELDS} and their JSON values (strings, numbers, null)
   * @throws IllegalArgumentException naming the first field that is unknown or has a bad value
   */
  static StoredEvent apply(StoredEvent e, Map<String, Object> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("nothing to edit: give one or more of " + String.join(", ", FIELDS));
    }
    EventBuilder edited = new EventBuilder(e);
    Set<String> reviewed = new HashSet<>(e.reviewedFields());
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      set(edited, field.getKey(), field.getValue());
      reviewed.add(field.getKey());
    }
    if (fields.containsKey("sub_event_type")) {
      reviewed.add("event_type"); // set from the sub-event type
    }
    checkType(edited, fields);
    if ((edited.latitude == null) != (edited.longitude == null)) {
      throw new IllegalArgumentException("latitude and longitude go together: set both, or both to null, was "
          + edited.latitude + ", " + edited.longitude);
    }
    edited.reviewState = ReviewState.EDITED;
    edited.reviewedFields = FIELDS.stream().filter(reviewed::contains).toList();
    return edited.build();
  }

  private static void set(EventBuilder e, String name, Object value) {
    switch (name) {
      case "event_date" -> e.eventDate = day(name, value);
      case "time_precision" -> e.timePrecision = whole(name, value, 1, 3);
      case "event_type" -> e.eventType = eventType(value);
      case "sub_event_type" -> {
        SubEventType type = subEventType(value);
        e.subEventType = type.label();
        e.eventType = type.eventType().label();
      }
      case "actor1" -> e.actor1 = text(name, value, MAX_NAME);
      case "assoc_actor_1" -> e.assocActor1 = text(name, value, MAX_NAME);
      case "actor2" -> e.actor2 = text(name, value, MAX_NAME);
      case "assoc_actor_2" -> e.assocActor2 = text(name, value, MAX_NAME);
      case "country" -> e.country = text(name, value, MAX_NAME);
      case "admin1" -> e.admin1 = text(name, value, MAX_NAME);
      case "admin2" -> e.admin2 = text(name, value, MAX_NAME);
      case "location" -> e.location = text(name, value, MAX_NAME);
      case "latitude" -> e.latitude = degrees(name, value, 90);
      case "longitude" -> e.longitude = degrees(name, value, 180);
      case "geo_precision" -> e.geoPrecision = whole(name, value, 1, 3);
      case "fatalities" -> e.fatalities = whole(name, value, 0, MAX_FATALITIES);
      case "notes" -> e.notes = text(name, value, MAX_NOTES);
      default -> throw new IllegalArgumentException(
          "cannot edit '" + name + "': an analyst may set " + String.join(", ", FIELDS));
    }
  }

  /** An event type given alone must hold the event's sub-event type; given with one, be its type. */
  private static void checkType(EventBuilder e, Map<String, Object> fields) {
    if (!fields.containsKey("event_type") || e.subEventType == null) {
      return;
    }
    String given = eventType(fields.get("event_type"));
    Optional<SubEventType> sub = SubEventType.ofLabel(e.subEventType);
    if (sub.isPresent() && !sub.get().eventType().label().equals(given)) {
      throw new IllegalArgumentException("event_type '" + given + "' does not hold the sub_event_type '"
          + e.subEventType + "' (an event of type '" + sub.get().eventType().label() + "'); set sub_event_type too");
    }
  }

  private static LocalDate day(String name, Object value) {
    if (value instanceof String s) {
      try {
        return LocalDate.parse(s.strip());
      } catch (DateTimeParseException e) {
        // refused below
      }
    }
    throw new IllegalArgumentException(name + " must be a day as \"YYYY-MM-DD\", was " + shown(value));
  }

  private static String eventType(Object value) {
    return Arrays.stream(EventType.values()).map(EventType::label)
        .filter(label -> value instanceof String s && label.equalsIgnoreCase(s.strip())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("event_type must be one of ACLED's: "
            + String.join(", ", Arrays.stream(EventType.values()).map(EventType::label).toList())
            + "; was " + shown(value)));
  }

  private static SubEventType subEventType(Object value) {
    return (value instanceof String s ? SubEventType.ofLabel(s) : Optional.<SubEventType>empty())
        .orElseThrow(() -> new IllegalArgumentException(
            "sub_event_type must be one of ACLED's (such as \"Armed clash\" or \"Air/drone strike\"), was " + shown(value)));
  }

  /** A name or note; null or blank clears it. */
  private static String text(String name, Object value, int maxLength) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new IllegalArgumentException(name + " must be a string or null, was " + shown(value));
    }
    if (s.length() > maxLength) {
      throw new IllegalArgumentException(name + " must be at most " + maxLength + " characters, was " + s.length());
    }
    return s.isBlank() ? null : s.strip();
  }

  private static int whole(String name, Object value, int min, int max) {
    if (value instanceof Number n && isWhole(n) && n.doubleValue() >= min && n.doubleValue() <= max) {
      return n.intValue();
    }
    throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", was " + shown(value));
  }

  private static boolean isWhole(Number n) {
    double d = n.doubleValue();
    return Double.isFinite(d) && d == Math.rint(d);
  }

  /** Degrees within ±{@code limit}; null clears the point. */
  private static Double degrees(String name, Object value, int limit) {
    if (value == null) {
      return null;
    }
    if (value instanceof Number n && Double.isFinite(n.doubleValue()) && Math.abs(n.doubleValue()) <= limit) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(name + " must be a number from -" + limit + " to " + limit + ", or null, was " + shown(value));
  }

  /** A value as the client wrote it, quoted when a string, cut short when long. */
  private static String shown(Object value) {
    String s = value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
