package org.sitrep.server;

import io.javalin.security.RouteRole;
import org.sitrep.store.Right;

/** What a route needs of the request's token: {@link BearerAuth} checks it before the route runs. */
enum Access implements RouteRole {
  /** Any token the store made, when reads are closed by configuration; else none. */
  READ(null),
  /** A token with the right to review events. */
  REVIEW(Right.REVIEW),
  /** A token with the right to post articles. */
  INGEST(Right.INGEST);

  private final Right right;

  Access(Right right) {
    this.right = right;
  }

  /** The right the token needs; null when any token will do. */
  Right right() {
    return right;
  }
}
