package org.sitrep.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Fetches a news feed over HTTP or HTTPS and reads its articles with {@link FeedArticles}; every
 * article's origin is the URL asked for.
 *
 * <p>Redirects are followed (not from HTTPS to HTTP); the connection and the whole exchange have
 * time limits and the body a size limit. The body is decoded by its byte-order mark, else the
 * charset of its {@code Content-Type}, else its XML declaration, else as UTF-8. Anything that
 * stops the feed being read (a URL that is not http(s), an unknown host, a refused connection, a
 * timeout, an HTTP error, a body too big or not a feed) raises an {@link UnreadableInputException}
 * whose one-line message names the URL and the problem.
 *
 * <p>Thread-safe and immutable: one {@link HttpClient}, itself thread-safe, serves every fetch.
 */
public final class FeedFetcher {

  /** The {@code User-Agent} sent with every request. */
  public static final String USER_AGENT = "Sitrep/0.1";

  private static final String ACCEPT =
      "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9,"
          + " text/xml;q=0.9, */*;q=0.8";
  private static final Pattern CHARSET =
      Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
  private static final Pattern XML_ENCODING =
      Pattern.compile("\\A<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  /**
   * How long a fetch may take and how much it may read.
   *
   * @param connectTimeout the limit on opening the connection
   * @param requestTimeout the limit on the whole exchange, from request to the body's last byte
   * @param maxBytes the largest body read
   */
  public record Limits(Duration connectTimeout, Duration requestTimeout, long maxBytes) {

    /** 10 seconds to connect, 60 for the exchange, and {@link ArticleReader}'s 50 MB. */
    public static final Limits DEFAULT =
        new Limits(
            Duration.ofSeconds(10), Duration.ofSeconds(60), ArticleReader.DEFAULT_MAX_BYTES);

    /** Checks that the timeouts and the size are positive. */
    public Limits {
      Objects.requireNonNull(connectTimeout, "connectTimeout");
      Objects.requireNonNull(requestTimeout, "requestTimeout");
      if (connectTimeout.isNegative() || connectTimeout.isZero()) {
        throw new IllegalArgumentException("connectTimeout must be positive: " + connectTimeout);
      }
      if (requestTimeout.isNegative() || requestTimeout.isZero()) {
        throw new IllegalArgumentException("requestTimeout must be positive: " + requestTimeout);
      }
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
      }
    }
  }

  private final Limits limits;
  private final HttpClient client;

  /** A fetcher with the {@link Limits#DEFAULT default limits}. */
  public FeedFetcher() {
    this(Limits.DEFAULT);
  }

  /** A fetcher with the given limits. */
  public FeedFetcher(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(limits.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * Fetches the feed at {@code url} and reads its articles.
   *
   * @throws UnreadableInputException when the feed cannot be fetched or is not a feed; its {@link
   *     UnreadableInputException#file() file} is {@code url}
   */
  public ReadResult fetch(String url) throws UnreadableInputException {
    URI uri = webUri(url);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(limits.requestTimeout())
            .header("User-Agent", USER_AGENT)
            .header("Accept", ACCEPT)
            .build();
    HttpResponse<byte[]> response = send(request, url);
    int status = response.statusCode();
    if (status >= 300 && status < 400) {
      String to = response.headers().firstValue("Location").orElse("nowhere");
      throw new UnreadableInputException(
          url, "HTTP " + status + ": redirect to " + to + " not followed");
    }
    if (status < 200 || status >= 300) {
      throw new UnreadableInputException(url, "HTTP " + status + statusText(status));
    }
    if (response.body().length == 0) {
      throw new UnreadableInputException(url, "empty response");
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    DecodedText decoded = decode(response.body(), contentType, url);
    String warning =
        decoded.warning() == null
            ? null
            : UnreadableInputException.display(url) + ": " + decoded.warning();
    return FeedArticles.read(decoded.text(), url, response.uri().toString()).withWarning(warning);
  }

  /** {@code url} as a URI when it is an absolute http or https URL with a host. */
  private static URI webUri(String url) throws UnreadableInputException {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new UnreadableInputException(url, "not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      String what = scheme.isEmpty() ? "no scheme" : "scheme \"" + scheme + "\"";
      throw new UnreadableInputException(url, "not an http or https URL (" + what + ")");
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new UnreadableInputException(url, "URL without a host");
    }
    return uri;
  }

  /** Sends {@code request}, waiting no longer than the request timeout for the whole exchange. */
  private HttpResponse<byte[]> send(HttpRequest request, String url)
      throws UnreadableInputException {
    CompletableFuture<HttpResponse<byte[]>> future =
        client.sendAsync(
            request,
            info ->
                info.statusCode() >= 200 && info.statusCode() < 300
                    ? new CappedBody(limits.maxBytes())
                    : HttpResponse.BodySubscribers.replacing(new byte[0]));
    try {
      return future.get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new UnreadableInputException(
          url, "timed out after " + seconds(limits.requestTimeout()));
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new UnreadableInputException(url, "interrupted");
    } catch (ExecutionException e) {
      throw new UnreadableInputException(url, problem(e.getCause(), request.uri()));
    }
  }

  /** What went wrong, in a few words, for the failure {@code e} of a request to {@code uri}. */
  private String problem(Throwable e, URI uri) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof TooBigException) {
        return "too big: more than " + megabytes(limits.maxBytes()) + " (the limit)";
      }
      if (t instanceof HttpConnectTimeoutException) {
        return "connection timed out after " + seconds(limits.connectTimeout());
      }
      if (t instanceof HttpTimeoutException) {
        return "timed out after " + seconds(limits.requestTimeout());
      }
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return "unknown host " + uri.getHost();
      }
      if (t instanceof SSLException) {
        return "TLS failed: " + message(t);
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException) {
        return "connection refused by " + uri.getHost() + port(uri);
      }
    }
    return "cannot be fetched: " + message(e);
  }

  /**
   * Decodes the body: a byte-order mark first, then the {@code Content-Type} charset, then the XML
   * declaration's encoding, then UTF-8 (with {@link TextDecoder}'s windows-1252 fallback).
   */
  static DecodedText decode(byte[] body, String contentType, String url)
      throws UnreadableInputException {
    if (TextDecoder.hasByteOrderMark(body)) {
      return TextDecoder.decode(body, url);
    }
    String declared = firstGroup(CHARSET, contentType);
    if (declared == null) {
      String start = new String(body, 0, Math.min(body.length, 512), StandardCharsets.ISO_8859_1);
      declared = firstGroup(XML_ENCODING, start);
    }
    if (declared == null) {
      return TextDecoder.decode(body, url);
    }
    Charset charset;
    try {
      charset = Charset.forName(declared);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      DecodedText text = TextDecoder.decode(body, url);
      String also = text.warning() == null ? "" : "; " + text.warning();
      return new DecodedText(text.text(), "unknown charset \"" + declared + "\" ignored" + also);
    }
    if (charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII)) {
      return TextDecoder.decode(body, url);
    }
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
      return new DecodedText(text, null);
    } catch (CharacterCodingException e) {
      return new DecodedText(
          new String(body, charset), "not valid " + charset.name() + ", bad bytes replaced");
    }
  }

  private static String firstGroup(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  private static String statusText(int status) {
    String text =
        switch (status) {
          case 400 -> "Bad Request";
          case 401 -> "Unauthorized";
          case 403 -> "Forbidden";
          case 404 -> "Not Found";
          case 410 -> "Gone";
          case 429 -> "Too Many Requests";
          case 500 -> "Internal Server Error";
          case 502 -> "Bad Gateway";
          case 503 -> "Service Unavailable";
          case 504 -> "Gateway Timeout";
          default -> null;
        };
    return text == null ? "" : " (" + text + ")";
  }

  private static String port(URI uri) {
    return uri.getPort() < 0 ? "" : ":" + uri.getPort();
  }

  private static String message(Throwable t) {
    String m = t.getMessage();
    return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.strip().split("\\R")[0];
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  private static String megabytes(long bytes) {
    if (bytes < 1024 * 1024) {
      return bytes + " bytes";
    }
    double mb = bytes / (1024.0 * 1024.0);
    return mb == Math.rint(mb)
        ? String.format(Locale.ROOT, "%d MB", (long) mb)
        : String.format(Locale.ROOT, "%.1f MB", mb);
  }

  /** The body's bytes, the exchange cancelled as soon as they pass the limit. */
  private static final class CappedBody implements BodySubscriber<byte[]> {

    private final long maxBytes;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    CappedBody(long maxBytes) {
      this.maxBytes = maxBytes;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + (long) buffer.remaining() > maxBytes) {
          subscription.cancel();
          result.completeExceptionally(new TooBigException());
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable e) {
      result.completeExceptionally(e);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }

  /** The body passed the size limit. */
  private static final class TooBigException extends IOException {
    private static final long serialVersionUID = 1L;
  }
}
