package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.SubEventType;
import org.sitrep.store.EventColumns;
import org.sitrep.store.ReviewState;
import org.sitrep.store.Store;
import org.sitrep.store.StoreClaims;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.StoredEvent;

/** The read API over a real SQLite store, through real HTTP. */
class SitrepServerTest {

  private static final LocalDate MAY_1 = LocalDate.of(2020, 5, 1);
  private static final String TEXT =
      "Clashes went on near Idlib. Turkish artillery shelled Saraqib on Friday, killing 3 soldiers. Talks resume.";

  @TempDir static Path dir;
  private static Store store;
  private static SitrepServer server;
  private static String claimedEvent;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void serve() throws Exception {
    store = Store.open(StoreLocation.parse(dir.resolve("sitrep.db").toString()));
    List<StoredEvent> acled = new ArrayList<>();
    for (int day = 0; day < 30; day++) {
      acled.add(acledEvent("SYR" + day, MAY_1.plusDays(day), 35.9 + day * 0.01, 36.8, day % 4));
    }
    acled.add(acledEvent("UKR1", MAY_1, 48.0, 37.8, 0));
    store.importEvents(acled, n -> {});
    Article article = Article.of(TEXT, "Shelling of Saraqib", "https://example.org/saraqib", "Wire",
        LocalDate.of(2020, 6, 20), "saraqib.txt");
    int start = TEXT.indexOf("Turkish");
    Claim claim = new Claim("c1", "test", article.id(), LocalDate.of(2020, 6, 19), 1,
        SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, StoreClaims.TURKEY,
        List.of(), 8, StoreClaims.SYRIA, List.of(), 1,
        new Place("Saraqib", "Syria", "Idleb", null, null, 35.8645, 36.8059, 1), new Source("Wire", null),
        "Turkish artillery shelled Saraqib.", 3, "Syrian state media", "claimed", Modality.CLAIMED, null,
        List.of(Evidence.of("sentence", TEXT, start, TEXT.indexOf(" Talks")),
            Evidence.of("location", TEXT, TEXT.indexOf("Saraqib"), TEXT.indexOf("Saraqib") + 7)));
    store.ingest(article, List.of(claim), "test");
    claimedEvent = store.eventOfClaim("c1").orElseThrow();
    server = SitrepServer.start(new ServerConfig("127.0.0.1", 0, false, null), store);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static StoredEvent acledEvent(String id, LocalDate day, double lat, double lon, int fatalities) {
    return new StoredEvent("acled:" + id, id, StoredEvent.ACLED, day, 1, "Explosions/Remote violence",
        "Shelling/artillery/missile attack", "Military Forces of Turkey (2016-)", null, 8,
        "Military Forces of Syria (2000-)", null, 1, 18, lon > 37 && lat > 45 ? "Ukraine" : "Syria", null, null, null,
        "Place " + id, lat, lon, 1, "SOHR", "Shelling near " + id + ".", fatalities, 0, "asserted",
        ReviewState.UNREVIEWED, List.of());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> r = get(path);
    assertEquals(status, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  @Test
  void listsEventsNewestFirstWithTheTotalPageByPage() throws Exception {
    JsonNode all = json("/api/events", 200);
    assertEquals(32, all.get("total").asInt());
    assertEquals("2020-06-19", all.get("events").get(0).get("event_date").asText());
    JsonNode page = json("/api/events?limit=5&offset=1", 200);
    assertEquals(32, page.get("total").asInt());
    assertEquals(5, page.get("events").size());
    assertEquals("SYR29", page.get("events").get(0).get("event_id_cnty").asText());
  }

  @Test
  void filtersByBoxDaysCountryModalityAndWords() throws Exception {
    JsonNode box = json("/api/events?bbox=36,35,37,37&since=2020-05-10&until=2020-05-19", 200);
    assertEquals(10, box.get("total").asInt());
    assertEquals(1, json("/api/events?country=ukraine", 200).get("total").asInt());
    JsonNode claimed = json("/api/events?modality=claimed", 200);
    assertEquals(List.of(claimedEvent), ids(claimed));
    assertEquals(1, json("/api/events?q=" + encode("near SYR12"), 200).get("total").asInt());
    assertEquals(0, json("/api/events?q=" + encode("' OR 1=1 --"), 200).get("total").asInt());
  }

  @Test
  void givesOnlyTheFieldsAskedFor() throws Exception {
    JsonNode event = json("/api/events?limit=1&fields=sitrep_event_id,latitude,event_type", 200).get("events").get(0);
    List<String> names = new ArrayList<>();
    event.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("sitrep_event_id", "latitude", "event_type"), names);
    assertTrue(json("/api/events?fields=latitude,secret", 400).get("error").asText().contains("'secret'"));
  }

  @Test
  void givesColumnsOnceAndEachEventAsARowOfValues() throws Exception {
    JsonNode objects = json("/api/events?limit=2&offset=1&fields=sitrep_event_id,latitude,event_type", 200);
    JsonNode columns = json("/api/events?limit=2&offset=1&fields=sitrep_event_id,latitude,event_type&format=columns", 200);
    assertEquals(List.of("columns", "rows", "total"), names(columns));
    assertEquals("[\"sitrep_event_id\",\"latitude\",\"event_type\"]", columns.get("columns").toString());
    assertEquals("[[\"acled:SYR29\",36.19,\"Explosions/Remote violence\"],"
        + "[\"acled:SYR28\",36.18,\"Explosions/Remote violence\"]]", columns.get("rows").toString());
    assertEquals(32, columns.get("total").asInt());
    for (int i = 0; i < 2; i++) {
      JsonNode event = objects.get("events").get(i);
      JsonNode row = columns.get("rows").get(i);
      assertEquals(List.of(event.get("sitrep_event_id"), event.get("latitude"), event.get("event_type")),
          List.of(row.get(0), row.get(1), row.get(2)));
    }
  }

  @Test
  void givesEveryColumnWithoutFieldsAndNullsAsNull() throws Exception {
    JsonNode columns = json("/api/events?limit=1&format=columns&country=Ukraine", 200);
    List<String> names = new ArrayList<>();
    columns.get("columns").forEach(c -> names.add(c.asText()));
    assertEquals(EventColumns.names(), names);
    JsonNode row = columns.get("rows").get(0);
    assertEquals(names.size(), row.size());
    assertEquals("UKR1", row.get(names.indexOf("event_id_cnty")).asText());
    assertTrue(row.get(names.indexOf("admin1")).isNull());
    assertEquals(json("/api/events?limit=1&country=Ukraine", 200).get("events").get(0).toString(),
        objectOf(names, row));
  }

  @Test
  void compressesLargeAnswersForClientsThatAcceptGzip() throws Exception {
    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + server.port() + "/api/events?format=columns"))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
      assertEquals(32, JSON.readTree(in).get("total").asInt());
    }
  }

  @Test
  void refusesBadParametersNamingThem() throws Exception {
    assertTrue(json("/api/events?bbox=1,2,3", 400).get("error").asText().contains("bbox"));
    assertTrue(json("/api/events?bbox=0,0,500,10", 400).get("error").asText().contains("bbox"));
    assertTrue(json("/api/events?since=yesterday", 400).get("error").asText().contains("since"));
    assertTrue(json("/api/events?since=2020-06-01&until=2020-05-01", 400).get("error").asText().contains("after"));
    assertTrue(json("/api/events?limit=100000", 400).get("error").asText().contains("limit"));
    assertTrue(json("/api/events?q=" + "x".repeat(1_500), 400).get("error").asText().contains("q"));
    assertTrue(json("/api/events?format=csv", 400).get("error").asText().contains("format"));
    assertTrue(json("/api/nothing-here", 404).get("error").asText().contains("/api/nothing-here"));
  }

  @Test
  void showsAnEventWithItsClaimsEvidenceAndSentences() throws Exception {
    JsonNode event = json("/api/events/" + claimedEvent, 200);
    assertEquals("claimed", event.get("sitrep_modality").asText());
    JsonNode claim = event.get("claims").get(0);
    assertEquals("Syrian state media", claim.get("speaker").asText());
    assertEquals("claimed", claim.get("modality").asText());
    assertEquals("https://example.org/saraqib", claim.get("url").asText());
    assertEquals(TEXT.substring(0, TEXT.indexOf(" Talks") + 1 + "Talks resume.".length()), claim.get("context").asText());
    int offset = claim.get("context_start").asInt();
    JsonNode location = claim.get("evidence").get(1);
    assertEquals("Saraqib", claim.get("context").asText()
        .substring(location.get("start").asInt() - offset, location.get("end").asInt() - offset));
    assertTrue(json("/api/events/no-such-id", 404).get("error").asText().contains("no-such-id"));
  }

  @Test
  void exportsGeoJsonAndCsvWithTheSameFilters() throws Exception {
    JsonNode geo = json("/api/events.geojson?country=Ukraine", 200);
    assertEquals("FeatureCollection", geo.get("type").asText());
    assertEquals(1, geo.get("features").size());
    HttpResponse<String> csv = get("/api/export.csv?country=Ukraine");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    String[] lines = csv.body().split("\n");
    assertTrue(lines[0].startsWith("event_id_cnty,event_date,"), lines[0]);
    assertEquals(2, lines.length);
  }

  @Test
  void describesItselfAsOpenApi() throws Exception {
    JsonNode api = json("/api/openapi.json", 200);
    assertTrue(api.get("openapi").asText().startsWith("3."));
    for (String route : SitrepServer.routes()) {
      String path = route.substring(route.indexOf(' ') + 1);
      assertTrue(api.get("paths").has(path), path);
    }
  }

  @Test
  void servesThePageAndItsLibraries() throws Exception {
    assertEquals(200, get("/").statusCode());
    assertEquals(200, get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode());
    assertEquals(200, get("/webjars/leaflet-markercluster/1.4.1/leaflet.markercluster.js").statusCode());
  }

  @Test
  void guardsThePageItsAssetsAndTheApiWithAContentSecurityPolicy() throws Exception {
    for (String path : List.of("/", "/index.html", "/app.js", "/app.css", "/webjars/leaflet/1.9.4/dist/leaflet.js",
        "/api/events?limit=1", "/api/openapi.json", "/api/nothing-here")) {
      HttpResponse<String> r = get(path);
      assertEquals("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none';"
          + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
          r.headers().firstValue("Content-Security-Policy").orElse("none on " + path), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse("none on " + path), path);
    }
  }

  @Test
  void pageHasNoInlineScriptsOrStyles() throws Exception {
    String page = get("/").body();
    assertTrue(page.contains("<script src=\"/app.js\" defer></script>"), page);
    assertEquals(List.of(), inline(page, "<script(?![^>]*\\ssrc=)[^>]*>"), "scripts without src");
    assertEquals(List.of(), inline(page, "<style[\\s>]|\\sstyle=|\\son[a-z]+="), "inline styles and handlers");
  }

  private static List<String> inline(String page, String regex) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(page);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A row of a format=columns answer as the object format=objects gives, in JSON. */
  private static String objectOf(List<String> names, JsonNode row) {
    ObjectNode object = JSON.createObjectNode();
    for (int i = 0; i < names.size(); i++) {
      object.set(names.get(i), row.get(i));
    }
    return object.toString();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("events").forEach(e -> ids.add(e.get("sitrep_event_id").asText()));
    return ids;
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
