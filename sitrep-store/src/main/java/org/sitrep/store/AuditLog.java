package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code audit_log} table: one row per event a review action changed, with the event's
 * exported columns before and after as JSON.
 *
 * <p>Not thread-safe: appended to under the store's write lock; {@link #of} reads on the connection
 * it is given.
 */
final class AuditLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Fixed width, so that the text sorts as the time does (Instant's own form drops zeros). */
  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private final Connection connection;
  private Instant last = Instant.EPOCH;

  AuditLog(Connection connection) {
    this.connection = connection;
  }

  /**
   * Logs that {@code who} did {@code action} to {@code eventId}.
   *
   * @param before the event before, or null when the action made it
   * @param after the event after
   */
  void append(String who, ReviewAction action, String eventId, String claimId, StoredEvent before, StoredEvent after)
      throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("INSERT INTO audit_log"
        + " (id, at, who, action, event_id, claim_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, UUID.randomUUID().toString());
      s.setString(2, AT.format(next()));
      s.setString(3, who);
      s.setString(4, action.label());
      s.setString(5, eventId);
      s.setString(6, claimId);
      s.setString(7, before == null ? null : json(before));
      s.setString(8, json(after));
      s.executeUpdate();
    }
  }

  /** The entries about {@code eventId}, newest first, read on {@code c}. */
  static List<AuditEntry> of(Connection c, String eventId) throws SQLException {
    List<AuditEntry> entries = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id, at, who, action, event_id, claim_id, before_json,"
        + " after_json FROM audit_log WHERE event_id = ? ORDER BY at DESC, id DESC")) {
      s.setString(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          entries.add(new AuditEntry(r.getString("id"), Instant.parse(r.getString("at")), r.getString("who"),
              ReviewAction.ofLabel(r.getString("action")), r.getString("event_id"), r.getString("claim_id"),
              map(r.getString("before_json")), map(r.getString("after_json"))));
        }
      }
    }
    return entries;
  }

  /** Now, to the microsecond, but always after the last entry's time: the log's order is the actions'. */
  private Instant next() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    last = now.isAfter(last) ? now : last.plus(1, ChronoUnit.MICROS);
    return last;
  }

  private static String json(StoredEvent e) {
    try {
      return JSON.writeValueAsString(EventColumns.values(e));
    } catch (JsonProcessingException x) {
      throw new StoreException("cannot write event " + e.id() + " as JSON: " + x.getOriginalMessage(), x);
    }
  }

  private static Map<String, Object> map(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("an audit log entry is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
