package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesReaderTest {

  @TempDir Path tmp;

  @Test
  void readsEveryColumnOfARow() throws IOException {
    GazetteerEntry idlib = Places.read(Places.ROWS).get(0);
    assertEquals(169389, idlib.geonameId());
    assertEquals("Idlib", idlib.name());
    assertEquals(List.of("Idleb", "Idlip", "إدلب"), idlib.alternateNames());
    assertEquals(35.93062, idlib.latitude());
    assertEquals(36.63393, idlib.longitude());
    assertEquals("P", idlib.featureClass());
    assertEquals("PPLA", idlib.featureCode());
    assertEquals("SY", idlib.countryCode());
    assertEquals("Syria", idlib.countryName());
    assertEquals("12", idlib.admin1Code());
    assertEquals(128840, idlib.population());
    assertEquals("rows", idlib.source());
  }

  @Test
  void skipsCommentsAndGivesAnEmptyIdAsZero() throws IOException {
    List<GazetteerEntry> entries = Places.read(Places.ROWS);
    assertEquals(9, entries.size());
    assertEquals(0, entries.get(8).geonameId());
    assertEquals("Nayrab", entries.get(8).name());
  }

  @Test
  void namesUnitsAndCountriesFromTheCodeFiles() throws IOException {
    Path admin1 = Files.writeString(tmp.resolve("admin1CodesASCII.txt"), "SY.12\tIdlib\tIdlib\t169388\n");
    Path countries =
        Files.writeString(
            tmp.resolve("countryInfo.txt"),
            "#ISO\tISO3\tISO-Numeric\tfips\tCountry\n"
                + "SY\tSYR\t760\tSY\tSyrian Arab Republic\tDamascus\n");
    List<GazetteerEntry> entries = new ArrayList<>();
    new GeoNamesReader(AdminNames.read(countries, admin1, null), m -> {})
        .read(new StringReader(Places.ROWS), "rows", "rows", entries::add);
    assertEquals("Idlib", entries.get(0).admin1Name());
    assertEquals("Syrian Arab Republic", entries.get(0).countryName());
    assertEquals("", entries.get(6).admin1Name());
  }

  @Test
  void skipsAndReportsMalformedLinesWithFileAndLine() throws IOException {
    Path file =
        Files.writeString(
            tmp.resolve("SY.txt"),
            Places.ROWS
                + "not a row\n"
                + Places.row("1", "Bad", "Bad", "", "north", "36", "P", "PPL", "SY", "12", "0")
                + "\n");
    List<String> messages = new ArrayList<>();
    ReadSummary summary = new GeoNamesReader(AdminNames.none(), messages::add).read(file, e -> {});
    assertEquals(new ReadSummary("SY.txt", 12, 9, 2), summary);
    assertEquals(
        List.of(
            file + ":11: skipped, 1 tab-separated columns, GeoNames rows have 19",
            file + ":12: skipped, latitude is not a number: 'north'"),
        messages);
  }

  @Test
  void failsOnAFileWithoutAValidLine() throws IOException {
    Path file = Files.writeString(tmp.resolve("junk.txt"), "# only a comment\nnot a row\n");
    GazetteerFileException e =
        assertThrows(
            GazetteerFileException.class,
            () -> new GeoNamesReader(AdminNames.none(), m -> {}).read(file, x -> {}));
    assertEquals(file + ": no valid GeoNames line (1 malformed)", e.getMessage());
  }

  @Test
  void namesAMissingFile() {
    Path file = tmp.resolve("missing.txt");
    GazetteerFileException e =
        assertThrows(
            GazetteerFileException.class,
            () -> new GeoNamesReader(AdminNames.none(), m -> {}).read(file, x -> {}));
    assertEquals(file + ": no such file", e.getMessage());
  }

  @Test
  void readsTheTextFileInsideAZip() throws IOException {
    Path zip = tmp.resolve("SY.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("not places".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("SY.txt"));
      z.write(Places.ROWS.getBytes(StandardCharsets.UTF_8));
    }
    List<GazetteerEntry> entries = new ArrayList<>();
    ReadSummary summary = new GeoNamesReader(AdminNames.none(), m -> {}).read(zip, entries::add);
    assertEquals(9, summary.entries());
    assertEquals("SY.txt", entries.get(0).source());
  }

  @Test
  void reportsProgressEveryHundredThousandLines() throws IOException {
    String row = Places.row("1", "A", "A", "", "1", "1", "P", "PPL", "SY", "", "0") + "\n";
    List<String> messages = new ArrayList<>();
    new GeoNamesReader(AdminNames.none(), messages::add)
        .read(new StringReader(row.repeat(200_001)), "big", "big", e -> {});
    assertEquals(List.of("big: 100,000 lines, 99,999 places", "big: 200,000 lines, 199,999 places"), messages);
  }
}
