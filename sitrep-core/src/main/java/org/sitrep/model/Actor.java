package org.sitrep.model;

import java.util.Objects;

/**
 * A party to an event, named as ACLED names it.
 *
 * @param name the ACLED-style name, e.g. {@code Military Forces of Syria (2000-)}
 * @param inter ACLED's actor type code (1 state forces ... 8 external/other forces) as the actor is
 *     in its own country; a claim may code a foreign state force as 8
 * @param country ISO 3166-1 alpha-3 code of the actor's country, or null for transnational actors
 */
public record Actor(String name, int inter, String country) {

  public Actor {
    Objects.requireNonNull(name, "name");
    if (inter < 1 || inter > 8) {
      throw new IllegalArgumentException("inter code must be 1..8, was " + inter + " for " + name);
    }
  }
}
