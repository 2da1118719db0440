package org.sitrep.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One claim of an event as an analyst checks it: what it says, the article it comes from and the
 * article's words around it.
 *
 * @param claim the claim's fields as {@code ./sitrep extract} writes them, evidence included (its
 *     offsets point into the article's text)
 * @param title the article's title, or null
 * @param url the article's address, or null
 * @param published the article's day, or null
 * @param context the sentences around the claim
 * @param contextStart where {@code context} starts in the article's text
 */
public record ClaimReport(
    Map<String, Object> claim, String title, String url, LocalDate published, String context, int contextStart) {

  public ClaimReport {
    claim = Collections.unmodifiableMap(new LinkedHashMap<>(claim)); // in field order, nulls kept
  }
}
