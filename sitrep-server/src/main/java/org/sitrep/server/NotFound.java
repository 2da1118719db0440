package org.sitrep.server;

/** The request names something the store does not hold. */
final class NotFound extends RuntimeException {

  NotFound(String message) {
    super(message);
  }
}
