package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaceNamesTest {

  private final PlaceNames places = Samples.places();

  private static List<String> describe(List<PlaceName> found) {
    return found.stream().map(p -> p.kind() + " " + p.countryIso3() + " " + p.population()).toList();
  }

  @Test
  void loadsEveryLineOfTheSample() {
    assertEquals(23, places.size());
  }

  @Test
  void findsAPlaceByItsNameAndItsAlternateNames() {
    assertEquals("Sarāqib", places.lookup("Saraqib").get(0).name());
    assertEquals("Sarāqib", places.lookup("Saraqeb").get(0).name());
    assertEquals("Misratah", places.lookup("Misrata").get(0).name());
  }

  @Test
  void matchesRegardlessOfAccentsCaseHyphensAndApostrophes() {
    assertEquals(1, places.lookup("SARAQIB").size());
    assertEquals(1, places.lookup("maarrat an numan").size());
    assertEquals(1, places.lookup("Ma’arat al Numan").size());
    assertEquals("Łuhańsk", places.lookup("Luhansk").get(0).name());
  }

  @Test
  void findsANameWithoutItsArticleAndWithAnArticleItLacks() {
    assertEquals("Al-Hasakah", places.lookup("Hasakah").get(0).name());
    assertEquals("Al-Hasakah", places.lookup("al-Hasakah").get(0).name());
    assertEquals("Misratah", places.lookup("al-Misrata").get(0).name());
  }

  @Test
  void findsANameFollowedByAGenericUnitWord() {
    assertEquals(describe(places.lookup("Idlib")), describe(places.lookup("Idlib province")));
    assertEquals(3, places.lookup("Cuauhtemoc municipality").size());
  }

  @Test
  void ranksCountriesThenAdminUnitsThenTownsThenByPopulation() {
    assertEquals(List.of("COUNTRY GEO 3700000", "ADMIN1 USA 4718281"), describe(places.lookup("Georgia")));
    assertEquals(List.of("ADMIN1 SYR 435557", "CITY SYR 128840"), describe(places.lookup("Idlib")));
    assertEquals(
        List.of("ADMIN2 MEX 128362", "CITY MEX 531831", "CITY MEX 114007"),
        describe(places.lookup("Cuauhtémoc")));
    assertEquals(List.of("CITY LBY 1150989", "CITY LBN 229398"), describe(places.lookup("Tripoli")));
  }

  @Test
  void givesCountriesAsIso3AndKosovoAsAcledCodesIt() {
    assertEquals("SYR", places.lookup("Syrian Arab Republic").get(0).countryIso3());
    assertEquals("XKX", places.lookup("Prishtina").get(0).countryIso3());
    assertEquals(Optional.of("Kosovo"), places.countryName("XKX"));
  }

  @Test
  void keepsAllFieldsOfALine() {
    assertEquals(
        new PlaceName(
            "Sarāqib", PlaceName.Kind.CITY, "SYR", "Syria", "Idlib", 34231, 35.86447, 36.80591),
        places.lookup("Saraqib").get(0));
    PlaceName syria = places.lookup("Syria").get(0);
    assertEquals(null, syria.admin1());
  }

  @Test
  void findsNothingForUnknownOrEmptyNames() {
    assertEquals(List.of(), places.lookup("Nayrab"));
    assertEquals(List.of(), places.lookup(""));
    assertEquals(List.of(), places.lookup(" - "));
    assertEquals(List.of(), places.lookup(null));
  }

  @Test
  void emptyIndexFindsNothing() {
    assertEquals(List.of(), PlaceNames.empty().lookup("Idlib"));
    assertEquals(0, PlaceNames.empty().size());
  }

  @Test
  void missingFolderGivesAnEmptyIndex(@TempDir Path dir) throws IOException {
    assertEquals(0, PlaceNames.load(dir.resolve("nowhere")).size());
    assertEquals(0, PlaceNames.load(dir).size());
  }

  @Test
  void readsAGzippedFile(@TempDir Path dir) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("places.tsv.gz")))) {
      out.write(Files.readAllBytes(Samples.dir().resolve("places.tsv")));
    }
    assertEquals(23, PlaceNames.load(dir).size());
  }

  @Test
  void readsBothFilesWhenBothArePresent(@TempDir Path dir) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("places.tsv.gz")))) {
      out.write(Files.readAllBytes(Samples.dir().resolve("places.tsv")));
    }
    write(dir, "Nayrab\t\tCITY\tSY\tSyria\tAleppo\t\t36.18\t37.22\n");
    PlaceNames both = PlaceNames.load(dir);
    assertEquals(24, both.size());
    assertEquals("SYR", both.lookup("Nayrab").get(0).countryIso3());
    assertEquals(0, both.lookup("Nayrab").get(0).population());
  }

  @Test
  void namesFileAndLineOfAMissingField(@TempDir Path dir) throws IOException {
    write(dir, "#sitrep-places\t1\nIdlib\t\tCITY\tSY\tSyria\tIdlib\t1\t35.9\t36.6\nSaraqib\tCITY\tSY\n");
    CorruptPlacesFileException e =
        assertThrows(CorruptPlacesFileException.class, () -> PlaceNames.load(dir));
    assertEquals(dir.resolve("places.tsv"), e.file());
    assertEquals(3, e.line());
    assertEquals(
        dir.resolve("places.tsv") + " line 3: expected 9 tab-separated fields, found 3",
        e.getMessage());
  }

  @Test
  void rejectsAnUnknownKind(@TempDir Path dir) throws IOException {
    write(dir, "Idlib\t\tTOWN\tSY\tSyria\tIdlib\t1\t35.9\t36.6\n");
    assertMessageEndsWith(dir, "line 1: unknown kind 'TOWN' (COUNTRY, ADMIN1, ADMIN2 or CITY)");
  }

  @Test
  void rejectsAnUnknownCountryCode(@TempDir Path dir) throws IOException {
    write(dir, "Idlib\t\tCITY\tSYR\tSyria\tIdlib\t1\t35.9\t36.6\n");
    assertMessageEndsWith(dir, "line 1: unknown ISO 3166-1 alpha-2 country code 'SYR'");
  }

  @Test
  void rejectsANumberThatIsNot(@TempDir Path dir) throws IOException {
    write(dir, "Idlib\t\tCITY\tSY\tSyria\tIdlib\t1\tnorth\t36.6\n");
    assertMessageEndsWith(
        dir, "line 1: population, latitude and longitude must be numbers: For input string: \"north\"");
  }

  @Test
  void rejectsCoordinatesOutOfRange(@TempDir Path dir) throws IOException {
    write(dir, "Idlib\t\tCITY\tSY\tSyria\tIdlib\t1\t135.9\t36.6\n");
    assertMessageEndsWith(dir, "line 1: population, latitude or longitude out of range");
  }

  @Test
  void rejectsAnUnknownFormatVersion(@TempDir Path dir) throws IOException {
    write(dir, "#sitrep-places\t2\n");
    assertMessageEndsWith(dir, "line 1: unknown format version '2'");
  }

  private static void write(Path dir, String text) throws IOException {
    Files.writeString(dir.resolve("places.tsv"), text, StandardCharsets.UTF_8);
  }

  private static void assertMessageEndsWith(Path dir, String end) {
    CorruptPlacesFileException e =
        assertThrows(CorruptPlacesFileException.class, () -> PlaceNames.load(dir));
    assertTrue(e.getMessage().endsWith(end), e.getMessage());
    assertTrue(e.getMessage().startsWith(dir.resolve("places.tsv").toString()), e.getMessage());
  }
}
