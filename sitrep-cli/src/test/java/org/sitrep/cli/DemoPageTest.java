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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
    url = listeningUrl(demo);
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
    browser.findElement(By.id("api-token")).sendKeys(token());
    panel.findElement(By.cssSelector("button.review-confirm")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#event-panel .badge.review-state[data-value='confirmed']")));
    assertEquals("confirmed", event(claimed.get(0)).get("sitrep_review_state").asText());
    Path shot = Path.of("target", "demo-page.png");
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  /** A new reviewer's token for the demo's store, from {@code ./sitrep token create}. */
  private static String token() throws Exception {
    Path home = dir.resolve("home");
    Process create = sitrep(home, "token", "create", "page-test", "--db", home.resolve("demo").resolve("sitrep.db").toString())
        .start();
    String token = new String(create.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertTrue(create.waitFor(2, TimeUnit.MINUTES) && create.exitValue() == 0, "token create");
    return token;
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

  /** Waits for the demo's "Listening on URL" line: it comes once the examples are read. */
  private static String listeningUrl(Process p) throws Exception {
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
    assertFalse(found == null, "the demo said where it listens: " + Files.readString(dir.resolve("demo-demo.err")));
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
