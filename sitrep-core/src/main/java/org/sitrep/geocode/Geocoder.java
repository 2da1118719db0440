package org.sitrep.geocode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.actors.Countries;
import org.sitrep.actors.Country;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.gazetteer.GazetteerMatch;
import org.sitrep.gazetteer.MatchLevel;
import org.sitrep.geo.Haversine;

/**
 * Resolves the place names of one document together: each name's gazetteer candidates are ranked
 * by how well they fit the document (its country, the other places it names, the administrative
 * units written beside the name) and then by what the gazetteer says of them (match quality,
 * feature class, population).
 *
 * <p>Thread-safe: the gazetteer is; every call works on its own state.
 */
public final class Geocoder {

  private static final int CANDIDATES = 25;
  /** Points for lying near all the document's other places. */
  private static final double CLOSENESS = 3.5;
  /** Rounds in which every name is chosen again beside the others' choices. */
  private static final int CONTEXT_ROUNDS = 2;
  /** Places further than this from every other place of the document get no closeness bonus. */
  private static final double NEAR_KM = 300;

  private final Gazetteer gazetteer;
  private final Countries countries;

  /** {@code countries} tells which words name a country ("U.S.", "Russian"). */
  public Geocoder(Gazetteer gazetteer, Countries countries) {
    this.gazetteer = gazetteer;
    this.countries = countries;
  }

  /**
   * A name to resolve.
   *
   * @param name the words as written
   * @param qualifier the next name written after it ("Saraqib, Idlib": Idlib), or null
   */
  public record Query(String name, String qualifier) {}

  /**
   * Resolves every query of one document; unresolved ones are empty. {@code countryHint} is the
   * ISO2 code of the document's country when known, else null (it is then voted from the names).
   */
  public List<Optional<GazetteerEntry>> resolve(List<Query> queries, String countryHint) {
    List<List<GazetteerMatch>> candidates = new ArrayList<>();
    for (Query q : queries) {
      // "U.S.", "Russian": the country, looked up by its name.
      String name = countries.named(q.name()).map(Country::name).orElse(q.name());
      candidates.add(gazetteer.find(name, CANDIDATES));
    }
    String country = countryHint != null ? countryHint : country(candidates);
    // First pass: each name alone; then each name again beside the others' latest choices.
    List<GazetteerEntry> current = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      current.add(best(queries.get(i), candidates.get(i), country, List.of()).orElse(null));
    }
    for (int round = 0; round < CONTEXT_ROUNDS; round++) {
      List<GazetteerEntry> next = new ArrayList<>();
      for (int i = 0; i < queries.size(); i++) {
        List<GazetteerEntry> others = new ArrayList<>();
        for (int j = 0; j < current.size(); j++) {
          if (j != i && current.get(j) != null) {
            others.add(current.get(j));
          }
        }
        next.add(best(queries.get(i), candidates.get(i), country, others).orElse(null));
      }
      current = next;
    }
    List<Optional<GazetteerEntry>> chosen = new ArrayList<>();
    current.forEach(e -> chosen.add(Optional.ofNullable(e)));
    return chosen;
  }

  /** The ISO2 country most of the names' best candidates lie in, weighted by rank. */
  private static String country(List<List<GazetteerMatch>> candidates) {
    Map<String, Double> votes = new HashMap<>();
    for (List<GazetteerMatch> list : candidates) {
      for (int k = 0; k < Math.min(3, list.size()); k++) {
        votes.merge(list.get(k).entry().countryCode(), 1.0 / (k + 1), Double::sum);
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  private static Optional<GazetteerEntry> best(
      Query query, List<GazetteerMatch> candidates, String country, List<GazetteerEntry> others) {
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int rank = 0; rank < candidates.size(); rank++) {
      GazetteerEntry c = candidates.get(rank).entry();
      MatchLevel level = candidates.get(rank).level();
      double score = -0.05 * rank + (level == MatchLevel.EXACT ? 3 : level == MatchLevel.VARIANT ? 1.5 : 0);
      if (c.isWideArea()) {
        score += 1.5; // a name that is a country's, a province's or a continent's usually means them
      } else if (c.featureCode().equals("PPLC")) {
        score += 2; // news means the capital: "Washington", "London"
      }
      if (country != null && country.equals(c.countryCode())) {
        score += 2;
      }
      if (query.qualifier() != null && admits(c, query.qualifier())) {
        score += 3;
      }
      score += Math.log10(Math.max(1, c.population())) * 0.25;
      score += closeness(c, others);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean admits(GazetteerEntry c, String unit) {
    String u = unit.toLowerCase(Locale.ROOT);
    String letters = u.replaceAll("[^\\p{L}]", "");
    boolean code = letters.length() >= 2 && letters.equalsIgnoreCase(c.admin1Code()); // "Tex." no, "TX", "La." yes
    return code
        || !c.admin1Name().isEmpty() && (c.admin1Name().toLowerCase(Locale.ROOT).contains(u) || abbreviates(u, c.admin1Name()))
        || !c.admin2Name().isEmpty() && c.admin2Name().toLowerCase(Locale.ROOT).contains(u)
        || c.countryName().toLowerCase(Locale.ROOT).equals(u);
  }

  /**
   * True when {@code abbreviation} ("tenn.", "w.va.", "ga.") can stand for {@code name}: its
   * letters appear in the name in order, starting with the name's first letter.
   */
  static boolean abbreviates(String abbreviation, String name) {
    String letters = abbreviation.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    String target = name.toLowerCase(Locale.ROOT);
    if (letters.length() < 2 || letters.length() >= target.length() || letters.charAt(0) != target.charAt(0)) {
      return false;
    }
    int at = 0;
    for (char ch : letters.toCharArray()) {
      at = target.indexOf(ch, at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }

  /** Up to {@link #CLOSENESS} points for lying near the document's other places. */
  private static double closeness(GazetteerEntry c, List<GazetteerEntry> others) {
    if (others.isEmpty()) {
      return 0;
    }
    int near = 0;
    for (GazetteerEntry o : others) {
      if (Haversine.km(c.latitude(), c.longitude(), o.latitude(), o.longitude()) < NEAR_KM) {
        near++;
      }
    }
    return CLOSENESS * near / others.size();
  }
}
