package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * One headless Chromium page, driven over the DevTools protocol: opens a URL and evaluates a
 * script in it. For benchmarks of the page; tests drive Chromium with Selenium instead.
 */
final class HeadlessChromium implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final Replies replies;

  private HeadlessChromium(Process process, Path profile, WebSocket socket, Replies replies) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
    this.replies = replies;
  }

  /** The Chromium to use: {@code CHROMIUM}, else Debian's. */
  static Path binary() {
    return Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  }

  /** Starts Chromium showing {@code url}; throws when it does not come up within 30 s. */
  static HeadlessChromium open(String url) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("sitrep-chromium-");
    Process process = new ProcessBuilder(binary().toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--window-size=1280,800", "--remote-debugging-port=0", "--user-data-dir=" + profile, url)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!(Files.exists(portFile) && Files.readString(portFile).contains("\n")) && System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("Chromium (" + binary() + ") exited with " + process.exitValue());
      }
      Thread.sleep(50);
    }
    if (!Files.exists(portFile)) {
      process.destroyForcibly();
      throw new IOException("Chromium did not open its DevTools port within 30 s");
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
    HttpClient http = HttpClient.newHttpClient();
    String pages = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
    String socketUrl = null;
    for (JsonNode page : JSON.readTree(pages)) {
      if ("page".equals(page.path("type").asText())) {
        socketUrl = page.get("webSocketDebuggerUrl").asText();
      }
    }
    if (socketUrl == null) {
      process.destroyForcibly();
      throw new IOException("Chromium shows no page");
    }
    Replies replies = new Replies();
    WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
        .buildAsync(URI.create(socketUrl), replies).join();
    return new HeadlessChromium(process, profile, socket, replies);
  }

  /** Loads the page again; its globals are gone until it has. */
  void reload() throws Exception {
    try {
      evaluate("location.reload(), 'reloading'", Duration.ofSeconds(5));
    } catch (IOException e) {
      // the reload may destroy the context before the reply: expected
    }
  }

  /**
   * The value of {@code expression} evaluated in the page, awaiting it when it is a promise;
   * the value must be a string.
   */
  String evaluate(String expression, Duration timeout) throws Exception {
    replies.inbox = new CompletableFuture<>();
    Map<String, Object> call = Map.of("id", 1, "method", "Runtime.evaluate",
        "params", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
    socket.sendText(JSON.writeValueAsString(call), true).join();
    JsonNode reply = JSON.readTree(replies.inbox.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
    if (reply.has("error")) { // e.g. the page navigated away while the promise was pending
      throw new IOException("Chromium: " + reply.get("error").path("message").asText());
    }
    JsonNode result = reply.path("result");
    if (result.has("exceptionDetails")) {
      throw new IOException("the page threw: " + result.get("exceptionDetails").path("exception").path("description").asText());
    }
    return result.path("result").path("value").asText();
  }

  @Override
  public void close() throws IOException {
    socket.abort();
    process.destroy();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.destroyForcibly();
    try (var files = Files.walk(profile)) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Chromium may still be writing its profile; a temporary folder left behind is harmless.
    }
  }

  /** Collects the text frames of the one reply awaited at a time (id 1); events are ignored. */
  private static final class Replies implements WebSocket.Listener {
    volatile CompletableFuture<String> inbox = new CompletableFuture<>();
    private final StringBuilder frame = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      frame.append(data);
      if (last) {
        String text = frame.toString();
        frame.setLength(0);
        if (text.startsWith("{\"id\":1,")) {
          inbox.complete(text);
        }
      }
      socket.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      inbox.completeExceptionally(error);
    }
  }
}
