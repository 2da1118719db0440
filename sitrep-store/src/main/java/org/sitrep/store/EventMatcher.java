package org.sitrep.store;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.geo.Haversine;
import org.sitrep.gazetteer.ArabicRomanisationKey;
import org.sitrep.gazetteer.CityDistricts;
import org.sitrep.gazetteer.Levenshtein;
import org.sitrep.gazetteer.NameFolding;

/**
 * Decides which stored event, if any, a new event claim reports: one of a compatible type, whose
 * days overlap the claim's, whose place lies within a distance suited to the two precisions, or
 * has the same name, or lies in the same country when the claim knows no better; best by agreement
 * of sides, place name, sub-event type and toll.
 *
 * <p>Thread-safe: stateless.
 */
final class EventMatcher {

  /** Points a candidate needs beyond passing the gates. */
  private static final double ENOUGH = 4;

  /** Event types one event may be told as: mob violence is told as an attack or a clash as often as a riot. */
  private static final Set<String> VIOLENCE =
      Set.of("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots");

  /**
   * What coders file as a strategic development (a grenade that failed to explode, a looted shop)
   * a report may tell as an attack or a protest, and the other way round.
   */
  private static final String STRATEGIC = "Strategic developments";

  private static final Set<String> DEMONSTRATIONS = Set.of("Protests", "Riots");

  /** The labels, as {@link #actors} folds them, that any report of violence may use. */
  private static final Set<String> LABELS = Set.of("unidentified", "crowd", "civilians");

  /** Points for the same day when both know the day. */
  private static final double SAME_DAY = 2;

  /** Points lost when both know the day and the days differ. */
  private static final double DAY_APART = 2;

  /** Points the best candidate needs over the next. */
  private static final double MARGIN = 1;

  /**
   * Below this score (a place and a day, little more) the best candidate needs {@link
   * #WEAK_MARGIN} over the next: a report that fits two events loosely fits neither surely.
   */
  private static final double SURE = 9;

  private static final double WEAK_MARGIN = 1.5;

  private EventMatcher() {}

  /** How far apart two reports of one event may place it, by the coarser precision. */
  static double radiusKm(Integer precisionA, Integer precisionB) {
    int p = Math.max(precisionA == null ? 3 : precisionA, precisionB == null ? 3 : precisionB);
    return switch (p) {
      case 1 -> 25;
      case 2 -> 50;
      default -> 150;
    };
  }

  /** The candidate {@code claim} reports, if any passes the gates and scores enough. */
  static Optional<StoredEvent> best(StoredEvent claim, List<StoredEvent> candidates) {
    return best(claim, List.of(), candidates);
  }

  /**
   * The candidate {@code claim} reports, where the claim's sentence also names {@code otherPlaces}:
   * an event at one of those ("forces at Nuzgar fired on positions near Qazaxlar") may be it too.
   */
  static Optional<StoredEvent> best(StoredEvent claim, List<String> otherPlaces, List<StoredEvent> candidates) {
    StoredEvent best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double runnerUp = Double.NEGATIVE_INFINITY;
    for (StoredEvent e : candidates) {
      double score = score(claim, otherPlaces, e);
      if (score > bestScore) {
        runnerUp = bestScore;
        best = e;
        bestScore = score;
      } else if (score > runnerUp) {
        runnerUp = score;
      }
    }
    // Two events that fit about as well: the report cannot tell which it tells of, so it joins neither.
    boolean clear = bestScore >= ENOUGH && bestScore - runnerUp >= (bestScore >= SURE ? MARGIN : WEAK_MARGIN);
    return clear ? Optional.of(best) : Optional.empty();
  }

  /**
   * The agreement of a claim with an event, where the claim's sentence also names {@code
   * otherPlaces}; negative infinity when it cannot be the same.
   */
  static double score(StoredEvent claim, List<String> otherPlaces, StoredEvent event) {
    double score = score(claim, event);
    for (String other : otherPlaces) {
      StoredEvent there = claim.withLocation(other);
      if (sameLocation(there, event)) {
        score = Math.max(score, score(there, event) - 1); // a place named beside the claim's own
      }
    }
    return score;
  }

  /** The agreement of a claim with an event; negative infinity when it cannot be the same. */
  static double score(StoredEvent claim, StoredEvent event) {
    if (!compatibleTypes(claim.eventType(), event.eventType()) || !daysOverlap(claim, event)) {
      return Double.NEGATIVE_INFINITY;
    }
    boolean sameName = sameLocation(claim, event);
    if (!sameName && StoredEvent.SITREP.equals(event.origin())) {
      // Two machine readings that name different places are not evidence of one event: the same
      // misreading of a place can put both near each other.
      return Double.NEGATIVE_INFINITY;
    }
    double km = claim.hasPoint() && event.hasPoint()
        ? Haversine.km(claim.latitude(), claim.longitude(), event.latitude(), event.longitude())
        : Double.NaN;
    double radius = radiusKm(claim.geoPrecision(), event.geoPrecision());
    // "Acapulco" and ACLED's "Acapulco de Juarez", "Barangay Marbel" and "Marbel": one name holds the other.
    boolean partName = !sameName && sameCountry(claim, event)
        && (nameWithin(claim.location(), event.location()) || districtOf(claim, event)
            || km <= radius && spelledAlike(claim, event));
    boolean sameProvince = sameProvince(claim, event);
    boolean otherProvince = claim.admin1() != null && event.admin1() != null && !sameProvince;
    double score = 0;
    if (km <= radius) {
      score += 2 * (1 - km / radius);
    } else if (!sameName && !partName
        && !(isRegional(claim) && sameCountry(claim, event) && !otherProvince)) {
      // Neither near, nor the same place name, nor a report that knows only the country, or the
      // province the event lies in.
      return Double.NEGATIVE_INFINITY;
    }
    if (sameName) {
      score += 3;
    } else if (partName) {
      score += 2;
    } else if (namedPrecisely(claim) && namedPrecisely(event)) {
      score -= 3; // two named villages are two events, as ACLED codes them, unless much else agrees
    }
    if (sameProvince) {
      score += 1; // ACLED's district or the gazetteer's province: "Nameless Hills" near Tartar, not Agdam
    }
    if (claim.eventDate().equals(event.eventDate())) {
      score += exactDay(claim) && exactDay(event) ? SAME_DAY : 1; // the same day, both sure of it
    } else if (exactDay(claim) && exactDay(event)) {
      score -= DAY_APART; // both know the day, and the days differ: the slack is for loose dates
    }
    score += sides(claim, event);
    if (claim.subEventType() != null && claim.subEventType().equals(event.subEventType())) {
      score += 2;
    } else if (claim.eventType() != null && claim.eventType().equals(event.eventType())) {
      score += 1;
    }
    if (claim.fatalities() > 0 && claim.fatalities() == event.fatalities()) {
      score += 1;
    }
    if (StoredEvent.ACLED.equals(event.origin())) {
      score += 1; // a coded reference event is the better home than one the machine made from a report
    }
    return score;
  }

  private static boolean exactDay(StoredEvent e) {
    return e.timePrecision() != null && e.timePrecision() == 1;
  }

  /** A place named and resolved to a town or near one (precision 1 or 2). */
  private static boolean namedPrecisely(StoredEvent e) {
    return e.location() != null && !e.location().isBlank() && e.geoPrecision() != null && e.geoPrecision() <= 2;
  }

  /** A report placed only at its country or province (precision 3, or no point at all). */
  private static boolean isRegional(StoredEvent e) {
    return !e.hasPoint() || e.geoPrecision() == null || e.geoPrecision() >= 3;
  }

  /** Political violence of any kind, riots included, may be one event told two ways; so may protests and riots. */
  static boolean compatibleTypes(String a, String b) {
    if (a == null || b == null || a.equals(b) || a.equals(STRATEGIC) || b.equals(STRATEGIC)) {
      return true;
    }
    return VIOLENCE.contains(a) && VIOLENCE.contains(b) || DEMONSTRATIONS.contains(a) && DEMONSTRATIONS.contains(b);
  }

  /** The days overlap, with a day's slack either side for reports that date an event loosely. */
  static boolean daysOverlap(StoredEvent a, StoredEvent b) {
    LocalDate aFrom = a.firstDay();
    LocalDate bFrom = b.firstDay();
    if (aFrom == null || bFrom == null) {
      return false;
    }
    return !a.lastDay().plusDays(1).isBefore(bFrom) && !b.lastDay().plusDays(1).isBefore(aFrom);
  }

  /**
   * +2 when the two share a named actor and one more for each further one they share (the groups
   * beside protesters: journalists, health workers), half a point less when they share only the
   * labels every report uses (unidentified men, a crowd, civilians), -1 when both name actors and
   * share none, else 0.
   */
  private static double sides(StoredEvent a, StoredEvent b) {
    Set<String> left = actors(a);
    Set<String> right = actors(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    List<String> shared = left.stream().filter(right::contains).toList();
    if (shared.isEmpty()) {
      return -1;
    }
    boolean named = !LABELS.containsAll(shared);
    return (named ? 1 : 0.5) + Math.min(shared.size(), 3);
  }

  /**
   * The actors of an event as merging compares them: the name before its brackets ("Military
   * Forces of Brazil (2019-) Military Police": military forces of brazil), each side of an
   * "and/or", and one word for labels that reports use for the same people: any unidentified
   * group is "unidentified", protesters and rioters are "crowd".
   */
  private static Set<String> actors(StoredEvent e) {
    Set<String> names = new HashSet<>();
    for (String field : new String[] {e.actor1(), e.actor2(), e.assocActor1(), e.assocActor2()}) {
      if (field == null) {
        continue;
      }
      for (String name : field.split(";| and/or ")) {
        int bracket = name.indexOf('(');
        String base = (bracket < 0 ? name : name.substring(0, bracket)).strip().toLowerCase(Locale.ROOT);
        if (base.startsWith("unidentified")) {
          base = "unidentified";
        } else if (base.equals("protesters") || base.equals("rioters")) {
          base = "crowd";
        }
        if (!base.isEmpty()) {
          names.add(base);
        }
      }
    }
    return names;
  }


  /**
   * The same place name, allowing one slip in a longer name ("Cororite", "Cocorite") and the
   * vowels of a romanisation ("Souramuri", "Sauramuri").
   */
  static boolean sameLocation(StoredEvent a, StoredEvent b) {
    if (a.location() == null || b.location() == null || a.location().isBlank() || b.location().isBlank()) {
      return false;
    }
    String x = NameFolding.fold(a.location());
    String y = NameFolding.fold(b.location());
    if (x.equals(y)) {
      return true;
    }
    if (Math.min(x.length(), y.length()) < 6) {
      return false;
    }
    String keyX = ArabicRomanisationKey.ofFolded(x);
    return Levenshtein.distance(x, y) <= 1 || keyX.length() >= 4 && keyX.equals(ArabicRomanisationKey.ofFolded(y));
  }

  /**
   * True when the words of one name appear, in order and together, in the other, and include a
   * word of four letters or more: "Zamora" in "Zamora de Hidalgo", "Marbel" in "Barangay Marbel".
   */
  static boolean nameWithin(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    List<String> x = words(a);
    List<String> y = words(b);
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = x.size() <= y.size() ? y : x;
    if (shorter.isEmpty() || shorter.size() == longer.size() || shorter.stream().allMatch(w -> w.length() < 4)) {
      return false;
    }
    return Collections.indexOfSubList(longer, shorter) >= 0;
  }

  private static List<String> words(String name) {
    String folded = NameFolding.fold(name); // words joined by single spaces
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  /**
   * The two name a city, or a city's district, spelled alike: an exonym and the local name
   * ("Kyiv" and "Kiev-Pecherskyi", "Kharkiv" and "Kharkov") differ in a letter or two, or lack
   * one ("Jhudo", "Jhuddo"); but "Donetskyi" is not "Donetsk", nor "Holubivske" "Holubivka".
   */
  private static boolean spelledAlike(StoredEvent a, StoredEvent b) {
    if (a.location() == null || b.location() == null) {
      return false;
    }
    String x = city(a.location());
    String y = city(b.location());
    return Math.min(x.length(), y.length()) >= 4 && x.charAt(0) == y.charAt(0)
        && !x.startsWith(y) && !y.startsWith(x)
        && Levenshtein.distance(x, y) <= (x.length() == y.length() ? 2 : 1);
  }

  /**
   * One names a city's district as ACLED writes it, the other the city or the district alone:
   * "Rio de Janeiro-North Zone" and "Rio de Janeiro", "Mogadishu-Dharkenley" and "Dharkenley".
   */
  private static boolean districtOf(StoredEvent a, StoredEvent b) {
    if (a.location() == null || b.location() == null) {
      return false;
    }
    return parts(a.location()).contains(NameFolding.fold(b.location()))
        || parts(b.location()).contains(NameFolding.fold(a.location()));
  }

  /** The folded city of a "City-District" name, else the whole folded name. */
  private static String city(String location) {
    String city = CityDistricts.city(location);
    return NameFolding.fold(city == null ? location : city);
  }

  /** The folded parts of a "City-District" name; empty for other names. */
  private static List<String> parts(String location) {
    return CityDistricts.parts(location).stream().map(NameFolding::fold).toList();
  }

  /**
   * Both name the same first-level unit, as the gazetteer or ACLED spell it: "Tartar" and "Tartar
   * District" are one.
   */
  static boolean sameProvince(StoredEvent a, StoredEvent b) {
    if (a.admin1() == null || b.admin1() == null || !sameCountry(a, b)) {
      return false;
    }
    String x = NameFolding.fold(a.admin1());
    String y = NameFolding.fold(b.admin1());
    return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " "));
  }

  private static boolean sameCountry(StoredEvent a, StoredEvent b) {
    return a.country() != null && a.country().equalsIgnoreCase(b.country());
  }
}
