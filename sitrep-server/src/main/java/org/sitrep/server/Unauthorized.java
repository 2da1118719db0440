package org.sitrep.server;

/** The request has no token, or one the store does not know: 401, with a Bearer challenge. */
final class Unauthorized extends RuntimeException {

  private final String challenge;

  /**
   * @param challenge the {@code WWW-Authenticate} header's value
   */
  Unauthorized(String message, String challenge) {
    super(message);
    this.challenge = challenge;
  }

  String challenge() {
    return challenge;
  }
}
