package org.sitrep.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.ClaimReport;
import org.sitrep.store.EventColumns;
import org.sitrep.store.EventDetail;
import org.sitrep.store.EventPage;
import org.sitrep.store.Store;

/** Events and their claims as the API's JSON objects (see {@code docs/api.md}). */
final class EventJson {

  private EventJson() {}

  /**
   * A page of events as {@code {"events": [{column: value, ...}], "total": N}}, each event with
   * the named columns, or all of them when {@code names} is null.
   */
  static Map<String, Object> objects(EventPage page, List<String> names) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("events", page.events().stream()
        .map(e -> names == null ? EventColumns.values(e) : EventColumns.values(e, names)).toList());
    json.put("total", page.total());
    return json;
  }

  /**
   * A page of events as {@code {"columns": [name, ...], "rows": [[value, ...]], "total": N}}:
   * the values of each event in the order of {@code columns}, all columns when {@code names} is
   * null.
   */
  static Map<String, Object> columns(EventPage page, List<String> names) {
    List<String> columns = names == null ? EventColumns.names() : names;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("columns", columns);
    json.put("rows", page.events().stream().map(EventColumns.row(columns)).toList());
    json.put("total", page.total());
    return json;
  }

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
