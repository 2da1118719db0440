package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and writes rows of the {@code events} table. */
final class EventRows {

  /** The columns, in the order {@link #bind} and {@link #read} use. */
  static final String COLUMNS =
      "id, event_id_cnty, origin, event_date, time_precision, day_from, day_to, event_type,"
          + " sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2,"
          + " interaction, country, admin1, admin2, admin3, location, latitude, longitude,"
          + " geo_precision, source, notes, fatalities, claims, cell, modality, review_state, reviewed_fields";

  static final String INSERT = "INSERT INTO events (" + COLUMNS + ") VALUES ("
      + "?,".repeat(COLUMNS.split(",").length - 1) + "?) ON CONFLICT DO NOTHING";

  /** Writes the event whole, replacing the stored row of its id: a merge's new consensus. */
  static final String UPSERT = INSERT.replace("ON CONFLICT DO NOTHING", "ON CONFLICT (id) DO UPDATE SET "
      + Arrays.stream(COLUMNS.split(",\\s*")).filter(c -> !c.equals("id"))
          .map(c -> c + " = excluded." + c).collect(Collectors.joining(", ")));

  private EventRows() {}

  static void bind(PreparedStatement s, StoredEvent e) throws SQLException {
    int i = 1;
    s.setString(i++, e.id());
    s.setString(i++, e.eventIdCnty());
    s.setString(i++, e.origin());
    setDate(s, i++, e.eventDate());
    setInt(s, i++, e.timePrecision());
    setDate(s, i++, e.firstDay());
    setDate(s, i++, e.lastDay());
    s.setString(i++, e.eventType());
    s.setString(i++, e.subEventType());
    s.setString(i++, e.actor1());
    s.setString(i++, e.assocActor1());
    setInt(s, i++, e.inter1());
    s.setString(i++, e.actor2());
    s.setString(i++, e.assocActor2());
    setInt(s, i++, e.inter2());
    setInt(s, i++, e.interaction());
    s.setString(i++, e.country());
    s.setString(i++, e.admin1());
    s.setString(i++, e.admin2());
    s.setString(i++, e.admin3());
    s.setString(i++, e.location());
    setDouble(s, i++, e.latitude());
    setDouble(s, i++, e.longitude());
    setInt(s, i++, e.geoPrecision());
    s.setString(i++, e.source());
    s.setString(i++, e.notes());
    s.setInt(i++, e.fatalities());
    s.setInt(i++, e.claims());
    setInt(s, i++, GridCells.of(e));
    s.setString(i++, e.modality());
    s.setString(i++, e.reviewState().label());
    s.setString(i, e.reviewedFields().isEmpty() ? null : String.join(";", e.reviewedFields()));
  }

  /** The event of the current row of a {@code SELECT COLUMNS} result. */
  static StoredEvent read(ResultSet r) throws SQLException {
    return new StoredEvent(
        text(r, "id"),
        text(r, "event_id_cnty"),
        text(r, "origin"),
        date(text(r, "event_date")),
        integer(r, "time_precision"),
        text(r, "event_type"),
        text(r, "sub_event_type"),
        text(r, "actor1"),
        text(r, "assoc_actor_1"),
        integer(r, "inter1"),
        text(r, "actor2"),
        text(r, "assoc_actor_2"),
        integer(r, "inter2"),
        integer(r, "interaction"),
        text(r, "country"),
        text(r, "admin1"),
        text(r, "admin2"),
        text(r, "admin3"),
        text(r, "location"),
        decimal(r, "latitude"),
        decimal(r, "longitude"),
        integer(r, "geo_precision"),
        text(r, "source"),
        text(r, "notes"),
        r.getInt(at("fatalities")),
        r.getInt(at("claims")),
        text(r, "modality"),
        ReviewState.ofLabel(text(r, "review_state")),
        fields(text(r, "reviewed_fields")));
  }

  /** The stored event of that id. */
  static Optional<StoredEvent> find(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM events WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(read(r)) : Optional.empty();
      }
    }
  }

  static void insert(Connection c, StoredEvent e) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      bind(s, e);
      s.executeUpdate();
    }
  }

  static void update(Connection c, StoredEvent e) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(UPSERT)) {
      bind(s, e);
      s.executeUpdate();
    }
  }

  private static void setDate(PreparedStatement s, int i, LocalDate d) throws SQLException {
    s.setString(i, d == null ? null : d.toString());
  }

  private static void setInt(PreparedStatement s, int i, Integer v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.INTEGER);
    } else {
      s.setInt(i, v);
    }
  }

  private static void setDouble(PreparedStatement s, int i, Double v) throws SQLException {
    if (v == null) {
      s.setNull(i, Types.DOUBLE);
    } else {
      s.setDouble(i, v);
    }
  }

  private static LocalDate date(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static List<String> fields(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(";"));
  }

  /** Each column's position in {@link #COLUMNS}: reading by position spares a name search per cell. */
  private static final Map<String, Integer> POSITION = positions();

  private static Map<String, Integer> positions() {
    Map<String, Integer> at = new HashMap<>();
    String[] names = COLUMNS.split(",\\s*");
    for (int i = 0; i < names.length; i++) {
      at.put(names[i], i + 1);
    }
    return Map.copyOf(at);
  }

  private static int at(String column) {
    return POSITION.get(column);
  }

  private static String text(ResultSet r, String column) throws SQLException {
    return r.getString(at(column));
  }

  private static Integer integer(ResultSet r, String column) throws SQLException {
    int v = r.getInt(at(column));
    return r.wasNull() ? null : v;
  }

  private static Double decimal(ResultSet r, String column) throws SQLException {
    double v = r.getDouble(at(column));
    return r.wasNull() ? null : v;
  }
}
