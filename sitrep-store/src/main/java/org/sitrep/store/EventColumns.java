package org.sitrep.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The columns of an exported event: ACLED's names first, in ACLED's order, then Sitrep's. */
public final class EventColumns {

  private record Column(String name, Function<StoredEvent, Object> value) {}

  private static final List<Column> COLUMNS = List.of(
      new Column("event_id_cnty", StoredEvent::eventIdCnty),
      new Column("event_date", e -> e.eventDate() == null ? null : e.eventDate().toString()),
      new Column("year", e -> e.eventDate() == null ? null : e.eventDate().getYear()),
      new Column("time_precision", StoredEvent::timePrecision),
      new Column("event_type", StoredEvent::eventType),
      new Column("sub_event_type", StoredEvent::subEventType),
      new Column("actor1", StoredEvent::actor1),
      new Column("assoc_actor_1", StoredEvent::assocActor1),
      new Column("inter1", StoredEvent::inter1),
      new Column("actor2", StoredEvent::actor2),
      new Column("assoc_actor_2", StoredEvent::assocActor2),
      new Column("inter2", StoredEvent::inter2),
      new Column("interaction", StoredEvent::interaction),
      new Column("country", StoredEvent::country),
      new Column("admin1", StoredEvent::admin1),
      new Column("admin2", StoredEvent::admin2),
      new Column("admin3", StoredEvent::admin3),
      new Column("location", StoredEvent::location),
      new Column("latitude", StoredEvent::latitude),
      new Column("longitude", StoredEvent::longitude),
      new Column("geo_precision", StoredEvent::geoPrecision),
      new Column("source", StoredEvent::source),
      new Column("notes", StoredEvent::notes),
      new Column("fatalities", StoredEvent::fatalities),
      new Column("sitrep_event_id", StoredEvent::id),
      new Column("sitrep_origin", StoredEvent::origin),
      new Column("sitrep_claims", StoredEvent::claims),
      new Column("sitrep_first_day", e -> e.firstDay() == null ? null : e.firstDay().toString()),
      new Column("sitrep_last_day", e -> e.lastDay() == null ? null : e.lastDay().toString()),
      new Column("sitrep_modality", StoredEvent::modality),
      new Column("sitrep_review_state", e -> e.reviewState().label()),
      new Column("sitrep_reviewed_fields", e -> e.reviewedFields().isEmpty() ? null : String.join(";", e.reviewedFields())));

  private static final List<String> NAMES = COLUMNS.stream().map(Column::name).toList();

  private static final Map<String, Column> BY_NAME =
      COLUMNS.stream().collect(Collectors.toUnmodifiableMap(Column::name, c -> c));

  private EventColumns() {}

  /** The column names, in output order. */
  public static List<String> names() {
    return NAMES;
  }

  /** The event's values of the named columns, in the order named; an unknown name is an error. */
  public static Map<String, Object> values(StoredEvent e, List<String> names) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (String name : names) {
      Column c = BY_NAME.get(name);
      if (c == null) {
        throw new IllegalArgumentException("no column '" + name + "'");
      }
      row.put(name, c.value().apply(e));
    }
    return row;
  }

  /**
   * The values of the named columns as a row, in the order named; the names are looked up once,
   * for a page of events. An unknown name is an error.
   */
  public static Function<StoredEvent, List<Object>> row(List<String> names) {
    List<Column> columns = names.stream().map(name -> {
      Column c = BY_NAME.get(name);
      if (c == null) {
        throw new IllegalArgumentException("no column '" + name + "'");
      }
      return c;
    }).toList();
    return e -> {
      List<Object> row = new ArrayList<>(columns.size());
      columns.forEach(c -> row.add(c.value().apply(e)));
      return row;
    };
  }

  /** The event's value of every column, in output order. */
  public static Map<String, Object> values(StoredEvent e) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (Column c : COLUMNS) {
      row.put(c.name(), c.value().apply(e));
    }
    return row;
  }
}
