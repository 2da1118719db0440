package org.sitrep.server;

import io.javalin.http.Context;

/**
 * The headers every answer carries, the page and its assets as much as the API's JSON: a
 * Content-Security-Policy that lets the page run only its own scripts and styles (an article's
 * text that slipped into the DOM as markup could neither run nor load anything), and
 * {@code nosniff}, so that no answer is read as another type than it says.
 *
 * <p>Thread-safe: it holds nothing.
 */
final class SecurityHeaders {

  /**
   * Scripts, styles, fetches and images from this server only (images also as {@code data:}
   * URLs, which Leaflet's styles may use); no plugins, no {@code <base>}, not framed, forms sent
   * here only. Leaflet styles its elements through the DOM's style properties, which
   * {@code style-src 'self'} allows, so no {@code 'unsafe-inline'} is needed.
   */
  static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'", "img-src 'self' data:", "style-src 'self'", "script-src 'self'", "object-src 'none'",
      "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'");

  private SecurityHeaders() {}

  static void add(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
  }
}
