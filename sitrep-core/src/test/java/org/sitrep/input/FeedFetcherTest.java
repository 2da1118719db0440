package org.sitrep.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

/** Fetches from a real HTTP server on 127.0.0.1, on a port of the system's choosing. */
class FeedFetcherTest {

  private static final String FEED =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\"><channel><title>Harbour Herald</title>\n"
          + "<item><title>Strike at the Quayside docks</title>"
          + "<link>https://herald.example/strike</link>"
          + "<description>&lt;p&gt;Dockers in Quayside walked out on Friday.&lt;/p&gt;"
          + "</description><pubDate>Fri, 10 May 2024 18:00:00 +0000</pubDate></item>\n"
          + "<item><title>Arrests after Brenmoor riot</title>"
          + "<description>Police held 14 people.</description></item>\n"
          + "</channel></rss>\n";

  private static HttpServer server;
  private static ExecutorService handlers;
  private static final AtomicReference<String> userAgent = new AtomicReference<>();

  private final FeedFetcher fetcher = new FeedFetcher();

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    handlers = Executors.newCachedThreadPool();
    server.setExecutor(handlers);
    server.createContext(
        "/feed.xml",
        x -> {
          userAgent.set(x.getRequestHeaders().getFirst("User-Agent"));
          respond(x, 200, "application/rss+xml; charset=utf-8", bytes(FEED));
        });
    server.createContext("/missing", x -> respond(x, 404, "text/plain", bytes("no such feed")));
    server.createContext("/broken", x -> respond(x, 500, "text/plain", bytes("oops")));
    server.createContext("/moved", x -> redirect(x, "/feed.xml"));
    server.createContext("/loop", x -> redirect(x, "/loop"));
    server.createContext(
        "/page.html",
        x ->
            respond(
                x,
                200,
                "text/html; charset=utf-8",
                bytes("<!DOCTYPE html><html><body><p>Welcome.</p></body></html>")));
    server.createContext(
        "/latin",
        x ->
            respond(
                x,
                200,
                "application/rss+xml; charset=ISO-8859-1",
                latinFeed("", "ISO-8859-1")));
    server.createContext(
        "/declared",
        x ->
            respond(
                x,
                200,
                "text/xml",
                latinFeed("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n", "windows-1252")));
    server.createContext(
        "/slow",
        x -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          respond(x, 200, "application/rss+xml", bytes(FEED));
        });
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
    handlers.shutdownNow();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] latinFeed(String declaration, String charset) {
    String feed =
        declaration
            + "<rss version=\"2.0\"><channel><title>Le Courrier</title><item>"
            + "<title>Affrontements à Ségou</title>"
            + "<description>Des tirs ont été entendus.</description></item></channel></rss>";
    return feed.getBytes(Charset.forName(charset));
  }

  private static void respond(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private static void redirect(HttpExchange x, String to) throws IOException {
    x.getResponseHeaders().set("Location", to);
    x.sendResponseHeaders(302, -1);
    x.close();
  }

  private String problem(FeedFetcher f, String url) {
    return assertThrows(UnreadableInputException.class, () -> f.fetch(url)).getMessage();
  }

  @Test
  void fetchesAFeedAndReadsItsItems() throws Exception {
    ReadResult result = fetcher.fetch(url("/feed.xml"));
    assertEquals(List.of(), result.warnings());
    assertEquals(2, result.articles().size());
    Article first = result.articles().get(0);
    assertEquals(
        "Strike at the Quayside docks\n\nDockers in Quayside walked out on Friday.", first.text());
    assertEquals("https://herald.example/strike", first.url());
    assertEquals("Harbour Herald", first.source());
    assertEquals(LocalDate.of(2024, 5, 10), first.published());
    assertEquals(url("/feed.xml"), first.origin());
    assertEquals(
        "Arrests after Brenmoor riot\n\nPolice held 14 people.", result.articles().get(1).text());
    assertEquals("Sitrep/0.1", userAgent.get());
  }

  @Test
  void followsRedirectsAndKeepsTheUrlAskedForAsOrigin() throws Exception {
    ReadResult result = fetcher.fetch(url("/moved"));
    assertEquals(2, result.articles().size());
    assertEquals(url("/moved"), result.articles().get(0).origin());
  }

  @Test
  void reportsHttpErrors() {
    assertEquals(url("/missing") + ": HTTP 404 (Not Found)", problem(fetcher, url("/missing")));
    assertEquals(
        url("/broken") + ": HTTP 500 (Internal Server Error)", problem(fetcher, url("/broken")));
  }

  @Test
  void reportsEndlessRedirects() {
    assertEquals(
        url("/loop") + ": HTTP 302: redirect to /loop not followed",
        problem(fetcher, url("/loop")));
  }

  @Test
  void refusesAPageThatIsNotAFeed() {
    assertEquals(
        url("/page.html") + ": not an RSS or Atom feed (root element <html>)",
        problem(fetcher, url("/page.html")));
  }

  @Test
  void decodesByTheContentTypeCharset() throws Exception {
    Article a = fetcher.fetch(url("/latin")).articles().get(0);
    assertEquals("Affrontements à Ségou\n\nDes tirs ont été entendus.", a.text());
  }

  @Test
  void decodesByTheXmlDeclarationWhenTheContentTypeHasNoCharset() throws Exception {
    ReadResult result = fetcher.fetch(url("/declared"));
    assertEquals(List.of(), result.warnings());
    assertEquals("Affrontements à Ségou", result.articles().get(0).title());
  }

  @Test
  void givesUpOnASlowServer() {
    FeedFetcher impatient =
        new FeedFetcher(
            new FeedFetcher.Limits(Duration.ofSeconds(2), Duration.ofMillis(300), 1000));
    assertEquals(url("/slow") + ": timed out after 0.3 s", problem(impatient, url("/slow")));
  }

  @Test
  void refusesABodyOverTheSizeLimit() {
    FeedFetcher small =
        new FeedFetcher(new FeedFetcher.Limits(Duration.ofSeconds(2), Duration.ofSeconds(5), 100));
    assertEquals(
        url("/feed.xml") + ": too big: more than 100 bytes (the limit)",
        problem(small, url("/feed.xml")));
  }

  @Test
  void refusesUrlsThatAreNotHttp() {
    assertEquals(
        "file:///etc/passwd: not an http or https URL (scheme \"file\")",
        problem(fetcher, "file:///etc/passwd"));
    assertEquals(
        "ftp://herald.example/feed: not an http or https URL (scheme \"ftp\")",
        problem(fetcher, "ftp://herald.example/feed"));
    assertEquals(
        "herald.example/feed: not an http or https URL (no scheme)",
        problem(fetcher, "herald.example/feed"));
  }

  @Test
  void reportsARefusedConnection() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/feed";
    assertEquals(url + ": connection refused by 127.0.0.1:" + port, problem(fetcher, url));
  }

  @Test
  void reportsAnUnknownHost() {
    String url = "http://no-such-host.invalid/feed";
    assertEquals(url + ": unknown host no-such-host.invalid", problem(fetcher, url));
  }

  @Test
  void servesConcurrentFetchesFromOneInstance() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ReadResult>> results =
          pool.invokeAll(
              Collections.nCopies(16, () -> fetcher.fetch(url("/feed.xml"))));
      for (Future<ReadResult> r : results) {
        assertEquals(2, r.get().articles().size());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
