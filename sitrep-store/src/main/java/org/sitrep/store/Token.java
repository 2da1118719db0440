package org.sitrep.store;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An API token as the store knows it: never the token itself, which only its maker saw.
 *
 * @param name who holds it; review actions are logged under this name
 * @param rights what it allows beyond reading
 * @param createdAt when it was made
 */
public record Token(String name, Set<Right> rights, Instant createdAt) {

  public Token {
    rights = Collections.unmodifiableSet(rights.isEmpty() ? EnumSet.noneOf(Right.class) : EnumSet.copyOf(rights));
  }

  /** True when the token allows {@code right}. */
  public boolean allows(Right right) {
    return rights.contains(right);
  }
}
