package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.gazetteer.GazetteerHome;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.SubEventType;
import org.sitrep.store.Right;
import org.sitrep.store.Store;
import org.sitrep.store.StoreClaims;
import org.sitrep.store.StoreLocation;

/** Places no gazetteer entry resolved, and placing them through the API, over a real store. */
class PlaceApiTest {

  @TempDir static Path dir;
  private static Store store;
  private static SitrepServer server;
  private static String reviewer;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void serve() {
    store = Store.open(StoreLocation.parse(dir.resolve("sitrep.db").toString()));
    reviewer = store.createToken("ana", EnumSet.of(Right.REVIEW));
    for (int day = 1; day <= 11; day += 10) { // ten days apart: two events
      Article a = Article.of("Shelling hit Kafr Nabudah on day " + day + ".", null, null, "Wire",
          LocalDate.of(2020, 5, day + 1), "a" + day + ".txt");
      store.ingest(a, List.of(new Claim("k" + day, "test", a.id(), LocalDate.of(2020, 5, day), 1,
          SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, StoreClaims.SYRIA,
          List.of(), 1, null, List.of(), null, Place.mentioned("Kafr Nabudah", "Syria"), new Source("Wire", null),
          "Shelling hit Kafr Nabudah.", 0, Claim.PUBLISHER, null, Modality.ASSERTED, null, List.of())), "test");
    }
    server = SitrepServer.start(new ServerConfig("127.0.0.1", 0, false, dir.resolve("home")), store);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void listsTheWaitingPlacesAndPlacesTheirEventsWhenOneIsAdded() throws Exception {
    JsonNode waiting = JSON.readTree(send("GET", "/api/places/unresolved", null, null).body()).get("places");
    assertEquals("Kafr Nabudah", waiting.get(0).get("location").asText());
    assertEquals(2, waiting.get(0).get("events").asInt());

    String place = "{\"name\": \"kafr nabudah\", \"latitude\": 35.45, \"longitude\": 36.49, \"country\": \"SY\"}";
    assertEquals(401, send("POST", "/api/places", null, place).statusCode());
    HttpResponse<String> bad = send("POST", "/api/places", reviewer, "{\"name\": \"X\", \"latitude\": 95, \"longitude\": 0}");
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("latitude"), bad.body());

    HttpResponse<String> added = send("POST", "/api/places", reviewer, place);
    assertEquals(200, added.statusCode(), added.body());
    JsonNode events = JSON.readTree(added.body()).get("events");
    assertEquals(2, events.size());
    assertEquals(35.45, events.get(0).get("latitude").asDouble());
    assertEquals(1, events.get(0).get("geo_precision").asInt());
    assertEquals(0, JSON.readTree(send("GET", "/api/places/unresolved", null, null).body()).get("places").size());
    assertTrue(Files.readString(new GazetteerHome(dir.resolve("home")).userPlaces()).contains("kafr nabudah"),
        "kept in the user's gazetteer for later articles");
  }
}
