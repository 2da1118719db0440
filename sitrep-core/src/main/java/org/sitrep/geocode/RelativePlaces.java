package org.sitrep.geocode;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.Haversine;

/**
 * Reads relative place descriptions: a distance and direction from a place ("7 km north of
 * Idlib", "15 kilometres from Aleppo"), a side of it ("west of Saraqib"), its surroundings ("near",
 * "the outskirts of", "the vicinity of"), a part of it ("southwestern Aleppo", "northern Hama
 * countryside") and roads beside it ("the M4 highway west of Saraqib").
 *
 * <p>Thread-safe: stateless.
 */
public final class RelativePlaces {

  /** How far "west of X" lies from X when the text gives no distance. */
  static final double SIDE_KM = 5;
  /** How far the middle of "southwestern X" lies from X's centre, as a share of a region's size. */
  static final double PART_KM = 25;

  private static final Map<String, Double> BEARINGS = Map.ofEntries(
      Map.entry("north", 0.0), Map.entry("northeast", 45.0), Map.entry("east", 90.0), Map.entry("southeast", 135.0),
      Map.entry("south", 180.0), Map.entry("southwest", 225.0), Map.entry("west", 270.0), Map.entry("northwest", 315.0));

  private static final String DIRECTION =
      "(north|south|east|west|north[- ]?east|north[- ]?west|south[- ]?east|south[- ]?west)(?:ern|ward|wards)?";
  private static final String NAME = "(?-iu:(\\p{Lu}[\\p{L}'’ʿʾ-]*(?:[ -](?:(?:al|el|an|as|ad|ash|ar|at|az|de|del|la|el)[- ])?\\p{Lu}[\\p{L}'’ʿʾ-]*)*))";
  private static final Pattern OFFSET = Pattern.compile(
      "(?:about |approximately |some |around |nearly )?(\\d+(?:\\.\\d+)?)\\s*(km|kms|kilometers|kilometres|miles|mi)\\s+(?:to the )?(?:"
          + DIRECTION + "\\s+)?(?:of|from)\\s+(?:the\\s+)?(?:(?:city|town|village) of\\s+)?" + NAME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern SIDE = Pattern.compile(
      "(?:(?:to the|just|on the)\\s+)?" + DIRECTION + "\\s+(?:of\\s+)?(?:the\\s+)?(?:(?:city|town|village) of\\s+)?" + NAME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern AROUND = Pattern.compile(
      "(?:near|around|outside|close to|nearby|the outskirts of|outskirts of|the vicinity of|vicinity of|the environs of|the suburbs of|the countryside of)\\s+(?:the\\s+)?(?:(?:city|town|village) of\\s+)?" + NAME,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The relative place the phrase describes, or empty when it names no place relative to another. */
  public Optional<RelativePlace> read(String phrase) {
    String p = phrase.strip();
    Matcher m = OFFSET.matcher(p);
    if (m.find()) {
      double km = Double.parseDouble(m.group(1)) * (m.group(2).toLowerCase(Locale.ROOT).startsWith("mi") ? 1.609 : 1);
      return Optional.of(new RelativePlace(m.group(4), km, bearing(m.group(3)), false, 2));
    }
    m = AROUND.matcher(p);
    if (m.find()) {
      return Optional.of(new RelativePlace(m.group(1), null, null, false, 2));
    }
    m = SIDE.matcher(p);
    if (m.find()) {
      boolean part = m.group(0).toLowerCase(Locale.ROOT).matches("(?s)^\\S*(?:ern)\\b.*");
      return Optional.of(new RelativePlace(m.group(2), part ? PART_KM : SIDE_KM, bearing(m.group(1)), part, 2));
    }
    return Optional.empty();
  }

  private static Double bearing(String direction) {
    if (direction == null) {
      return null;
    }
    String key = direction.toLowerCase(Locale.ROOT).replaceAll("[- ]", "").replaceAll("(ern|wards?)$", "");
    return BEARINGS.get(key);
  }

  /**
   * The point a relative place stands for, from its anchor's point: the anchor moved by the
   * distance on the bearing, or the anchor itself when no direction is given.
   */
  public static double[] point(RelativePlace place, double anchorLat, double anchorLon) {
    if (place.bearing() == null || place.distanceKm() == null) {
      return new double[] {anchorLat, anchorLon};
    }
    return Haversine.destination(anchorLat, anchorLon, place.distanceKm(), place.bearing());
  }
}
