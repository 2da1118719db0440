package org.sitrep.server;

/** What the request needs cannot work now (the pipeline did not load): 503. */
final class Unavailable extends RuntimeException {

  Unavailable(String message) {
    super(message);
  }

  Unavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
