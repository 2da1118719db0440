package org.sitrep.server;

import io.javalin.http.Context;
import java.util.Locale;
import org.sitrep.store.Store;
import org.sitrep.store.Token;

/**
 * Checks a request's {@code Authorization: Bearer TOKEN} against the store's tokens before a
 * route runs, as its {@link Access} says, and keeps the token's name for the audit log.
 *
 * <p>Thread-safe: the store serialises the look-ups.
 */
final class BearerAuth {

  private static final String WHO = "sitrep.who";
  private static final String CHALLENGE = "Bearer realm=\"sitrep\"";

  private final Store store;
  private final boolean readsNeedToken;

  BearerAuth(Store store, boolean readsNeedToken) {
    this.store = store;
    this.readsNeedToken = readsNeedToken;
  }

  /**
   * Lets the request through to its route, or throws.
   *
   * @throws Unauthorized when the route needs a token and there is none, or an unknown one
   * @throws Forbidden when the token lacks the route's right
   */
  void check(Context ctx) {
    Access access = ctx.routeRoles().stream().filter(Access.class::isInstance).map(Access.class::cast)
        .findFirst().orElse(null);
    if (access == null || access == Access.READ && !readsNeedToken) {
      return;
    }
    Token token = store.token(presented(ctx)).orElseThrow(() -> new Unauthorized(
        "unknown token: it was not made by this store, or it was revoked", CHALLENGE + ", error=\"invalid_token\""));
    if (access.right() != null && !token.allows(access.right())) {
      throw new Forbidden("token '" + token.name() + "' lacks the right '" + access.right().label()
          + "': make one with ./sitrep token create NAME --rights " + access.right().label());
    }
    ctx.attribute(WHO, token.name());
  }

  /** The name of the token the request was let through with: who did it, for the audit log. */
  static String who(Context ctx) {
    return ctx.attribute(WHO);
  }

  private static String presented(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      throw new Unauthorized("this needs an API token: send 'Authorization: Bearer TOKEN' (make one with"
          + " ./sitrep token create NAME)", CHALLENGE);
    }
    String[] parts = header.strip().split("\\s+", 2);
    if (parts.length != 2 || !parts[0].toLowerCase(Locale.ROOT).equals("bearer")) {
      throw new Unauthorized("the Authorization header must be 'Bearer TOKEN'", CHALLENGE + ", error=\"invalid_request\"");
    }
    return parts[1].strip();
  }
}
