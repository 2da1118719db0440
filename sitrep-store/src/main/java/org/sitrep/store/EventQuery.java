package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The SQL of an {@link EventFilter}, with its parameters: an export, a page or a count. */
record EventQuery(String sql, List<Object> parameters) {

  /** The filter's events in date order, oldest first: an export. */
  static EventQuery of(EventFilter f) {
    EventQuery where = where(f);
    return new EventQuery("SELECT " + EventRows.COLUMNS + " FROM events" + where.sql() + " ORDER BY event_date, id",
        where.parameters());
  }

  /** One page of the filter's events, newest first. */
  static EventQuery page(EventFilter f, int limit, long offset) {
    EventQuery where = where(f);
    List<Object> p = new ArrayList<>(where.parameters());
    p.add(limit);
    p.add(offset);
    return new EventQuery("SELECT " + EventRows.COLUMNS + " FROM events" + where.sql()
        + " ORDER BY event_date DESC, id LIMIT ? OFFSET ?", List.copyOf(p));
  }

  /** How many events pass the filter. */
  static EventQuery count(EventFilter f) {
    EventQuery where = where(f);
    return new EventQuery("SELECT COUNT(*) FROM events" + where.sql(), where.parameters());
  }

  /** The WHERE clause (empty for no filter, else with a leading space) and its parameters. */
  private static EventQuery where(EventFilter f) {
    List<String> where = new ArrayList<>();
    List<Object> p = new ArrayList<>();
    if (f.since() != null) {
      // An event spans at most a month, so its first day bounds the index range from below too.
      where.add("day_from >= ? AND day_to >= ?");
      p.add(f.since().minusDays(EventDays.MAX_SPAN_DAYS).toString());
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
    equal(where, p, "country", f.country());
    if (f.type() != null) {
      where.add("(LOWER(event_type) = ? OR LOWER(sub_event_type) = ?)");
      p.add(lower(f.type()));
      p.add(lower(f.type()));
    }
    equal(where, p, "sub_event_type", f.subType());
    equal(where, p, "modality", f.modality());
    if (f.actor() != null) {
      anyContains(where, p, f.actor(), "actor1", "actor2", "assoc_actor_1", "assoc_actor_2");
    }
    if (f.source() != null) {
      anyContains(where, p, f.source(), "source");
    }
    if (f.text() != null) {
      for (String word : f.text().strip().split("\\s+")) {
        if (!word.isEmpty()) {
          anyContains(where, p, word, TEXT_COLUMNS);
        }
      }
    }
    return new EventQuery(where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where), List.copyOf(p));
  }

  /** The columns free text is looked for in. */
  private static final String[] TEXT_COLUMNS = {
    "location", "admin1", "admin2", "country", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "source", "notes"
  };

  private static void equal(List<String> where, List<Object> p, String column, String value) {
    if (value != null) {
      where.add("LOWER(" + column + ") = ?");
      p.add(lower(value));
    }
  }

  /** Any of the columns contains the words, any case. */
  private static void anyContains(List<String> where, List<Object> p, String words, String... columns) {
    List<String> any = new ArrayList<>();
    for (String column : columns) {
      any.add("LOWER(" + column + ") LIKE ? ESCAPE '!'");
      p.add("%" + likeLiteral(lower(words)) + "%");
    }
    where.add("(" + String.join(" OR ", any) + ")");
  }

  /** The text with LIKE's wildcards taken literally: "100%" finds "100%", not "1000". */
  private static String likeLiteral(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  void bind(PreparedStatement s) throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      s.setObject(i + 1, parameters.get(i));
    }
  }
}
