package org.sitrep.server;

/** The request's token is known but lacks the right the action needs: 403. */
final class Forbidden extends RuntimeException {

  Forbidden(String message) {
    super(message);
  }
}
