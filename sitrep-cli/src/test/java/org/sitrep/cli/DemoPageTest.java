package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page {@code ./sitrep demo} serves, in a real headless Chromium: the founding article's
 * events on the map, a filter, an event's claims with their evidence, confirming it. The demo runs as its own
 * process with a gazetteer of the founding article's places; the screenshot is left in
 * {@code target/demo-page.png}.
 */
class DemoPageTest {

  @TempDir static Path dir;
  private static Path downloads;
  private static Process demo;
  private static String url;
  private static WebDriver browser;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void startDemoAndBrowser() throws Exception {
    Path home = Files.createDirectories(dir.resolve("home"));
    Path places = dir.resolve("founding-places.txt");
    Path supplement = dir.resolve("supplement.txt");
    copy("/org/sitrep/cli/founding-places.txt", places);
    copy("/org/sitrep/gazetteer/supplement.txt", supplement);
    Process gazetteer = sitrep(home, "gazetteer", "import", places.toString(), supplement.toString())
        .redirectOutput(dir.resolve("gazetteer.log").toFile()).start();
    assertTrue(gazetteer.waitFor(3, TimeUnit.MINUTES) && gazetteer.exitValue() == 0,
        "the gazetteer was built: " + Files.readString(dir.resolve("gazetteer.log")));
    Path examples = Path.of("").toAbsolutePath().getParent().resolve("examples");
    demo = sitrep(home, "demo", "--port", "0", "--examples", examples.toString()).start();
    url = listeningUrl(demo, "demo");
    downloads = Files.createDirectories(dir.resolve("downloads"));
    browser = chromium();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (demo != null) {
      demo.destroy();
      demo.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void showsTheFoundingArticlesEventsAndTheirEvidence() throws Exception {
    browser.get(url);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-rendered", "true"));
    List<String> placed = eventIds("");
    assertTrue(placed.size() >= 8, "the founding article's events have points: " + placed);
    assertEquals(placed.size(), shownOnMap(), "every event with a point is a marker or in a cluster");

    // A filter: the one event that a party only claims (pro-Assad sources: the army attacked Saraqib).
    List<String> claimed = eventIds("modality=claimed");
    assertEquals(1, claimed.size(), claimed.toString());
    browser.findElement(By.id("f-modality")).sendKeys("claimed");
    browser.findElement(By.id("apply-filters")).click();
    By marker = By.cssSelector("path.sitrep-marker-uncertain[data-event-id='" + claimed.get(0) + "']");
    WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(marker));
    wait.until(d -> d.findElements(By.cssSelector("path.sitrep-marker")).size() == 1);

    shown.click();
    WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-panel")));
    WebElement claim = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#event-panel .claim")));
    assertTrue(claim.getText().contains("pro-Assad sources"), claim.getText());
    List<String> evidence = new ArrayList<>();
    panel.findElements(By.cssSelector("mark.evidence")).forEach(m -> evidence.add(m.getText()));
    assertTrue(evidence.stream().anyMatch(m -> m.contains("Saraqib")), "the place's words are marked: " + evidence);
    assertTrue(evidence.contains("some pro-Assad sources"), "so are the speaker's: " + evidence);

    // Confirming it needs a token with the right to review.
    enterToken(token("page-test"));
    panel.findElement(By.cssSelector("button.review-confirm")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#event-panel .badge.review-state[data-value='confirmed']")));
    assertEquals("confirmed", event(claimed.get(0)).get("sitrep_review_state").asText());
    browser.findElement(By.id("view-table")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#events-table tbody tr")));
    browser.findElement(By.id("view-map")).click();
    assertNoPolicyViolations();
    Path shot = Path.of("target", "demo-page.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /**
   * The places view lists a place no gazetteer knew (made here by clearing an event's point and
   * naming its place with markup, which must show as text); adding it with the form gives the
   * event the point and puts it back on the map.
   */
  @Test
  void addsAPlaceNoGazetteerKnewFromThePlacesView() throws Exception {
    String token = token("places-test");
    List<String> placed = eventIds("");
    placed.removeAll(eventIds("modality=claimed")); // the other test filters for the claimed one
    String id = placed.get(placed.size() - 1);
    String name = "Kafr <b>Test</b> <img src=x>";
    String noPoint = JSON.createObjectNode().put("location", name).putNull("latitude").putNull("longitude").toString();
    HttpResponse<String> cleared = send("PATCH", "api/events/" + URLEncoder.encode(id, StandardCharsets.UTF_8), token, noPoint);
    assertEquals(200, cleared.statusCode(), cleared.body());
    int withPoints = eventIds("").size();

    browser.get("about:blank"); // a new document, whatever the other test left
    browser.get(url);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-rendered", "true"));
    assertEquals(withPoints, shownOnMap(), "the event without a point is not on the map");
    browser.findElement(By.id("view-places")).click();
    By row = By.xpath("//table[@id='places-table']/tbody/tr[td[1][.='" + name + "']]");
    WebElement place = wait.until(ExpectedConditions.visibilityOfElementLocated(row));
    assertEquals("1", place.findElements(By.tagName("td")).get(2).getText());
    assertTrue(browser.findElements(By.cssSelector("#places-table img, #places-table b")).isEmpty(),
        "the place's name is text, not markup");

    enterToken(token);
    place.findElement(By.name("latitude")).sendKeys("35.8123");
    place.findElement(By.name("longitude")).sendKeys("36.7012");
    place.findElement(By.name("country")).sendKeys("sy");
    place.findElement(By.cssSelector("button.place-add")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(row));
    JsonNode event = event(id);
    assertEquals(35.8123, event.get("latitude").asDouble());
    assertEquals(36.7012, event.get("longitude").asDouble());
    browser.findElement(By.id("view-map")).click();
    wait.until(d -> shownOnMap() == withPoints + 1);
    assertNoPolicyViolations();
  }

  /**
   * Served with --reads-need-token, the page shows nothing without a token; with one it shows the
   * events, and its CSV link downloads them with the token (the plain link would get 401).
   */
  @Test
  void readsAndDownloadsTheCsvWithTheTokenWhenReadsNeedOne() throws Exception {
    Path home = dir.resolve("home");
    Process closed = sitrep(home, "serve", "--port", "0", "--reads-need-token",
        "--db", home.resolve("demo").resolve("sitrep.db").toString()).start();
    try {
      String closedUrl = listeningUrl(closed, "serve");
      String token = token("csv-test");
      browser.get(closedUrl);
      WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
      wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-rendered", "error"));
      assertTrue(browser.findElement(By.id("message")).getText().contains("401"),
          browser.findElement(By.id("message")).getText());

      enterToken(token);
      browser.navigate().refresh(); // the tab keeps the token
      wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-rendered", "true"));
      assertEquals(eventIds("").size(), shownOnMap());
      browser.findElement(By.id("view-table")).click();
      browser.findElement(By.id("csv-download")).click();
      Path csv = downloads.resolve("sitrep-events.csv");
      wait.until(d -> Files.exists(csv));
      HttpResponse<String> export = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(closedUrl + "api/export.csv")).header("Authorization", "Bearer " + token).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, export.statusCode());
      assertTrue(export.body().startsWith("event_id_cnty,"), export.body());
      assertEquals(export.body(), Files.readString(csv));
      assertNoPolicyViolations();
    } finally {
      closed.destroy();
      closed.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** The page ran under its Content-Security-Policy without anything blocked. */
  private static void assertNoPolicyViolations() {
    List<String> violations = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      if (entry.getMessage().contains("Content Security Policy")) {
        violations.add(entry.getMessage());
      }
    }
    assertEquals(List.of(), violations);
  }

  /** Types the token into the page's token field, replacing the one the tab kept. */
  private static void enterToken(String token) {
    WebElement field = browser.findElement(By.id("api-token"));
    field.clear();
    field.sendKeys(token);
  }

  /** A new reviewer's token for the demo's store, from {@code ./sitrep token create}. */
  private static String token(String name) throws Exception {
    Path home = dir.resolve("home");
    Process create = sitrep(home, "token", "create", name, "--db", home.resolve("demo").resolve("sitrep.db").toString())
        .start();
    String token = new String(create.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(create.waitFor(2, TimeUnit.MINUTES) && create.exitValue() == 0, "token create");
    return token;
  }

  private static HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + path))
        .method(method, HttpRequest.BodyPublishers.ofString(body))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json").build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode event(String id) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "api/events/" + URLEncoder.encode(id, StandardCharsets.UTF_8))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  /** Markers shown one by one plus the events counted in clusters. */
  private static int shownOnMap() {
    int markers = browser.findElements(By.cssSelector("path.sitrep-marker")).size();
    int clustered = 0;
    for (WebElement c : browser.findElements(By.cssSelector(".marker-cluster span"))) {
      clustered += Integer.parseInt(c.getText().strip());
    }
    return markers + clustered;
  }

  /** The ids of the events with a point that pass {@code query}, from the API the page uses. */
  private static List<String> eventIds(String query) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "api/events?limit=10000&" + query)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    List<String> ids = new ArrayList<>();
    for (JsonNode e : JSON.readTree(r.body()).get("events")) {
      if (!e.get("latitude").isNull()) {
        ids.add(e.get("sitrep_event_id").asText());
      }
    }
    return ids;
  }

  private static ProcessBuilder sitrep(Path home, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx2g",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(command);
    b.environment().put("SITREP_HOME", home.toString());
    b.environment().remove("SITREP_DB");
    b.redirectError(dir.resolve("demo-" + args[0] + ".err").toFile());
    return b;
  }

  /** Waits for the "Listening on URL" line of demo or serve: the demo's comes once the examples are read. */
  private static String listeningUrl(Process p, String command) throws Exception {
    CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l = out.readLine(); l != null; l = out.readLine()) {
          if (l.startsWith("Listening on ")) {
            return l.substring("Listening on ".length()).strip();
          }
        }
        return null;
      } catch (IOException e) {
        return null;
      }
    });
    String found = line.get(5, TimeUnit.MINUTES);
    assertFalse(found == null, command + " said where it listens: " + Files.readString(dir.resolve("demo-" + command + ".err")));
    return found;
  }

  /**
   * Headless Chromium through chromedriver; {@code CHROMIUM} and {@code CHROMEDRIVER} override the
   * Debian paths (.ci/run installs both).
   */
  private static WebDriver chromium() {
    Path binary = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    Path driver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    assertTrue(Files.isExecutable(binary) && Files.isExecutable(driver),
        "needs Chromium and chromedriver (apt-get install chromium chromium-driver), looked for " + binary + " and " + driver);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(binary.toFile());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL); // the console, where blocked inline scripts and styles are reported
    options.setCapability("goog:loggingPrefs", logs);
    options.setExperimentalOption("prefs", Map.of(
        "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--window-size=1280,800");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
    return new ChromeDriver(service, options);
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = DemoPageTest.class.getResourceAsStream(resource)) {
      Files.copy(in, to);
    }
  }
}
