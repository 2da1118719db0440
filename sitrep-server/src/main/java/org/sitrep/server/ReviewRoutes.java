package org.sitrep.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sitrep.store.AuditEntry;
import org.sitrep.store.Store;
import org.sitrep.store.StoredEvent;

/**
 * The review routes of {@code docs/api.md}: each action answers with the event after it, and its
 * claims; the audit log answers newest first.
 */
final class ReviewRoutes {

  private ReviewRoutes() {}

  static void add(Javalin app, Store store) {
    app.post("/api/events/{id}/confirm",
        ctx -> answer(ctx, store, () -> store.confirm(ctx.pathParam("id"), BearerAuth.who(ctx))), Access.REVIEW);
    app.post("/api/events/{id}/reject",
        ctx -> answer(ctx, store, () -> store.reject(ctx.pathParam("id"), BearerAuth.who(ctx))), Access.REVIEW);
    app.patch("/api/events/{id}", ctx -> {
      Map<String, Object> fields = JsonBody.object(ctx);
      answer(ctx, store, () -> store.edit(ctx.pathParam("id"), fields, BearerAuth.who(ctx)));
    }, Access.REVIEW);
    app.post("/api/events/{id}/merge", ctx -> {
      String other = other(JsonBody.object(ctx));
      answer(ctx, store, () -> store.merge(ctx.pathParam("id"), other, BearerAuth.who(ctx)));
    }, Access.REVIEW);
    app.post("/api/claims/{id}/split",
        ctx -> answer(ctx, store, () -> store.split(ctx.pathParam("id"), BearerAuth.who(ctx))), Access.REVIEW);
    app.get("/api/audit", ctx -> {
      String event = ctx.queryParam("event");
      if (event == null || event.isBlank()) {
        throw new BadRequest("event is required: GET /api/audit?event=ID");
      }
      ctx.json(Map.of("entries", store.audit(event.strip()).stream().map(ReviewRoutes::entry).toList()));
    }, Access.READ);
  }

  /** Runs a review action; answers with the event after it, as {@code GET /api/events/{id}} does. */
  private static void answer(Context ctx, Store store, Supplier<StoredEvent> action) {
    StoredEvent after;
    try {
      after = action.get();
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
    ctx.json(EventJson.detail(store, after.id()));
  }

  /** The id in a merge's body, {@code {"other": ID}}. */
  private static String other(Map<String, Object> body) {
    if (!Set.of("other").containsAll(body.keySet())) {
      throw new BadRequest("a merge's body is {\"other\": ID}; unknown fields " + List.copyOf(body.keySet()));
    }
    if (!(body.get("other") instanceof String other) || other.isBlank()) {
      throw new BadRequest("other must be the id of the event to merge into this one, as a string");
    }
    return other.strip();
  }

  private static Map<String, Object> entry(AuditEntry e) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", e.id());
    json.put("at", e.at().toString());
    json.put("who", e.who());
    json.put("action", e.action().label());
    json.put("event_id", e.eventId());
    json.put("claim_id", e.claimId());
    json.put("before", e.before());
    json.put("after", e.after());
    return json;
  }
}
