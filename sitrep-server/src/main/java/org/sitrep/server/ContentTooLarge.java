package org.sitrep.server;

/** The request's body is larger than the API takes: 413. */
final class ContentTooLarge extends RuntimeException {

  ContentTooLarge(String message) {
    super(message);
  }
}
