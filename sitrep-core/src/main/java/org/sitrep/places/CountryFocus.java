package org.sitrep.places;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tells which country a text (an article, a sentence) is about from the place names it holds and
 * the countries it names outright.
 *
 * <p>Each name votes. A country named outright ("Mexico", or a code the caller already found,
 * e.g. from "Syrian") casts {@value #COUNTRY_WEIGHT}; an armed group that operates only in some
 * countries {@value #GROUP_WEIGHT}; a first-level unit ("Idlib", "Lower
 * Juba") {@value #ADMIN1_WEIGHT}; a second-level unit {@value #ADMIN2_WEIGHT}; a town from
 * {@value #SMALL_CITY_WEIGHT} (a hamlet) to {@value #CITY_WEIGHT} (a million people). A name that
 * places in several countries share splits its vote between them in proportion to the square
 * root of each one's population (summed over the places of an administrative unit), then, over
 * a few rounds, in
 * proportion to how much the other names agree with each country: "Tripoli" goes to Libya
 * beside "Misrata" and to Lebanon beside "Akkar".
 *
 * <p>Immutable and thread-safe.
 */
public final class CountryFocus {

  static final double COUNTRY_WEIGHT = 3.0;
  static final double GROUP_WEIGHT = 1.5;
  static final double ADMIN1_WEIGHT = 2.0;
  static final double ADMIN2_WEIGHT = 1.5;
  static final double CITY_WEIGHT = 1.0;
  static final double SMALL_CITY_WEIGHT = 0.5;

  /** How much the agreement of the other names multiplies a country's share of a name. */
  private static final double AGREEMENT = 10.0;

  private static final int ROUNDS = 3;

  private final PlaceNames places;

  /** A focus finder over {@code places}. */
  public CountryFocus(PlaceNames places) {
    this.places = Objects.requireNonNull(places, "places");
  }

  /** The country that {@code placeNames} (as a text writes them) point to; see the class. */
  public Optional<FocusCountry> focus(List<String> placeNames) {
    return focus(placeNames, List.of());
  }

  /**
   * The country that {@code placeNames} and the countries already known from the text point to.
   *
   * @param placeNames names of places in the order the text gives them; unknown names are ignored
   * @param knownCountriesIso3 ISO 3166-1 alpha-3 codes of countries the text names, once per
   *     mention
   * @return empty when nothing votes
   */
  public Optional<FocusCountry> focus(
      List<String> placeNames, Collection<String> knownCountriesIso3) {
    return focus(placeNames, knownCountriesIso3, List.of());
  }

  /**
   * As {@link #focus(List, Collection)}, where the text also names armed groups that operate only
   * in some countries: "Taliban" points to Afghanistan, "Al Shabaab" to Somalia, Kenya or Ethiopia.
   *
   * @param groupScopesIso3 for each group named, the ISO3 codes of the countries it operates in;
   *     each casts {@value #GROUP_WEIGHT}, split evenly over them
   */
  public Optional<FocusCountry> focus(
      List<String> placeNames, Collection<String> knownCountriesIso3, List<Set<String>> groupScopesIso3) {
    List<Voter> voters = new ArrayList<>();
    for (String code : knownCountriesIso3) {
      voters.add(new Voter(COUNTRY_WEIGHT, Map.of(code, 1.0)));
    }
    for (Set<String> scope : groupScopesIso3) {
      if (!scope.isEmpty()) {
        Map<String, Double> prior = new HashMap<>();
        scope.forEach(code -> prior.put(code, 1.0));
        voters.add(new Voter(GROUP_WEIGHT, prior));
      }
    }
    for (String name : placeNames) {
      Voter voter = voter(places.lookup(name));
      if (voter != null) {
        voters.add(voter);
      }
    }
    if (voters.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Double> votes = tally(voters);
    for (int round = 0; round < ROUNDS; round++) {
      for (Voter voter : voters) {
        voter.agreeWith(votes);
      }
      votes = tally(voters);
    }
    return Optional.of(result(votes));
  }

  /**
   * The place that {@code name} most likely stands for in {@code countryIso3}: the first of its
   * candidates there in {@link PlaceNames#lookup} order; empty when it has none there.
   */
  public Optional<PlaceName> best(String name, String countryIso3) {
    for (PlaceName place : places.lookup(name)) {
      if (place.countryIso3().equals(countryIso3)) {
        return Optional.of(place);
      }
    }
    return Optional.empty();
  }

  private static Voter voter(List<PlaceName> candidates) {
    if (candidates.isEmpty()) {
      return null;
    }
    PlaceName top = candidates.get(0);
    Map<String, Double> prior = new HashMap<>();
    if (top.kind() == PlaceName.Kind.COUNTRY) {
      for (PlaceName place : candidates) {
        if (place.kind() == PlaceName.Kind.COUNTRY) {
          prior.put(place.countryIso3(), 1.0);
        }
      }
      return new Voter(COUNTRY_WEIGHT, prior);
    }
    long biggest = 0;
    for (PlaceName place : candidates) {
      double p = Math.sqrt(Math.max(place.population(), 100));
      prior.merge(place.countryIso3(), p, Math::max);
      biggest = Math.max(biggest, place.population());
    }
    return new Voter(weight(top.kind(), biggest), prior);
  }

  /** A name's vote by the kind of its best candidate and, for towns, their size. */
  static double weight(PlaceName.Kind kind, long population) {
    return switch (kind) {
      case COUNTRY -> COUNTRY_WEIGHT;
      case ADMIN1 -> ADMIN1_WEIGHT;
      case ADMIN2 -> ADMIN2_WEIGHT;
      case CITY -> {
        double size = Math.min(1.0, Math.log10(population + 1.0) / 6.0);
        yield SMALL_CITY_WEIGHT + (CITY_WEIGHT - SMALL_CITY_WEIGHT) * size;
      }
    };
  }

  private static Map<String, Double> tally(List<Voter> voters) {
    Map<String, Double> votes = new HashMap<>();
    for (Voter voter : voters) {
      voter.share.forEach((country, share) -> votes.merge(country, voter.weight * share, Double::sum));
    }
    return votes;
  }

  private FocusCountry result(Map<String, Double> votes) {
    double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
    String winner = null;
    double best = -1;
    Map<String, Double> shares = new HashMap<>();
    for (Map.Entry<String, Double> vote : votes.entrySet()) {
      shares.put(vote.getKey(), vote.getValue() / total);
      boolean better =
          vote.getValue() > best
              || (vote.getValue() == best && vote.getKey().compareTo(winner) < 0);
      if (better) {
        winner = vote.getKey();
        best = vote.getValue();
      }
    }
    return new FocusCountry(
        winner, places.countryName(winner).orElse(winner), best / total, shares);
  }

  /** One name's (or known country's) vote: a weight split over countries. Mutable, local. */
  private static final class Voter {
    final double weight;
    final Map<String, Double> prior;
    Map<String, Double> share;

    Voter(double weight, Map<String, Double> prior) {
      this.weight = weight;
      this.prior = prior;
      this.share = normalised(prior);
    }

    /** Re-splits the vote by prior times the agreement of all the other votes. */
    void agreeWith(Map<String, Double> votes) {
      if (prior.size() < 2) {
        return;
      }
      double othersTotal = 0;
      Map<String, Double> others = new HashMap<>();
      for (String country : prior.keySet()) {
        double other = votes.getOrDefault(country, 0.0) - weight * share.getOrDefault(country, 0.0);
        others.put(country, Math.max(0, other));
      }
      for (double v : votes.values()) {
        othersTotal += v;
      }
      othersTotal -= weight;
      Map<String, Double> next = new HashMap<>();
      for (Map.Entry<String, Double> p : prior.entrySet()) {
        double agreement = othersTotal > 1e-9 ? others.get(p.getKey()) / othersTotal : 0;
        next.put(p.getKey(), p.getValue() * (1 + AGREEMENT * agreement));
      }
      share = normalised(next);
    }

    private static Map<String, Double> normalised(Map<String, Double> weights) {
      double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
      Map<String, Double> out = new HashMap<>();
      weights.forEach((k, v) -> out.put(k, v / total));
      return out;
    }
  }
}
