package org.sitrep.geocode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.actors.ActorRegistry;
import org.sitrep.actors.Countries;
import org.sitrep.extract.PlaceMention;
import org.sitrep.extract.PlaceResolver;
import org.sitrep.gazetteer.AdminNames;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.gazetteer.GazetteerIndexer;
import org.sitrep.gazetteer.GeoNamesReader;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.model.Place;

/** Resolving the names of one document together, on a small real gazetteer. */
class GeocoderTest {

  private static final int CABO_DELGADO = 1051823;
  private static final int PEMBA = 1028918;
  private static final int MONTEPUEZ = 1037125;
  private static final int COLOMBIA = 3686110;
  private static final int BALKH = 1147288;
  private static final int BARI_ITALY = 3182350;
  private static final int BARI_SOMALIA = 64435;
  private static final int FARAH_PROVINCE = 1142226;
  private static final int FARAH_CITY = 1142264;

  @TempDir static Path dir;
  private static Geocoder geocoder;
  private static GazetteerPlaceResolver resolver;

  private static String row(String id, String name, String alternates, String lat, String lon,
      String featureClass, String featureCode, String country, String admin1, String population) {
    return String.join("\t", id, name, name, alternates, lat, lon, featureClass, featureCode, country, "",
        admin1, "", "", "", population, "", "", "", "2024-01-01");
  }

  @BeforeAll
  static void index() throws IOException {
    String rows = String.join("\n",
        row("361058", "Alexandria", "Al Iskandariyah", "31.20176", "29.91582", "P", "PPLA", "EG", "06", "3811516"),
        row("4314550", "Alexandria", "", "31.31129", "-92.44514", "P", "PPLA2", "US", "LA", "47723"),
        row("4338356", "Rapides Parish", "", "31.19862", "-92.53293", "A", "ADM2", "US", "LA", "131613"),
        row("6252001", "United States", "USA,America", "39.76", "-98.5", "A", "PCLI", "US", "00", "310232863"),
        row("164816", "Saraqib", "Saraqeb", "35.86447", "36.80591", "P", "PPLA3", "SY", "12", "34231"),
        row("163843", "Syria", "", "35", "38", "A", "PCLI", "SY", "00", "22198110"),
        row("3996063", "Mexico", "", "23", "-102", "A", "PCLI", "MX", "00", "112468855"),
        row("3530597", "Mexico City", "Mexico,Ciudad de Mexico", "19.42847", "-99.12766", "P", "PPLC", "MX", "09", "12294193"),
        row("614540", "Georgia", "", "42", "43.5", "A", "PCLI", "GE", "00", "3731000"),
        row("4197000", "Georgia", "", "32.75042", "-83.50018", "A", "ADM1", "US", "GA", "10710017"),
        row("6255148", "Europe", "European", "48.69096", "9.14062", "L", "CONT", "", "", "0"),
        row("1036973", "Mozambique", "", "-18.25", "35", "A", "PCLI", "MZ", "00", "29668834"),
        row(String.valueOf(CABO_DELGADO), "Cabo Delgado Province", "Cabo Delgado", "-12.33355", "39.32062", "A", "ADM1", "MZ", "01", "2320261"),
        row(String.valueOf(PEMBA), "Pemba", "Porto Amelia", "-12.97395", "40.51775", "P", "PPLA", "MZ", "01", "201846"),
        row(String.valueOf(MONTEPUEZ), "Montepuez", "", "-13.12556", "38.99972", "P", "PPL", "MZ", "01", "72279"),
        row("9999902", "Montepuez", "", "-12.53", "40.47", "H", "STM", "MZ", "01", "0"),
        row(String.valueOf(COLOMBIA), "Colombia", "", "4", "-72", "A", "PCLI", "CO", "00", "47790000"),
        row("3080497", "Zary", "Zari", "51.64205", "15.13727", "P", "PPLA2", "PL", "76", "38779"),
        row(String.valueOf(BALKH), "Balkh", "", "36.75", "66.9", "A", "ADM1", "AF", "30", "713126"),
        row("1149361", "Afghanistan", "", "33", "66", "A", "PCLI", "AF", "00", "37172386"),
        row(String.valueOf(BARI_ITALY), "Bari", "", "41.05", "16.8", "A", "ADM2", "IT", "13", "1230421"),
        row(String.valueOf(BARI_SOMALIA), "Bari", "", "10.2", "49.8", "A", "ADM1", "SO", "03", "133882"),
        row("683506", "Bese", "", "46.57", "24.51", "P", "PPL", "RO", "27", "900"),
        row(String.valueOf(FARAH_PROVINCE), "Farah", "", "32.5", "62.5", "A", "ADM1", "AF", "06", "507405"),
        row(String.valueOf(FARAH_CITY), "Farah", "", "32.37451", "62.11638", "P", "PPLA", "AF", "06", "73647")) + "\n";
    Path index = dir.resolve("index");
    try (GazetteerIndexer indexer = GazetteerIndexer.create(index)) {
      indexer.importRows(new StringReader(rows), "fixture.txt", new GeoNamesReader(AdminNames.none(), m -> {}));
    }
    Gazetteer gazetteer = Gazetteer.open(index);
    Countries countries = ActorRegistry.load(KnowledgeFiles.builtIn()).countries();
    geocoder = new Geocoder(gazetteer, countries);
    resolver = new GazetteerPlaceResolver(gazetteer, countries);
  }

  private static List<Optional<GazetteerEntry>> resolve(String... names) {
    return geocoder.resolve(List.of(names).stream().map(n -> new Geocoder.Query(n, null)).toList(), null);
  }

  @Test
  void takesTheBiggestPlaceOfANameWhenNothingElseIsKnown() {
    assertEquals(361058, resolve("Alexandria").get(0).orElseThrow().geonameId());
  }

  @Test
  void takesThePlaceNearTheOtherPlacesOfTheDocument() {
    assertEquals(4314550, resolve("Alexandria", "Rapides Parish").get(0).orElseThrow().geonameId());
  }

  @Test
  void readsCountryAdjectivesAndAbbreviationsAsTheCountry() {
    assertEquals(6252001, resolve("U.S.").get(0).orElseThrow().geonameId());
    assertEquals(163843, resolve("Syrian").get(0).orElseThrow().geonameId());
  }

  @Test
  void givesClaimsPointsUnitsAndAnHonestPrecision() throws IOException {
    PlaceMention saraqib = new PlaceMention("Saraqib", 0, 7, 0, 4, false, null);
    PlaceMention nearSaraqib = new PlaceMention("Saraqib", 20, 27, 15, 4, false, "near");
    PlaceMention unknown = new PlaceMention("Qwxyzzy", 40, 47, 40, 2, false, null);
    PlaceMention westOfSaraqib = new PlaceMention("Saraqib", 60, 67, 55, 4, false, "west");
    PlaceResolver.ArticlePlaces places =
        resolver.forArticle("", List.of(saraqib, nearSaraqib, unknown, westOfSaraqib), "SYR", "Syria");
    Place town = places.place(saraqib);
    assertEquals(35.8645, town.latitude());
    assertEquals(36.8059, town.longitude());
    assertEquals(1, town.geoPrecision());
    assertEquals(2, places.place(nearSaraqib).geoPrecision());
    Place west = places.place(westOfSaraqib);
    assertEquals(2, west.geoPrecision());
    assertEquals(RelativePlaces.SIDE_KM, org.sitrep.geo.Haversine.km(35.8645, 36.8059, west.latitude(), west.longitude()), 0.1);
    assertTrue(west.longitude() < 36.8059);
    Place fallback = places.place(unknown);
    assertEquals("Qwxyzzy", fallback.location());
    assertEquals(3, fallback.geoPrecision());
    assertEquals(35.0, fallback.latitude());
  }

  @Test
  void readsWrittenAbbreviationsOfUnits() {
    assertTrue(Geocoder.abbreviates("Tenn.", "Tennessee"));
    assertTrue(Geocoder.abbreviates("W.Va.", "West Virginia"));
    assertTrue(Geocoder.abbreviates("Ga.", "Georgia"));
    assertTrue(!Geocoder.abbreviates("Ga.", "Alabama"));
    assertTrue(!Geocoder.abbreviates("T", "Tennessee"));
  }

  @Test
  void takesThePlaceInTheUnitWrittenBesideIt() {
    List<Optional<GazetteerEntry>> resolved = geocoder.resolve(List.of(new Geocoder.Query("Alexandria", "La.")), null);
    assertEquals(4314550, resolved.get(0).orElseThrow().geonameId());
  }

  @Test
  void countsANameWrittenOftenAsOneVoice() {
    // Three "Alexandria"s do not outvote the parish that says which Alexandria it is.
    List<Optional<GazetteerEntry>> resolved = resolve("Alexandria", "Alexandria", "Alexandria", "Rapides Parish");
    for (int i = 0; i < 3; i++) {
      assertEquals(4314550, resolved.get(i).orElseThrow().geonameId());
    }
  }

  @Test
  void prefersThePlaceWhoseOwnNameIsWrittenOverOneThatIsOnlyAlsoCalledSo() {
    assertEquals(3996063, resolve("Mexico").get(0).orElseThrow().geonameId());
    assertEquals(3530597, resolve("Mexico City").get(0).orElseThrow().geonameId());
  }

  @Test
  void readsACountryAdjectiveAsTheCountryEvenWhereANameIsAmbiguous() {
    assertEquals(4197000, resolve("Georgia", "Rapides Parish").get(0).orElseThrow().geonameId());
    assertEquals(614540, resolve("Georgian", "Rapides Parish").get(0).orElseThrow().geonameId());
  }

  @Test
  void readsTheAbbreviationOfAStateAsTheState() {
    assertEquals(4197000, resolve("Ga.", "Syria").get(0).orElseThrow().geonameId());
    assertTrue(resolve("Ga").get(0).isEmpty());
  }

  @Test
  void placesContinentsAndRegionsAtRegionPrecision() throws IOException {
    assertEquals(6255148, resolve("European", "Alexandria").get(0).orElseThrow().geonameId());
    PlaceMention europe = new PlaceMention("Europe", 0, 6, 0, 3, false, null);
    assertEquals(3, resolver.forArticle("", List.of(europe), null, null).place(europe).geoPrecision());
  }

  @Test
  void leavesAnUnknownNameUnresolved() {
    assertTrue(resolve("Qwxyzzy").get(0).isEmpty());
  }

  @Test
  void placesAnUnknownDistrictOfACityInTheCity() {
    assertEquals(PEMBA, resolve("Pemba-Cariacó").get(0).orElseThrow().geonameId());
    assertTrue(resolve("Qwxyzzy-Cariacó").get(0).isEmpty(), "a city the gazetteer lacks");
  }

  @Test
  void takesNoLooseMatchSpeltVeryDifferently() {
    // "Cajembe" and "Colombia" have romanisation keys one edit apart (cajamba, calamba).
    assertTrue(resolve("Cajembe").get(0).isEmpty());
  }

  @Test
  void placesAnUnknownNameInTheUnitWrittenBesideIt() {
    assertEquals(CABO_DELGADO, only(new Geocoder.Query("Cajembe", "Cabo Delgado")).orElseThrow().geonameId());
    // A town written beside it is no unit to place it in.
    assertTrue(only(new Geocoder.Query("Cajembe", "Pemba")).isEmpty());
  }

  @Test
  void carriesAWrittenUnitBackAlongAChainOfUnknownNames() {
    // "Cajembe (Macomia, Cabo Delgado)": the gazetteer knows neither Cajembe nor Macomia.
    List<Optional<GazetteerEntry>> resolved = geocoder.resolve(List.of(
        new Geocoder.Query("Cajembe", "Macomia"),
        new Geocoder.Query("Macomia", "Cabo Delgado"),
        new Geocoder.Query("Cabo Delgado", null)), null);
    for (Optional<GazetteerEntry> place : resolved) {
      assertEquals(CABO_DELGADO, place.orElseThrow().geonameId());
    }
  }

  @Test
  void letsTheUnitWrittenBesideANameVoteForTheCountry() {
    // Alone, Alexandria is Egypt's; beside a Louisiana parish, the document is American.
    assertEquals(4314550, only(new Geocoder.Query("Alexandria", "Rapides Parish")).orElseThrow().geonameId());
  }

  @Test
  void weighsLooseMatchesBelowExactOnesWhenVotingForTheCountry() {
    assertEquals(MONTEPUEZ, resolve("Montepues").get(0).orElseThrow().geonameId());
    // Two Montepuez (a town and a river) match loosely: half a vote and a quarter, less than
    // Saraqib's exact one, so the document is Syrian and a loose match in Mozambique is not taken.
    assertTrue(resolve("Saraqib", "Montepues").get(1).isEmpty());
  }

  @Test
  void placesAnUnknownNameAtTheNearestTownItsSentenceNames() throws IOException {
    PlaceMention montepuez = new PlaceMention("Montepuez", 0, 9, 0, 4, false, null);
    PlaceMention province = new PlaceMention("Cabo Delgado", 20, 32, 20, 4, false, null);
    PlaceMention unknown = new PlaceMention("Paquitequete", 40, 52, 37, 2, false, null);
    PlaceMention pemba = new PlaceMention("Pemba", 70, 75, 67, 4, false, null);
    PlaceResolver.ArticlePlaces places =
        resolver.forArticle("", List.of(montepuez, province, unknown, pemba), "MOZ", "Mozambique");
    Place town = places.place(pemba);
    assertEquals(1, town.geoPrecision());
    // The province is nearer in the text but too wide; Pemba is nearer than Montepuez.
    Place near = places.place(unknown, List.of(montepuez, province, pemba));
    assertEquals("Paquitequete", near.location());
    assertEquals(2, near.geoPrecision());
    assertEquals(town.latitude(), near.latitude());
    assertEquals(town.longitude(), near.longitude());
    // With only the province beside it, the name falls back to the country.
    assertEquals(3, places.place(unknown, List.of(province)).geoPrecision());
    assertEquals(town, places.place(pemba, List.of(montepuez)));
  }

  private static Optional<GazetteerEntry> only(Geocoder.Query query) {
    return geocoder.resolve(List.of(query), null).get(0);
  }

  @Test
  void aTownAbroadOutsideTheWrittenUnitGivesWayToTheUnit() {
    // "Zari district center, Balkh" in an Afghan report: not Zary in Poland, somewhere in Balkh.
    List<Optional<GazetteerEntry>> found = geocoder.resolve(
        List.of(new Geocoder.Query("Zari", "Balkh"), new Geocoder.Query("Balkh", null)), "AF");
    assertEquals(BALKH, found.get(0).orElseThrow().geonameId());
  }

  @Test
  void theWrittenUnitIsTheOneInTheDocumentsCountry() {
    Geocoder.Query village = new Geocoder.Query("Qardho", "Bari");
    assertEquals(BARI_SOMALIA, geocoder.resolve(List.of(village), "SO").get(0).orElseThrow().geonameId());
    assertEquals(BARI_ITALY, geocoder.resolve(List.of(village), null).get(0).orElseThrow().geonameId());
  }

  @Test
  void aVillageAbroadIsTakenForAnUnknownVillageOfTheDocumentsCountry() {
    assertTrue(geocoder.resolve(List.of(new Geocoder.Query("Bese", null)), "CD").get(0).isEmpty());
    assertEquals("RO", geocoder.resolve(List.of(new Geocoder.Query("Bese", null)), null).get(0).orElseThrow().countryCode());
  }

  @Test
  void aNameTheTextCallsACityIsTheTownNotTheProvince() {
    assertEquals(FARAH_PROVINCE, geocoder.resolve(List.of(new Geocoder.Query("Farah", null)), "AF").get(0).orElseThrow().geonameId());
    assertEquals(FARAH_CITY, geocoder.resolve(List.of(new Geocoder.Query("Farah", null, true)), "AF").get(0).orElseThrow().geonameId());
  }

  @Test
  void settlementNounsAroundANameCallItATown() {
    String text = "a sniper in the Kerji area of Farah city and the town of Kumbo in Bui";
    assertTrue(SettlementNouns.around(text, span(text, "Farah")));
    assertTrue(SettlementNouns.around(text, span(text, "Kumbo")));
    assertTrue(!SettlementNouns.around(text, span(text, "Kerji")) && !SettlementNouns.around(text, span(text, "Bui")));
  }

  private static org.sitrep.geo.TextSpan span(String text, String name) {
    int at = text.indexOf(name);
    return new org.sitrep.geo.TextSpan(at, at + name.length());
  }

  @Test
  void aNamedZoneOfACityIsNamedAsACLEDNamesIt() {
    PlaceMention northZone = new PlaceMention("Mexico City", 30, 41, 11, 6, false, "north zone");
    Place place = resolver.forArticle("", List.of(northZone), "MEX", "Mexico").place(northZone);
    assertEquals("Mexico City-North Zone", place.location());
    assertEquals(19.4285, place.latitude());
  }
}
