package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The SQL of an {@link EventFilter}, with its parameters. */
record EventQuery(String sql, List<Object> parameters) {

  /** The longest an event's days can span: a month, for time precision 3. */
  private static final int MAX_SPAN_DAYS = 31;

  static EventQuery of(EventFilter f) {
    List<String> where = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    if (f.since() != null) {
      // An event spans at most a month, so its first day bounds the index range from below too.
      where.add("day_from >= ? AND day_to >= ?");
      p.add(f.since().minusDays(MAX_SPAN_DAYS).toString());
      p.add(f.since().toString());
    }
    if (f.until() != null) {
      where.add("day_from <= ?");
      p.add(f.until().toString());
    }
    double[] box = f.bbox();
    if (box != null) {
      List<Integer> cells = GridCells.covering(box);
      if (cells != null) {
        where.add("cell IN (" + "?,".repeat(cells.size() - 1) + "?)");
        p.addAll(cells);
      }
      where.add("longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?");
      p.add(box[0]);
      p.add(box[2]);
      p.add(box[1]);
      p.add(box[3]);
    }
    if (f.country() != null) {
      where.add("LOWER(country) = ?");
      p.add(f.country().toLowerCase(Locale.ROOT));
    }
    if (f.type() != null) {
      where.add("(LOWER(event_type) = ? OR LOWER(sub_event_type) = ?)");
      p.add(f.type().toLowerCase(Locale.ROOT));
      p.add(f.type().toLowerCase(Locale.ROOT));
    }
    if (f.actor() != null) {
      String like = "%" + f.actor().toLowerCase(Locale.ROOT) + "%";
      where.add("(LOWER(actor1) LIKE ? OR LOWER(actor2) LIKE ? OR LOWER(assoc_actor_1) LIKE ? OR LOWER(assoc_actor_2) LIKE ?)");
      for (int i = 0; i < 4; i++) {
        p.add(like);
      }
    }
    if (f.source() != null) {
      where.add("LOWER(source) LIKE ?");
      p.add("%" + f.source().toLowerCase(Locale.ROOT) + "%");
    }
    String sql = "SELECT " + EventRows.COLUMNS + " FROM events"
        + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
        + " ORDER BY event_date, id";
    return new EventQuery(sql, List.copyOf(p));
  }

  void bind(PreparedStatement s) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      s.setObject(i + 1, parameters.get(i));
    }
  }
}
