package org.sitrep.geocode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.actors.Countries;
import org.sitrep.actors.Country;
import org.sitrep.gazetteer.CityDistricts;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.gazetteer.GazetteerMatch;
import org.sitrep.gazetteer.MatchLevel;
import org.sitrep.gazetteer.NameFolding;
import org.sitrep.geo.Haversine;
import org.sitrep.geo.TextSpan;

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
  /** At most this many rounds in which every name is chosen again beside the others' choices. */
  private static final int MAX_CONTEXT_ROUNDS = 5;
  /** Places further than this from every other place of the document get no closeness bonus. */
  private static final double NEAR_KM = 300;

  /** Towns abroad smaller than this are taken for unknown villages of the document's country. */
  private static final long SMALL_TOWN = 50_000;

  /** The population a wide area without one (an ocean, a region) counts as. */
  private static final long WIDE_AREA_WEIGHT = 1_000_000;

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
   * @param town true when the text calls it a town ("Farah city"): not the province of that name
   */
  public record Query(String name, String qualifier, boolean town) {

    /** A name the text does not call a town. */
    public Query(String name, String qualifier) {
      this(name, qualifier, false);
    }

    /**
     * The query for the {@code i}th of a document's place {@code spans}, written {@code name}:
     * with the unit written beside it ("Pipri (Sonbhadra, Uttar Pradesh)") and whether the text
     * calls it a town.
     */
    static Query of(String text, List<TextSpan> spans, int i, String name) {
      return new Query(name, WrittenUnits.after(text, spans, i), SettlementNouns.around(text, spans.get(i)));
    }
  }

  /**
   * Resolves every query of one document; unresolved ones are empty. {@code countryHint} is the
   * ISO2 code of the document's country when known, else null (it is then voted from the names).
   */
  public List<Optional<GazetteerEntry>> resolve(List<Query> queries, String countryHint) {
    List<String> names = new ArrayList<>();
    List<String> folded = new ArrayList<>();
    List<List<GazetteerMatch>> candidates = new ArrayList<>();
    // A name written again, or written as another's unit, is looked up once per document.
    Map<String, Lookup> lookups = new HashMap<>();
    for (Query q : queries) {
      Lookup lookup = lookups.computeIfAbsent(q.name(), this::lookup);
      names.add(lookup.name());
      folded.add(NameFolding.fold(lookup.name()));
      candidates.add(lookup.matches());
    }
    List<Lookup> written = queries.stream()
        .map(q -> q.qualifier() == null ? null : lookups.computeIfAbsent(q.qualifier(), this::lookup))
        .toList();
    // "Bossaso (Bari)": Somalia's Bari, not Italy's, when the document is known to be about Somalia.
    List<GazetteerEntry> units = written.stream().map(w -> unit(w, countryHint)).toList();
    String country = countryHint != null ? countryHint : country(folded, candidates, units);
    // What each candidate scores apart from the other places is fixed for the document: once.
    List<List<Candidate>> scored = new ArrayList<>();
    for (int i = 0; i < queries.size(); i++) {
      scored.add(scored(queries.get(i), names.get(i), candidates.get(i), country));
    }
    // First pass: each name alone.
    List<GazetteerEntry> current = new ArrayList<>();
    for (List<Candidate> c : scored) {
      current.add(best(c, List.of()));
    }
    // Each name is chosen again beside the others' latest choices, in place, until none changes:
    // choosing all at once from the last round's choices can swing two names back and forth.
    for (int round = 0; round < MAX_CONTEXT_ROUNDS; round++) {
      boolean changed = false;
      for (int i = 0; i < queries.size(); i++) {
        List<GazetteerEntry> others = new ArrayList<>();
        for (int j = 0; j < current.size(); j++) {
          // Another mention of the same name is no evidence for where that name lies.
          if (current.get(j) != null && !folded.get(j).equals(folded.get(i))) {
            others.add(current.get(j));
          }
        }
        GazetteerEntry choice = best(scored.get(i), others);
        changed |= !Objects.equals(choice, current.get(i));
        current.set(i, choice);
      }
      if (!changed) {
        break;
      }
    }
    // A village abroad is less likely than one of the document's country that the gazetteer lacks:
    // "Bese, near Saliboko (Djugu, Ituri)" is in Congo, not Romania.
    for (int i = 0; i < current.size(); i++) {
      if (current.get(i) != null && isSmallPlaceAbroad(current.get(i), countryHint)) {
        current.set(i, null);
      }
    }
    // A name the gazetteer does not know lies in the unit written beside it, as ACLED codes it:
    // "Cajembe (Macomia, Cabo Delgado)" is somewhere in Cabo Delgado. Last first, so that the
    // unit a name borrowed from the next one carries back along the chain.
    for (int i = queries.size() - 1; i >= 0; i--) {
      if (current.get(i) != null && (countryHint == null || !outsideUnit(current.get(i), units.get(i), candidates.get(i)))) {
        continue;
      }
      if (units.get(i) != null) {
        current.set(i, units.get(i));
      } else if (i + 1 < queries.size() && isArea(current.get(i + 1))
          && queries.get(i + 1).name().equals(queries.get(i).qualifier())) {
        current.set(i, current.get(i + 1));
      }
    }
    List<Optional<GazetteerEntry>> chosen = new ArrayList<>();
    current.forEach(e -> chosen.add(Optional.ofNullable(e)));
    return chosen;
  }

  /**
   * The administrative unit or country that a written unit, looked up, names exactly: in {@code
   * country} (ISO2) when that is known, else the first; null when none. "Esperanza" beside a
   * Philippine village is no district of the Dominican Republic.
   */
  private static GazetteerEntry unit(Lookup written, String country) {
    if (written == null) {
      return null;
    }
    return written.matches().stream()
        .filter(m -> m.level() == MatchLevel.EXACT && isArea(m.entry()))
        .map(GazetteerMatch::entry)
        .filter(a -> country == null || a.countryCode().equals(country) || a.isCountry())
        .findFirst()
        .orElse(null);
  }

  /**
   * True when the written unit says the chosen place is another: "Zari district center, Balkh" is
   * not Zary in Poland, nor "Novozvanivka, Luhansk" a spelling of Nova Ivanivka in Odesa. A place
   * abroad, or one the name only resembles, that does not lie in the unit.
   */
  private static boolean outsideUnit(GazetteerEntry chosen, GazetteerEntry unit, List<GazetteerMatch> matches) {
    if (unit == null || unit.isCountry() || isArea(chosen) || inUnit(chosen, unit)) {
      return false; // "Kuwait, Egypt": a list of countries or provinces, not a place and its unit
    }
    boolean exact = matches.stream().anyMatch(m -> m.entry().equals(chosen) && m.level() == MatchLevel.EXACT);
    return !exact || !chosen.countryCode().equals(unit.countryCode());
  }

  /** True when {@code place} lies in {@code unit}, its province or its district. */
  private static boolean inUnit(GazetteerEntry place, GazetteerEntry unit) {
    if (!place.countryCode().equals(unit.countryCode())) {
      return false;
    }
    return inProvince(place, unit)
        || unit.featureCode().startsWith("ADM2") && !unit.admin2Name().isEmpty() && unit.admin2Name().equals(place.admin2Name());
  }

  /** A town of under {@value #SMALL_TOWN} people outside the document's known country (ISO2, or null). */
  private static boolean isSmallPlaceAbroad(GazetteerEntry e, String country) {
    return country != null && !e.countryCode().isEmpty() && !country.equals(e.countryCode())
        && e.featureClass().equals("P") && e.population() < SMALL_TOWN && !e.featureCode().equals("PPLC");
  }

  /** A country, province, district or wider area: a place that holds others. */
  private static boolean isArea(GazetteerEntry e) {
    return e != null && (e.isWideArea() || e.featureClass().equals("A"));
  }

  /** The name a written name is looked up by, and its candidates. */
  private record Lookup(String name, List<GazetteerMatch> matches) {}

  /**
   * "U.S." and "Georgian" are looked up as their country and mean the country only ("Georgia" may
   * still be the state); "W.Va." as West Virginia, and means the state only.
   */
  private Lookup lookup(String written) {
    Optional<Country> country = countries.named(written);
    if (country.isPresent()) {
      String name = country.get().name();
      List<GazetteerMatch> found = gazetteer.find(name, CANDIDATES);
      boolean onlyTheCountry = !NameFolding.fold(name).equals(NameFolding.fold(written));
      return new Lookup(name, onlyTheCountry ? narrowed(found, GazetteerEntry::isCountry) : found);
    }
    Optional<UnitAbbreviations.Unit> unit = UnitAbbreviations.standard().unit(written);
    if (unit.isPresent()) {
      String name = unit.get().name();
      List<GazetteerMatch> found = gazetteer.find(name, CANDIDATES);
      return new Lookup(name, narrowed(found, e -> e.featureCode().startsWith("ADM1")
          && e.countryCode().equals(unit.get().countryCode())));
    }
    List<GazetteerMatch> found = gazetteer.find(written, CANDIDATES);
    String city = CityDistricts.city(written);
    if (city != null && found.stream().allMatch(m -> m.level() == MatchLevel.FUZZY)) {
      // "Mogadishu-Hodan", as ACLED writes a city's district: the city, when the district is unknown.
      List<GazetteerMatch> cities = gazetteer.find(city, CANDIDATES).stream()
          .filter(m -> m.level() != MatchLevel.FUZZY).toList();
      if (!cities.isEmpty()) {
        return new Lookup(city, cities);
      }
    }
    return new Lookup(written, found);
  }

  /** The matches that pass, or all of them when none does. */
  private static List<GazetteerMatch> narrowed(List<GazetteerMatch> found, Predicate<GazetteerEntry> test) {
    List<GazetteerMatch> passing = found.stream().filter(m -> test.test(m.entry())).toList();
    return passing.isEmpty() ? found : passing;
  }

  /**
   * The ISO2 country most of the names' best candidates lie in, weighted by rank, and the units
   * written beside them; each name votes once however often it is written.
   */
  private static String country(
      List<String> folded, List<List<GazetteerMatch>> candidates, List<GazetteerEntry> units) {
    Map<String, Double> votes = new HashMap<>();
    for (GazetteerEntry unit : new HashSet<>(units)) {
      if (unit != null && !unit.countryCode().isEmpty()) {
        votes.merge(unit.countryCode(), 2.0, Double::sum); // written beside a name, a unit says where it lies
      }
    }
    Set<String> voted = new HashSet<>();
    for (int i = 0; i < candidates.size(); i++) {
      if (!voted.add(folded.get(i))) {
        continue;
      }
      List<GazetteerMatch> list = candidates.get(i);
      for (int k = 0; k < Math.min(3, list.size()); k++) {
        double loose = list.get(k).level() == MatchLevel.EXACT ? 1 : 0.5; // a spelling match is weaker evidence
        votes.merge(list.get(k).entry().countryCode(), loose / (k + 1), Double::sum);
      }
    }
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
  }

  /** A candidate and its score before closeness to the document's other places. */
  private record Candidate(GazetteerEntry entry, double score) {}

  /**
   * The candidates worth choosing, in the gazetteer's order, each scored by how well it fits the
   * name and the document; {@code name} is the name looked up (the country's for "U.S.").
   */
  private static List<Candidate> scored(Query query, String name, List<GazetteerMatch> candidates, String country) {
    List<Candidate> scored = new ArrayList<>();
    for (int rank = 0; rank < candidates.size(); rank++) {
      GazetteerEntry c = candidates.get(rank).entry();
      MatchLevel level = candidates.get(rank).level();
      boolean borderless = c.countryCode().isEmpty() && c.isWideArea();
      if (level != MatchLevel.EXACT && country != null && !country.equals(c.countryCode()) && !c.isCountry() && !borderless) {
        // A loose spelling match abroad: "Menakuru" in India is not Manakara in Madagascar, nor
        // "Songho" in Mali the Sangha region of Congo.
        continue;
      }
      double score = -0.05 * rank + (level == MatchLevel.EXACT ? 3 : level == MatchLevel.VARIANT ? 1.5 : 0);
      if (level == MatchLevel.EXACT && isMainName(name, c)) {
        score += 1; // "Mexico" is Mexico's name and only another name of Mexico City
      }
      if (c.isWideArea()) {
        score += 1.5; // a name that is a country's, a province's or a continent's usually means them
      } else if (c.featureCode().equals("PPLC")) {
        score += 2; // news means the capital: "Washington", "London"
      }
      // A continent, ocean or region across borders is foreign to no document.
      if (country != null && (country.equals(c.countryCode()) || borderless)) {
        score += 2;
      }
      if (query.qualifier() != null && admits(c, query.qualifier())) {
        score += 3;
      }
      if (query.town() && c.featureClass().equals("P")) {
        score += 2;
      }
      // Oceans and regions have no population; they weigh like a city of a million.
      score += Math.log10(Math.max(c.isWideArea() ? WIDE_AREA_WEIGHT : 1, c.population())) * 0.25;
      scored.add(new Candidate(c, score));
    }
    return scored;
  }

  /** The candidate that fits best beside {@code others}, the first of equals; null when none. */
  private static GazetteerEntry best(List<Candidate> candidates, List<GazetteerEntry> others) {
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Candidate c : candidates) {
      double score = c.score() + closeness(c.entry(), others);
      if (score > bestScore) {
        bestScore = score;
        best = c.entry();
      }
    }
    return best;
  }

  private static boolean isMainName(String name, GazetteerEntry c) {
    String folded = NameFolding.fold(name);
    return folded.equals(NameFolding.fold(c.name())) || folded.equals(NameFolding.fold(c.asciiName()));
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

  /** True when {@code province} is the first-level unit {@code place} lies in (Huntsville, Texas). */
  private static boolean inProvince(GazetteerEntry place, GazetteerEntry province) {
    return province.featureCode().startsWith("ADM1")
        && !province.admin1Code().isEmpty()
        && province.admin1Code().equals(place.admin1Code())
        && province.countryCode().equals(place.countryCode());
  }

  /** Up to {@link #CLOSENESS} points for lying near the document's other places. */
  private static double closeness(GazetteerEntry c, List<GazetteerEntry> others) {
    if (others.isEmpty()) {
      return 0;
    }
    int near = 0;
    for (GazetteerEntry o : others) {
      if (Haversine.km(c.latitude(), c.longitude(), o.latitude(), o.longitude()) < NEAR_KM
          || inProvince(c, o)
          || inProvince(o, c)) {
        near++;
      }
    }
    return CLOSENESS * near / others.size();
  }
}
