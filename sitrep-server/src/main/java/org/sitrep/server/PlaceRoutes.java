package org.sitrep.server;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.gazetteer.GazetteerHome;
import org.sitrep.gazetteer.UserPlaces;
import org.sitrep.store.Store;

/**
 * The places no gazetteer entry resolved, and adding one: the entry goes into the user's
 * gazetteer, and the events waiting at that name get its point.
 */
final class PlaceRoutes {

  private static final Set<String> FIELDS = Set.of("name", "latitude", "longitude", "country");

  private PlaceRoutes() {}

  static void add(Javalin app, Store store, Path home) {
    GazetteerHome gazetteer = home == null ? null : new GazetteerHome(home);
    app.get("/api/places/unresolved", ctx -> ctx.json(Map.of("places", store.unresolvedPlaces())), Access.READ);
    Object placing = new Object(); // one place at a time: the user's gazetteer takes one writer
    app.post("/api/places", ctx -> {
      GazetteerEntry place = entry(JsonBody.object(ctx));
      List<Map<String, Object>> placed;
      synchronized (placing) {
        if (gazetteer != null) {
          addToGazetteer(gazetteer, place);
        }
        placed = store.eventsWaitingAt(place.name()).stream()
            .map(id -> store.edit(id, Map.of("latitude", place.latitude(), "longitude", place.longitude(),
                "geo_precision", 1), BearerAuth.who(ctx)))
            .map(e -> EventJson.detail(store, e.id()))
            .toList();
      }
      Map<String, Object> answer = new LinkedHashMap<>();
      answer.put("name", place.name());
      answer.put("in_gazetteer", gazetteer != null);
      answer.put("events", placed);
      ctx.json(answer);
    }, Access.REVIEW);
  }

  /** The body {@code {"name", "latitude", "longitude", "country"}} as a populated place. */
  private static GazetteerEntry entry(Map<String, Object> body) {
    if (!FIELDS.containsAll(body.keySet())) {
      throw new BadRequest("a place is {\"name\", \"latitude\", \"longitude\", \"country\"}; unknown fields "
          + body.keySet().stream().filter(k -> !FIELDS.contains(k)).toList());
    }
    if (!(body.get("name") instanceof String name) || name.isBlank() || name.length() > 200) {
      throw new BadRequest("name must be the place's name, 1 to 200 characters");
    }
    double lat = degrees(body.get("latitude"), "latitude", 90);
    double lon = degrees(body.get("longitude"), "longitude", 180);
    String country = "";
    if (body.get("country") != null) {
      if (!(body.get("country") instanceof String cc) || !cc.strip().matches("[A-Za-z]{2}")) {
        throw new BadRequest("country must be a two-letter ISO 3166 code such as SY");
      }
      country = cc.strip().toUpperCase(Locale.ROOT);
    }
    return new GazetteerEntry(0, name.strip(), "", List.of(), lat, lon, "P", "PPL", country, "", "", "", "", "",
        0, UserPlaces.SOURCE);
  }

  private static double degrees(Object value, String field, double max) {
    if (!(value instanceof Number n) || !Double.isFinite(n.doubleValue()) || Math.abs(n.doubleValue()) > max) {
      throw new BadRequest(field + " must be a number within ±" + (int) max);
    }
    return n.doubleValue();
  }

  private static void addToGazetteer(GazetteerHome gazetteer, GazetteerEntry place) {
    try {
      UserPlaces.add(gazetteer, place);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add " + place.name() + " to the gazetteer: " + e.getMessage(), e);
    }
  }
}
