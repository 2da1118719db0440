package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The review actions on the store's events, each logged in the audit log. The caller runs each
 * in one transaction.
 *
 * <p>Not thread-safe: used under the store's lock.
 */
final class EventReview {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection connection;
  private final AuditLog log;

  EventReview(Connection connection, AuditLog log) {
    this.connection = connection;
    this.log = log;
  }

  /** The event is right as it stands: every editable field counts as reviewed. */
  StoredEvent confirm(String eventId, String who) throws SQLException {
    StoredEvent before = event(eventId);
    EventBuilder after = new EventBuilder(before);
    after.reviewState = ReviewState.CONFIRMED;
    after.reviewedFields = EventEdit.FIELDS;
    return changed(ReviewAction.CONFIRM, who, before, after.build());
  }

  /** The event did not happen as told: it stays, marked, and later reports only count. */
  StoredEvent reject(String eventId, String who) throws SQLException {
    StoredEvent before = event(eventId);
    EventBuilder after = new EventBuilder(before);
    after.reviewState = ReviewState.REJECTED;
    return changed(ReviewAction.REJECT, who, before, after.build());
  }

  /** Sets fields of the event (see {@link EventEdit}). */
  StoredEvent edit(String eventId, Map<String, Object> fields, String who) throws SQLException {
    StoredEvent before = event(eventId);
    return changed(ReviewAction.EDIT, who, before, EventEdit.apply(before, fields));
  }

  /**
   * The other event's claims join this one, and the other is deleted; its log stays, its last
   * entry showing the event it joined. This event's columns are made anew from all the claims,
   * its reviewed fields kept; an ACLED event keeps ACLED's coding. An event imported from ACLED is
   * never the other: it is reference data, and the merge goes the other way.
   */
  StoredEvent merge(String eventId, String otherId, String who) throws SQLException {
    if (eventId.equals(otherId)) {
      throw new IllegalArgumentException("cannot merge event " + eventId + " with itself");
    }
    StoredEvent before = event(eventId);
    StoredEvent other = event(otherId);
    if (StoredEvent.ACLED.equals(other.origin())) {
      throw new IllegalArgumentException("event " + otherId + " was imported from ACLED and cannot be merged into"
          + " another: merge event " + eventId + " into it instead");
    }
    try (PreparedStatement s = connection.prepareStatement("UPDATE claims SET event_id = ? WHERE event_id = ?")) {
      s.setString(1, eventId);
      s.setString(2, otherId);
      s.executeUpdate();
    }
    try (PreparedStatement s = connection.prepareStatement("DELETE FROM events WHERE id = ?")) {
      s.setString(1, otherId);
      s.executeUpdate();
    }
    StoredEvent after = Consensus.rebuilt(before, claimsOf(eventId));
    EventRows.update(connection, after);
    log.append(who, ReviewAction.MERGE, eventId, null, before, after);
    log.append(who, ReviewAction.MERGE, otherId, null, other, after);
    return after;
  }

  /**
   * The claim leaves its event and becomes an event of its own, as ingest made it from the claim
   * alone (its id is the claim's, or the claim's with {@code -2}, {@code -3} ... when the old
   * event has that id); the old event is made anew from the claims left. Returns the new event.
   */
  StoredEvent split(String claimId, String who) throws SQLException {
    String eventId = eventOf(claimId);
    StoredEvent before = event(eventId);
    List<StoredEvent> claims = claimsOf(eventId);
    if (claims.size() == 1 && !StoredEvent.ACLED.equals(before.origin())) {
      throw new IllegalArgumentException("claim " + claimId + " is the only claim of event " + eventId
          + ": there is nothing to split it from");
    }
    StoredEvent claim = claims.stream().filter(c -> c.id().equals(claimId)).findFirst().orElseThrow();
    EventBuilder alone = new EventBuilder(claim);
    alone.id = freeId(claimId);
    StoredEvent split = alone.build();
    EventRows.insert(connection, split);
    try (PreparedStatement s = connection.prepareStatement("UPDATE claims SET event_id = ? WHERE id = ?")) {
      s.setString(1, split.id());
      s.setString(2, claimId);
      s.executeUpdate();
    }
    List<StoredEvent> left = claims.stream().filter(c -> !c.id().equals(claimId)).toList();
    StoredEvent after = Consensus.rebuilt(before, left);
    EventRows.update(connection, after);
    log.append(who, ReviewAction.SPLIT, eventId, claimId, before, after);
    log.append(who, ReviewAction.SPLIT, split.id(), claimId, null, split);
    return split;
  }

  private StoredEvent changed(ReviewAction action, String who, StoredEvent before, StoredEvent after)
      throws SQLException {
    EventRows.update(connection, after);
    log.append(who, action, after.id(), null, before, after);
    return after;
  }

  private StoredEvent event(String id) throws SQLException {
    return EventRows.find(connection, id).orElseThrow(() -> new NoSuchRecordException("no event " + id));
  }

  private String eventOf(String claimId) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT event_id FROM claims WHERE id = ?")) {
      s.setString(1, claimId);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new NoSuchRecordException("no claim " + claimId);
        }
        String eventId = r.getString(1);
        if (eventId == null) {
          throw new IllegalArgumentException("claim " + claimId + " reports no event: only an event's claim can be"
              + " split off");
        }
        return eventId;
      }
    }
  }

  /** The claims of an event, each as the event it alone tells of, in the order they were stored. */
  private List<StoredEvent> claimsOf(String eventId) throws SQLException {
    List<StoredEvent> claims = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT c.json, c.latitude, c.longitude FROM claims c"
        + " JOIN articles a ON a.id = c.article_id WHERE c.event_id = ? ORDER BY a.ingested_at, c.id")) {
      s.setString(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          double lat = r.getDouble(2);
          Double latitude = r.wasNull() ? null : lat;
          double lon = r.getDouble(3);
          Double longitude = r.wasNull() ? null : lon;
          claims.add(ClaimEvent.stored(values(r.getString(1)), latitude, longitude));
        }
      }
    }
    return claims;
  }

  /** The claim's id when no event has it, else the first of {@code ID-2}, {@code ID-3} ... that none has. */
  private String freeId(String claimId) throws SQLException {
    String id = claimId;
    for (int n = 2; taken(id); n++) {
      id = claimId + "-" + n;
    }
    return id;
  }

  private boolean taken(String eventId) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT 1 FROM events WHERE id = ?")) {
      s.setString(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        return r.next();
      }
    }
  }

  private static Map<String, Object> values(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored claim is not JSON: " + e.getOriginalMessage(), e);
    }
  }
}
