package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.StoreClaims.ALEPPO;
import static org.sitrep.store.StoreClaims.NEAR_SARAQIB;
import static org.sitrep.store.StoreClaims.SARAQIB;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Place;
import org.sitrep.store.Right;
import org.sitrep.store.Store;
import org.sitrep.store.StoreClaims;
import org.sitrep.store.StoreLocation;

/**
 * The review API and POST /api/articles over a real SQLite store, through real HTTP, with tokens
 * of each kind. A stand-in pipeline reads every article as one Turkish shelling the day before it
 * was published, at Saraqib (near it when the text says "near Saraqib"; at Aleppo when it names
 * Aleppo), with the first number of the text as its toll. Each test posts its articles in a month
 * of its own, so that their events stay apart from the other tests'.
 */
class ReviewApiTest {

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  @TempDir static Path dir;
  private static Store store;
  private static SitrepServer open;
  private static SitrepServer closed;
  private static String reviewer;
  private static String poster;
  private static String reader;
  private static final AtomicInteger READ = new AtomicInteger();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void serve() {
    store = Store.open(StoreLocation.parse(dir.resolve("sitrep.db").toString()));
    reviewer = store.createToken("ana", EnumSet.of(Right.REVIEW));
    poster = store.createToken("feed-bot", EnumSet.of(Right.INGEST));
    reader = store.createToken("viewer", EnumSet.noneOf(Right.class));
    open = SitrepServer.start(new ServerConfig("127.0.0.1", 0, false, null), store, ReviewApiTest::shelling);
    closed = SitrepServer.start(new ServerConfig("127.0.0.1", 0, true, null), store, ReviewApiTest::shelling);
  }

  @AfterAll
  static void stop() {
    open.close();
    closed.close();
    store.close();
  }

  private static ClaimReader.Reading shelling(Article a) {
    READ.incrementAndGet();
    Matcher toll = NUMBER.matcher(a.text());
    Place place = a.text().contains("near Saraqib") ? NEAR_SARAQIB : a.text().contains("Aleppo") ? ALEPPO : SARAQIB;
    Claim claim = StoreClaims.shelling(a, 0, a.published().minusDays(1), place, toll.find() ? Integer.parseInt(toll.group()) : 0);
    return new ClaimReader.Reading(List.of(claim), "test");
  }

  private static HttpResponse<String> send(SitrepServer server, String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The answer's JSON, after checking its status. */
  private static JsonNode json(HttpResponse<String> r, int status) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  private static JsonNode write(String method, String path, String token, Object body) throws Exception {
    return json(send(open, method, path, token, body == null ? null : JSON.writeValueAsString(body)), 200);
  }

  /** Posts an article by the feed bot; the answer, with the events it reports. */
  private static JsonNode post(String text, String source, String published) throws Exception {
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("text", text);
    article.put("source", source);
    article.put("published", published);
    return write("POST", "/api/articles", poster, article);
  }

  private static String eventOf(JsonNode posted) {
    assertEquals(1, posted.get("events").size(), posted.toString());
    return posted.get("events").get(0).get("sitrep_event_id").asText();
  }

  @Test
  void refusesWritesWithoutATokenOrWithoutTheRight() throws Exception {
    String event = eventOf(post("Shelling killed 2 in Saraqib on Monday.", "Courier", "2020-01-05"));
    long articles = store.counts().articles();
    String claim = JSON.readTree(send(open, "GET", "/api/events/" + event, null, null).body())
        .get("claims").get(0).get("claim_id").asText();
    List<String[]> writes = List.of(
        new String[] {"POST", "/api/events/" + event + "/confirm", null, reviewer},
        new String[] {"POST", "/api/events/" + event + "/reject", null, reviewer},
        new String[] {"PATCH", "/api/events/" + event, "{\"fatalities\": 1}", reviewer},
        new String[] {"POST", "/api/events/" + event + "/merge", "{\"other\": \"x\"}", reviewer},
        new String[] {"POST", "/api/claims/" + claim + "/split", null, reviewer},
        new String[] {"POST", "/api/articles", "{\"text\": \"Shelling in Saraqib.\"}", poster});
    for (String[] w : writes) {
      String route = w[0] + " " + w[1];
      HttpResponse<String> none = send(open, w[0], w[1], null, w[2]);
      assertEquals(401, none.statusCode(), route);
      assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), route);
      assertTrue(JSON.readTree(none.body()).get("error").asText().contains("Authorization: Bearer"), route);
      HttpResponse<String> unknown = send(open, w[0], w[1], "not-a-token", w[2]);
      assertEquals(401, unknown.statusCode(), route);
      assertTrue(JSON.readTree(unknown.body()).get("error").asText().contains("unknown token"), route);
      String wrong = w[3].equals(reviewer) ? poster : reviewer;
      HttpResponse<String> forbidden = send(open, w[0], w[1], wrong, w[2]);
      assertEquals(403, forbidden.statusCode(), route);
      assertTrue(JSON.readTree(forbidden.body()).get("error").asText().contains("lacks the right"), route);
      assertEquals(403, send(open, w[0], w[1], reader, w[2]).statusCode(), route);
    }
    assertEquals(articles, store.counts().articles(), "no article stored by a refused request");
    assertEquals("unreviewed", json(send(open, "GET", "/api/events/" + event, null, null), 200)
        .get("sitrep_review_state").asText());
    assertEquals(0, json(send(open, "GET", "/api/audit?event=" + event, null, null), 200).get("entries").size());
    assertEquals(200, send(open, "POST", "/api/events/" + event + "/confirm", reviewer, null).statusCode());
  }

  @Test
  void confirmsAndRejectsAnsweringWithTheEventAndLoggingEachAction() throws Exception {
    String event = eventOf(post("Turkish shelling killed 4 in Saraqib, residents said.", "Herald", "2020-02-05"));
    JsonNode confirmed = write("POST", "/api/events/" + event + "/confirm", reviewer, null);
    assertEquals("confirmed", confirmed.get("sitrep_review_state").asText());
    assertEquals(1, confirmed.get("claims").size(), "the event with its claims");
    JsonNode rejected = write("POST", "/api/events/" + event + "/reject", reviewer, null);
    assertEquals("rejected", rejected.get("sitrep_review_state").asText());
    JsonNode log = json(send(open, "GET", "/api/audit?event=" + event, null, null), 200).get("entries");
    assertEquals(2, log.size());
    assertEquals("reject", log.get(0).get("action").asText(), "newest first");
    assertEquals("confirm", log.get(1).get("action").asText());
    assertEquals("ana", log.get(0).get("who").asText());
    assertEquals("confirmed", log.get(0).get("before").get("sitrep_review_state").asText());
    assertEquals("rejected", log.get(0).get("after").get("sitrep_review_state").asText());
    assertTrue(log.get(0).get("at").asText().startsWith(String.valueOf(LocalDate.now().getYear())));
    assertTrue(json(send(open, "GET", "/api/audit", null, null), 400).get("error").asText().contains("event"));
    assertTrue(json(send(open, "POST", "/api/events/no-such-event/confirm", reviewer, null), 404)
        .get("error").asText().contains("no-such-event"));
  }

  @Test
  void keepsAnEditedFieldWhenALaterArticleJoinsTheEvent() throws Exception {
    String event = eventOf(post("Turkish shelling killed 7 near Saraqib.", "Wire", "2020-03-05"));
    JsonNode edited = write("PATCH", "/api/events/" + event, reviewer, Map.of("fatalities", 9, "notes", "Checked."));
    assertEquals(9, edited.get("fatalities").asInt());
    assertEquals("edited", edited.get("sitrep_review_state").asText());
    assertEquals("fatalities;notes", edited.get("sitrep_reviewed_fields").asText());
    JsonNode joined = post("Five soldiers died in Saraqib under Turkish fire.", "Gazette", "2020-03-05");
    assertEquals(event, eventOf(joined), "the second article joins the event");
    JsonNode after = joined.get("events").get(0);
    assertEquals(2, after.get("sitrep_claims").asInt());
    assertEquals(9, after.get("fatalities").asInt(), "the analyst's toll, not the report's lower one");
    assertEquals("Checked.", after.get("notes").asText());
    assertEquals(1, after.get("geo_precision").asInt(), "a field no one edited takes the finer report");
    assertEquals("edit", json(send(open, "GET", "/api/audit?event=" + event, null, null), 200)
        .get("entries").get(0).get("action").asText());
  }

  @Test
  void mergesTwoEventsAndSplitsAClaimOff() throws Exception {
    String saraqib = eventOf(post("Shelling killed 3 in Saraqib at dawn.", "Dispatch", "2020-04-05"));
    String aleppo = eventOf(post("Shelling killed 6 in Aleppo at dawn.", "Dispatch", "2020-04-05"));
    JsonNode merged = write("POST", "/api/events/" + saraqib + "/merge", reviewer, Map.of("other", aleppo));
    assertEquals(2, merged.get("sitrep_claims").asInt());
    assertEquals(2, merged.get("claims").size());
    assertEquals(3, merged.get("fatalities").asInt());
    json(send(open, "GET", "/api/events/" + aleppo, null, null), 404);
    assertEquals(saraqib, json(send(open, "GET", "/api/audit?event=" + aleppo, null, null), 200)
        .get("entries").get(0).get("after").get("sitrep_event_id").asText(), "the merged event's log says where it went");

    String claim = merged.get("claims").get(1).get("claim_id").asText();
    JsonNode split = write("POST", "/api/claims/" + claim + "/split", reviewer, null);
    assertEquals(1, split.get("sitrep_claims").asInt());
    assertEquals(claim, split.get("claims").get(0).get("claim_id").asText());
    assertEquals(6, split.get("fatalities").asInt());
    JsonNode left = json(send(open, "GET", "/api/events/" + saraqib, null, null), 200);
    assertEquals(1, left.get("sitrep_claims").asInt());
    assertEquals(3, left.get("fatalities").asInt());
    assertTrue(json(send(open, "POST", "/api/claims/" + claim + "/split", reviewer, null), 400)
        .get("error").asText().contains("only claim"));
  }

  @Test
  void refusesBadBodiesNamingTheProblem() throws Exception {
    String event = eventOf(post("Shelling killed 1 in Saraqib overnight.", "Monitor", "2020-05-05"));
    String path = "/api/events/" + event;
    assertTrue(error(send(open, "PATCH", path, reviewer, "{\"fatalities\": "), 400).contains("not JSON"));
    assertTrue(error(send(open, "PATCH", path, reviewer, "[1, 2]"), 400).contains("JSON object"));
    assertTrue(error(send(open, "PATCH", path, reviewer, "{\"a\": 1} {}"), 400).contains("goes on after it"));
    assertTrue(error(send(open, "PATCH", path, reviewer, " "), 400).contains("empty"));
    assertTrue(error(send(open, "PATCH", path, reviewer, "{\"fatalities\": -1}"), 400).contains("fatalities"));
    assertTrue(error(send(open, "PATCH", path, reviewer, "{\"colour\": \"red\"}"), 400).contains("colour"));
    assertTrue(error(send(open, "PATCH", "/api/events/nothing", reviewer, "{\"fatalities\": 1}"), 404).contains("nothing"));
    assertTrue(error(send(open, "POST", path + "/merge", reviewer, "{}"), 400).contains("other"));
    assertTrue(error(send(open, "POST", path + "/merge", reviewer, "{\"other\": \"" + event + "\"}"), 400).contains("itself"));
    assertTrue(error(send(open, "POST", "/api/articles", poster, "{\"title\": \"No text\"}"), 400).contains("text"));
    assertTrue(error(send(open, "POST", "/api/articles", poster, "{\"text\": \"x\", \"published\": \"May 1\"}"), 400)
        .contains("published"));
    assertTrue(error(send(open, "POST", "/api/articles", poster, "{\"text\": \"x\", \"author\": \"y\"}"), 400)
        .contains("author"));
    String huge = "{\"text\": \"" + "x".repeat(JsonBody.MAX_BYTES) + "\"}";
    assertTrue(error(send(open, "POST", "/api/articles", poster, huge), 413).contains("larger"));
    assertEquals(List.of(), store.audit(event), "nothing logged for a refused edit");
  }

  private static String error(HttpResponse<String> r, int status) throws Exception {
    return json(r, status).get("error").asText();
  }

  @Test
  void readsAPostedArticleOnce() throws Exception {
    JsonNode first = post("Turkish shelling killed 8 near Saraqib, a monitor said.", "Observer", "2020-06-05");
    int read = READ.get();
    JsonNode again = post("Turkish shelling killed 8 near Saraqib, a monitor said.", "Observer", "2020-06-05");
    assertEquals(false, first.get("duplicate").asBoolean());
    assertEquals(true, again.get("duplicate").asBoolean());
    assertEquals(first.get("article_id"), again.get("article_id"));
    assertEquals(eventOf(first), eventOf(again), "the events the stored article reports");
    assertEquals(read, READ.get(), "not read again");
  }

  @Test
  void answers503WhenThePipelineCannotLoad() throws Exception {
    ClaimReader broken = ClaimReader.pipeline(() -> {
      throw new IllegalStateException("no CoreNLP models");
    });
    try (SitrepServer server = SitrepServer.start(new ServerConfig("127.0.0.1", 0, false, null), store, broken)) {
      HttpResponse<String> r = send(server, "POST", "/api/articles", poster, "{\"text\": \"Shelling in Saraqib.\"}");
      assertTrue(error(r, 503).contains("no CoreNLP models"), r.body());
    }
  }

  @Test
  void closesReadsByConfiguration() throws Exception {
    List<String> reads = new ArrayList<>(List.of("/api/events", "/api/events.geojson", "/api/export.csv",
        "/api/audit?event=x", "/api/events/x"));
    for (String path : reads) {
      HttpResponse<String> none = send(closed, "GET", path, null, null);
      assertEquals(401, none.statusCode(), path);
      assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), path);
      assertEquals(401, send(closed, "GET", path, "not-a-token", null).statusCode(), path);
      assertTrue(send(closed, "GET", path, reader, null).statusCode() != 401, path);
    }
    assertEquals(200, send(closed, "GET", "/api/events", reader, null).statusCode(), "any token reads");
    assertEquals(200, send(closed, "GET", "/api/openapi.json", null, null).statusCode(), "the description stays open");
    assertEquals(200, send(open, "GET", "/api/events", null, null).statusCode(), "reads are open by default");
  }
}
