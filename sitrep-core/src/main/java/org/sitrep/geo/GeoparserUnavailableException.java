package org.sitrep.geo;

/** No geoparser or gazetteer is installed; the message says what to run. */
public final class GeoparserUnavailableException extends RuntimeException {

  public GeoparserUnavailableException(String message) {
    super(message);
  }

  public GeoparserUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
