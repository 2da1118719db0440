package org.sitrep.cli;

import java.util.concurrent.CountDownLatch;
import org.sitrep.server.ClaimReader;
import org.sitrep.server.ServerConfig;
import org.sitrep.server.SitrepServer;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreLocation;

/** Serves a store until the process is stopped (Ctrl-C): what {@code serve} and {@code demo} share. */
final class Serving {

  private Serving() {}

  /**
   * Opens the store, starts the server, prints where it listens, and waits until the JVM shuts
   * down; returns an exit code when the server cannot start.
   *
   * @param reader reads the articles posted to the API
   */
  static int serve(Streams streams, StoreLocation location, ServerConfig config, ClaimReader reader) {
    Store store;
    try {
      store = Store.open(location);
    } catch (StoreException e) {
      streams.err().println("sitrep: serve: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    SitrepServer server;
    try {
      server = SitrepServer.start(config, store, reader);
    } catch (RuntimeException e) {
      store.close();
      streams.err().println("sitrep: serve: cannot listen on " + config.host() + ":" + config.port() + " ("
          + rootMessage(e) + "); is another server using it? Choose another with --port.");
      return ExitCode.FAILURE;
    }
    if (store.tokens().isEmpty()) {
      streams.err().println("sitrep: serve: no API tokens yet; writes need one: ./sitrep token create NAME");
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
      stopped.countDown();
    }, "sitrep-serve-shutdown"));
    streams.err().println("sitrep: serving " + location.display() + "; Ctrl-C stops");
    streams.out().println("Listening on http://" + config.host() + ":" + server.port() + "/");
    streams.out().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ExitCode.OK;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }
}
