package org.sitrep.server;

import java.nio.file.Path;

/**
 * How a server listens, what it serves beside the API, and who may read.
 *
 * @param host the address to bind, {@code 127.0.0.1} unless the server is meant to be reached
 *     from other machines
 * @param port the port; 0 picks a free one
 * @param readsNeedToken true when reading the API's events needs a token too, as writing always
 *     does (any token the store made, whatever its rights)
 * @param home the Sitrep home: places added through the API go into its gazetteer, and its
 *     {@code basemap} folder is served at {@code /basemap}; null when there is none (places added
 *     then only place the waiting events, and the page draws no countries)
 */
public record ServerConfig(String host, int port, boolean readsNeedToken, Path home) {

  public ServerConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("a port is 0 to 65535, was " + port);
    }
  }

  /** The folder holding {@code countries.geojson}, or null without a home. */
  public Path basemap() {
    return home == null ? null : home.resolve("basemap");
  }
}
