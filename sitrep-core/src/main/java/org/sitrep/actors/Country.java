package org.sitrep.actors;

import java.util.List;

/**
 * A country as ACLED names it.
 *
 * @param iso3 ISO 3166-1 alpha-3 code
 * @param iso2 ISO 3166-1 alpha-2 code
 * @param name ACLED's spelling
 * @param adjectives demonym adjectives used in news ("Syrian")
 * @param aliases other names ("Burma")
 * @param forcesName the name inside state-force names ("Military Forces of the Philippines")
 */
public record Country(
    String iso3, String iso2, String name, List<String> adjectives, List<String> aliases, String forcesName) {

  public Country {
    adjectives = List.copyOf(adjectives);
    aliases = List.copyOf(aliases);
  }
}
