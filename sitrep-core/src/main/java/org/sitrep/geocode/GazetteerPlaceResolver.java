package org.sitrep.geocode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.actors.Countries;
import org.sitrep.extract.PlaceMention;
import org.sitrep.extract.PlaceResolver;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.geo.TextSpan;
import org.sitrep.model.Place;

/**
 * Gives the claims of an article coordinates, administrative units and an honest precision from
 * the gazetteer: all place mentions of the article are resolved together ({@link Geocoder}); a
 * place named only relative to another ("near Saraqib", "southwestern Aleppo") gets precision 2;
 * a region precision 3; a name the gazetteer does not know lies near a town the claim's sentence
 * names (precision 2), else falls back to the article's country with precision 3, its words kept
 * as the claim's location either way.
 *
 * <p>Thread-safe.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {

  private static final RelativePlaces RELATIVE = new RelativePlaces();

  private final Geocoder geocoder;
  private final Gazetteer gazetteer;
  private final Countries countries;
  /** The gazetteer's entry of each country an article was about: one look-up per country, not per article. */
  private final Map<String, Optional<GazetteerEntry>> countryEntries = new ConcurrentHashMap<>();

  public GazetteerPlaceResolver(Gazetteer gazetteer, Countries countries) {
    this.geocoder = new Geocoder(gazetteer, countries);
    this.gazetteer = gazetteer;
    this.countries = countries;
  }

  @Override
  public ArticlePlaces forArticle(String text, List<PlaceMention> mentions, String countryIso3, String countryName) {
    String iso2 = countries.byIso3(countryIso3).map(c -> c.iso2()).orElse(null);
    List<TextSpan> spans = mentions.stream().map(m -> new TextSpan(m.begin(), m.end())).toList();
    List<Geocoder.Query> queries = new ArrayList<>();
    for (int i = 0; i < mentions.size(); i++) {
      queries.add(Geocoder.Query.of(text, spans, i, mentions.get(i).name()));
    }
    List<Optional<GazetteerEntry>> resolved = geocoder.resolve(queries, iso2);
    Map<PlaceMention, GazetteerEntry> byMention = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      PlaceMention mention = mentions.get(i);
      resolved.get(i).ifPresent(entry -> byMention.put(mention, entry));
    }
    Optional<GazetteerEntry> country = countryName == null ? Optional.empty()
        : countryEntries.computeIfAbsent(countryName,
            name -> gazetteer.lookup(name, 5).stream().filter(GazetteerEntry::isCountry).findFirst());
    return new ArticlePlaces() {
      @Override
      public Place place(PlaceMention mention) {
        return GazetteerPlaceResolver.place(mention, byMention.get(mention), country.orElse(null), countryName);
      }

      @Override
      public Place place(PlaceMention mention, List<PlaceMention> nearby) {
        if (mention == null || byMention.containsKey(mention)) {
          return place(mention);
        }
        // Unknown to the gazetteer: near the town or district the sentence names closest to it, as
        // ACLED codes a neighbourhood or hamlet (precision 2); the words stay as the location. Only
        // a town of the article's country: "Ankara said ... in Greater Idlib" is no place near Ankara.
        return nearby.stream()
            .filter(m -> byMention.containsKey(m) && !byMention.get(m).isWideArea())
            .filter(m -> iso2 == null || iso2.equals(byMention.get(m).countryCode()))
            .min(Comparator.comparingInt(m -> Math.abs(m.begin() - mention.begin())))
            .map(m -> near(mention, byMention.get(m)))
            .orElseGet(() -> place(mention));
      }
    };
  }

  private static Place near(PlaceMention mention, GazetteerEntry entry) {
    return new Place(mention.name(), entry.countryName(), blankToNull(entry.admin1Name()), blankToNull(entry.admin2Name()),
        null, round(entry.latitude()), round(entry.longitude()), 2);
  }

  private static Place place(PlaceMention mention, GazetteerEntry entry, GazetteerEntry country, String countryName) {
    String words = mention == null ? null : mention.name();
    if (entry == null) {
      if (country == null) {
        return Place.mentioned(words, countryName);
      }
      // Unknown to the gazetteer: the country, precision 3; the words stay as the location.
      return new Place(words, countryName, null, null, null, round(country.latitude()), round(country.longitude()), 3);
    }
    int precision = precision(entry, mention);
    double[] point = point(entry, mention);
    return new Place(words != null ? cityPart(words, mention.qualifier()) : entry.name(),
        entry.countryName().isEmpty() ? countryName : entry.countryName(),
        blankToNull(entry.admin1Name()), blankToNull(entry.admin2Name()), null,
        round(point[0]), round(point[1]), precision);
  }

  /** A named part of a city as ACLED names it: "Rio de Janeiro-North Zone"; else the name. */
  private static String cityPart(String name, String qualifier) {
    if (qualifier == null || !qualifier.endsWith(" zone")) {
      return name;
    }
    return name + "-" + Character.toUpperCase(qualifier.charAt(0)) + qualifier.substring(1, qualifier.length() - 4) + "Zone";
  }

  /**
   * The entry's point, moved when the words place the event to one side of it ("west of Saraqib")
   * or in a part of a region ("southwestern Aleppo"); a part of a town stays at the town.
   */
  private static double[] point(GazetteerEntry entry, PlaceMention mention) {
    if (mention == null || mention.qualifier() == null) {
      return new double[] {entry.latitude(), entry.longitude()};
    }
    return RELATIVE.read(mention.qualifier() + " " + mention.name())
        .filter(r -> !r.part() || entry.featureClass().equals("A"))
        .map(r -> RelativePlaces.point(r, entry.latitude(), entry.longitude()))
        .orElse(new double[] {entry.latitude(), entry.longitude()});
  }

  /**
   * 1 the town itself; 2 near it, a part of it, or a district; 3 a province, a country or a wider
   * region.
   */
  static int precision(GazetteerEntry entry, PlaceMention mention) {
    if (entry.isWideArea()) {
      return 3;
    }
    if (entry.featureClass().equals("A")) {
      return 2;
    }
    boolean relative = mention != null && mention.qualifier() != null;
    return relative ? 2 : 1;
  }

  private static double round(double degrees) {
    return Math.round(degrees * 10_000) / 10_000.0;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
