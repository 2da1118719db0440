package org.sitrep.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.ClaimReport;
import org.sitrep.store.EventColumns;
import org.sitrep.store.EventDetail;
import org.sitrep.store.Store;

/** Events and their claims as the API's JSON objects (see {@code docs/api.md}). */
final class EventJson {

  private EventJson() {}

  /** The event of that id as {@link #of(EventDetail)} gives it; {@link NotFound} when there is none. */
  static Map<String, Object> detail(Store store, String id) {
    return store.detail(id).map(EventJson::of).orElseThrow(() -> new NotFound("no event " + id));
  }

  /** An event with its claims, each with its article and the sentences around it. */
  static Map<String, Object> of(EventDetail detail) {
    Map<String, Object> json = EventColumns.values(detail.event());
    List<Map<String, Object>> claims = new ArrayList<>();
    for (ClaimReport report : detail.claims()) {
      Map<String, Object> claim = new LinkedHashMap<>(report.claim());
      claim.put("title", report.title());
      claim.put("url", report.url());
      claim.put("published", report.published() == null ? null : report.published().toString());
      claim.put("context", report.context());
      claim.put("context_start", report.contextStart());
      claims.add(claim);
    }
    json.put("claims", claims);
    return json;
  }
}
