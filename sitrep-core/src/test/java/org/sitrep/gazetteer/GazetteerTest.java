package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {

  @TempDir Path dir;

  @BeforeEach
  void index() throws IOException {
    Places.index(dir);
  }

  private List<String> found(String name, int max) throws IOException {
    try (Gazetteer gazetteer = Gazetteer.open(dir)) {
      return gazetteer.find(name, max).stream()
          .map(m -> m.entry().name() + "/" + m.entry().featureCode() + "/" + m.level())
          .toList();
    }
  }

  @Test
  void ranksPlacesAndUnitsAboveOtherFeaturesThenByPopulation() throws IOException {
    assertEquals(
        List.of("Idlib/PPLA/EXACT", "Idlib Governorate/ADM1/EXACT", "Idlib/STM/EXACT"),
        found("Idlib", 5));
  }

  @Test
  void matchesAlternateNamesExactly() throws IOException {
    assertEquals(List.of("Idlib/PPLA/EXACT"), found("Idleb", 1));
    assertEquals(List.of("Aleppo/PPLA/EXACT"), found("حلب", 1));
    assertEquals(List.of("Syria/PCLI/EXACT"), found("syrian arab republic", 3));
  }

  @Test
  void matchesDiacriticsAndApostrophesExactly() throws IOException {
    assertEquals(List.of("Ma‘arrat an Nu‘mān/PPLA2/EXACT"), found("Ma'arrat al-Nuʿmān", 1));
    assertEquals(List.of("Sarāqib/PPLA3/EXACT"), found("SARAQIB", 1));
  }

  @Test
  void matchesRomanisationVariantsBelowExactMatches() throws IOException {
    assertEquals(List.of("Ma‘arrat an Nu‘mān/PPLA2/VARIANT"), found("Maarat al-Numan", 5));
    assertEquals(List.of("Ma‘arrat an Nu‘mān/PPLA2/VARIANT"), found("Maaret al-Noman", 5));
    assertEquals(List.of("Nayrab/PPL/VARIANT"), found("Nay-rab", 5));
    assertEquals(List.of("Nayrab/PPL/VARIANT"), found("Neirab", 5));
  }

  @Test
  void matchesLongNamesFuzzilyBelowVariants() throws IOException {
    assertEquals(List.of("Sarmīn/PPLA3/FUZZY"), found("Saramin", 5));
  }

  @Test
  void matchesFuzzilyOnlyNamesSpelledNearlyAlike(@TempDir Path other) throws IOException {
    String rows =
        Places.row("3686110", "Colombia", "Colombia", "", "4", "-72", "A", "PCLI", "CO", "00", "47790000")
            + "\n"
            + Places.row("1051823", "Cabo Delgado Province", "Cabo Delgado Province", "Cabo Delgado",
                "-12.33355", "39.32062", "A", "ADM1", "MZ", "01", "2320261")
            + "\n";
    Places.index(other, rows);
    try (Gazetteer gazetteer = Gazetteer.open(other)) {
      // Keys one edit apart (cajamba, calamba), but five letters apart.
      assertEquals(List.of(), gazetteer.find("Cajembe", 5));
      // Up to two letters apart, three from ten letters on.
      assertEquals(List.of("Colombia/FUZZY"), gazetteer.find("Colombya", 5).stream()
          .map(m -> m.entry().name() + "/" + m.level()).toList());
      assertEquals(List.of("Cabo Delgado Province/FUZZY"), gazetteer.find("Cabu Dilgato", 5).stream()
          .map(m -> m.entry().name() + "/" + m.level()).toList());
    }
  }

  @Test
  void doesNotMatchShortNamesFuzzily() throws IOException {
    assertEquals(List.of(), found("Idlab", 5).stream().filter(s -> s.endsWith("FUZZY")).toList());
    assertEquals(List.of(), found("Halbo", 5));
  }

  @Test
  void findsNothingForUnknownOrEmptyNames() throws IOException {
    assertEquals(List.of(), found("Kismaayo", 5));
    assertEquals(List.of(), found(" - ", 5));
  }

  @Test
  void lookupGivesTheEntriesWithTheirColumns() throws IOException {
    try (Gazetteer gazetteer = Gazetteer.open(dir)) {
      GazetteerEntry aleppo = gazetteer.lookup("Halab", 1).get(0);
      assertEquals(170063, aleppo.geonameId());
      assertEquals(List.of("Halab", "حلب"), aleppo.alternateNames());
      assertEquals(36.20124, aleppo.latitude());
      assertEquals(1602264, aleppo.population());
      assertEquals("09", aleppo.admin1Code());
      assertEquals("fixture.txt", aleppo.source());
    }
  }

  @Test
  void coversANameNearAPointOnly() throws IOException {
    try (Gazetteer gazetteer = Gazetteer.open(dir)) {
      assertTrue(gazetteer.covers("Saraqeb", 35.9, 36.9, 161));
      assertTrue(gazetteer.covers("Maʿarrat al-Nuʿmān", 35.6483, 36.67693, 1));
      assertFalse(gazetteer.covers("Saraqeb", 33.5, 36.3, 161));
      assertFalse(gazetteer.covers("Maaret al-Numan", 35.6483, 36.67693, 161));
    }
  }

  @Test
  void countsEntriesPerFeatureClassAndSource() throws IOException {
    try (Gazetteer gazetteer = Gazetteer.open(dir)) {
      GazetteerInfo info = gazetteer.info();
      assertEquals(9, info.entries());
      assertEquals(Map.of("A", 2L, "H", 1L, "P", 6L), info.byFeatureClass());
      assertEquals(Map.of("fixture.txt", 9L), info.bySource());
      assertTrue(info.bytesOnDisk() > 0);
    }
  }

  @Test
  void replacesEntriesWithTheSameIdOrNameAndPoint() throws IOException {
    String again =
        Places.row("169389", "Idlib", "Idlib", "", "35.93", "36.63", "P", "PPLA", "SY", "12", "5")
            + "\n"
            + Places.row("", "Nayrab", "Nayrab", "", "35.855", "36.745", "P", "PPL", "SY", "12", "7")
            + "\n";
    try (GazetteerIndexer indexer = GazetteerIndexer.open(dir)) {
      indexer.importRows(
          new java.io.StringReader(again), "again.txt", new GeoNamesReader(AdminNames.none(), m -> {}));
    }
    try (Gazetteer gazetteer = Gazetteer.open(dir)) {
      assertEquals(9, gazetteer.info().entries());
      assertEquals(5, gazetteer.lookup("Idlib", 1).get(0).population());
      assertEquals(7, gazetteer.lookup("Nayrab", 1).get(0).population());
      assertEquals(Map.of("fixture.txt", 7L, "again.txt", 2L), gazetteer.info().bySource());
    }
  }

  @Test
  void exportsEveryEntryAsAParseableGeoNamesRow() throws IOException {
    StringWriter out = new StringWriter();
    try (GazetteerIndexer indexer = GazetteerIndexer.open(dir)) {
      assertEquals(9, indexer.export(out, LocalDate.of(2026, 1, 2)));
    }
    String[] lines = out.toString().split("\n");
    assertEquals(9, lines.length);
    assertEquals(
        "169389\tIdlib\tIdlib\tIdleb,Idlip,إدلب\t35.93062\t36.63393\tP\tPPLA\tSY\t\t12\t\t\t\t128840"
            + "\t\t\t\t2026-01-02",
        lines[0]);
    assertEquals("2000000000\tNayrab", lines[8].substring(0, 17));
    for (String line : lines) {
      assertEquals(19, line.split("\t").length, line);
    }
    assertEquals(Places.read(Places.ROWS).size(), Places.read(out.toString()).size());
  }

  @Test
  void putsTheFocusCountriesFirstWithinAMatchLevel(@TempDir Path other) throws IOException {
    String rows =
        Places.row("2210247", "Tripoli", "Tripoli", "", "32.88743", "13.18733", "P", "PPLC", "LY", "77", "1150989")
            + "\n"
            + Places.row("266826", "Tripoli", "Tripoli", "", "34.43667", "35.84972", "P", "PPLA", "LB", "09", "229398")
            + "\n";
    Places.index(other, rows);
    try (Gazetteer gazetteer = Gazetteer.open(other)) {
      assertEquals(
          List.of("LY", "LB"),
          gazetteer.lookup("Tripoli", 2).stream().map(GazetteerEntry::countryCode).toList());
      assertEquals(
          List.of("LB", "LY"),
          gazetteer.find("Tripoli", 2, java.util.Set.of("LB")).stream()
              .map(m -> m.entry().countryCode())
              .toList());
    }
  }

  @Test
  void tellsToRunSetupWhenThereIsNoIndex(@TempDir Path empty) {
    NoGazetteerException e = assertThrows(NoGazetteerException.class, () -> Gazetteer.open(empty));
    assertEquals(
        "no gazetteer index in " + empty + ": run ./sitrep setup to build it", e.getMessage());
  }
}
