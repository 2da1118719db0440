package org.sitrep.server;

/** A request the API cannot answer as asked; its message names the parameter and the problem. */
final class BadRequest extends RuntimeException {

  BadRequest(String message) {
    super(message);
  }
}
