package org.sitrep.gazetteer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Names of a city's district as ACLED writes them, the city first: "Mogadishu-Hodan", "Rio de
 * Janeiro-North Zone". A hyphen between a lowercase word end and a capital marks the join, so
 * "Port-au-Prince" is one name; "Ivano-Frankivsk" looks like a join too, which is why callers try
 * the whole name first.
 *
 * <p>Thread-safe: stateless.
 */
public final class CityDistricts {

  private static final Pattern JOIN = Pattern.compile("(?<=\\p{Ll}{3})-(?=\\p{Lu})");

  private CityDistricts() {}

  /** The parts of a "City-District" name, the city first; empty for other names. */
  public static List<String> parts(String name) {
    String[] parts = JOIN.split(name);
    return parts.length < 2 ? List.of() : List.of(parts);
  }

  /** The city of a "City-District" name, or null for other names. */
  public static String city(String name) {
    List<String> parts = parts(name);
    return parts.isEmpty() ? null : parts.get(0);
  }
}
