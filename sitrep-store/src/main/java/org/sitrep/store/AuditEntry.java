package org.sitrep.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of the audit log: what an analyst did to an event, and the event before and after.
 *
 * @param id the entry's id
 * @param at when, to the microsecond
 * @param who the name of the token the action was made with
 * @param action what was done
 * @param eventId the event the entry is about
 * @param claimId the claim split off, or null
 * @param before the event's exported columns before the action ({@link EventColumns}), or null
 *     for an event the action made
 * @param after its columns after the action, or, for an event merged into another, that other's
 */
public record AuditEntry(
    String id,
    Instant at,
    String who,
    ReviewAction action,
    String eventId,
    String claimId,
    Map<String, Object> before,
    Map<String, Object> after) {

  public AuditEntry {
    before = before == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(before));
    after = after == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(after));
  }
}
