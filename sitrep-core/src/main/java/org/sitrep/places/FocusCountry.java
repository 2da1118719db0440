package org.sitrep.places;

import java.util.Map;
import java.util.Objects;

/**
 * The country a text is most likely about.
 *
 * @param countryIso3 ISO 3166-1 alpha-3 code
 * @param countryName English name, or the code when no place of the index lies in it
 * @param score the country's share of all votes, from above 0 to 1
 * @param votes every country that got a vote, with its share of all votes
 */
public record FocusCountry(
    String countryIso3, String countryName, double score, Map<String, Double> votes) {

  public FocusCountry {
    Objects.requireNonNull(countryIso3, "countryIso3");
    Objects.requireNonNull(countryName, "countryName");
    votes = Map.copyOf(votes);
  }
}
