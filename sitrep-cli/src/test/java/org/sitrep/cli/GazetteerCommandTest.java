package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.gazetteer.Supplement;
import picocli.CommandLine;

/** The gazetteer and geocode commands, in-process, over a temporary Sitrep home. */
class GazetteerCommandTest {

  /** The places of the project's supplement, which every index holds. */
  private static final long SUPPLEMENT_ROWS = supplementRows();

  private static final String ROWS =
      String.join(
              "\n",
              "# three real places",
              row("169389", "Idlib", "Idleb,Idlip", "35.93062", "36.63393", "P", "PPLA", "12", "128840"),
              row("167611", "Ma‘arrat an Nu‘mān", "Ma'arrat al-Nu'man", "35.6483", "36.67693", "P", "PPLA2", "12", "0"),
              row("", "Idlib", "Idlib Governorate", "35.82688", "36.69572", "A", "ADM1", "12", "435557"))
          + "\n";

  @TempDir Path home;

  private static String row(
      String id, String name, String alternates, String lat, String lon, String featureClass,
      String featureCode, String admin1, String population) {
    return String.join(
        "\t", id, name, name, alternates, lat, lon, featureClass, featureCode, "SY", "", admin1,
        "", "", "", population, "", "", "Asia/Damascus", "2024-01-01");
  }

  private Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Streams streams =
        new Streams(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    CommandLine cl =
        new CommandLine(new SitrepCommand(streams))
            .addSubcommand(GazetteerCommand.commandLine(streams, () -> home))
            .addSubcommand(new GeocodeCommand(streams, () -> home));
    cl.setOut(new PrintWriter(streams.out(), true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(streams.err(), true, StandardCharsets.UTF_8));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path places() throws IOException {
    return Files.writeString(home.resolve("SY.txt"), ROWS);
  }

  @Test
  void importsAFileAndTheSupplementIntoANewIndex() throws IOException {
    Run imported = run("gazetteer", "import", places().toString());
    assertEquals(0, imported.exit(), imported.err());
    assertTrue(imported.err().contains("sitrep: gazetteer: SY.txt: 3 places in "), imported.err());
    Run info = run("gazetteer", "info", "--json");
    assertEquals(0, info.exit(), info.err());
    assertTrue(
        info.out().contains("\"sources\":{\"SY.txt\":3,\"supplement.txt\":" + SUPPLEMENT_ROWS + "}"),
        info.out());
    assertTrue(info.out().contains("\"entries\":" + (3 + SUPPLEMENT_ROWS) + ","), info.out());
  }

  @Test
  void geocodePrintsRankedCandidatesWithTheirMatchLevel() throws IOException {
    run("gazetteer", "import", places().toString());
    Run idlib = run("geocode", "Idleb");
    assertEquals(0, idlib.exit(), idlib.err());
    assertEquals(
        List.of(
            "match\tname\tcountry\tcountry_code\tadmin1\tfeature_code\tpopulation\tlatitude"
                + "\tlongitude\tgeonameid",
            "exact\tIdlib\tSyria\tSY\t12\tPPLA\t128840\t35.93062\t36.63393\t169389",
            "variant\tIdlib\tSyria\tSY\t12\tADM1\t435557\t35.82688\t36.69572\t0"),
        idlib.out().lines().toList());
    Run maarat = run("geocode", "Maaret al-Noman", "--json", "--max", "1");
    assertEquals(
        "[{\"match\":\"variant\",\"name\":\"Ma‘arrat an Nu‘mān\",\"country\":\"Syria\","
            + "\"country_code\":\"SY\",\"admin1\":\"12\",\"feature_code\":\"PPLA2\","
            + "\"population\":0,\"latitude\":35.6483,\"longitude\":36.67693,"
            + "\"geonameid\":167611}]\n",
        maarat.out());
  }

  @Test
  void geocodeFindsTheSupplementsVillages() throws IOException {
    run("gazetteer", "import", places().toString());
    assertTrue(run("geocode", "Nay-rab").out().contains("exact\tNayrab\t"));
    assertTrue(run("geocode", "Tor-naba").out().contains("exact\tTarnaba\t"));
  }

  @Test
  void tellsToRunSetupWhenThereIsNoIndex() {
    Run geocode = run("geocode", "Idlib");
    assertEquals(1, geocode.exit());
    assertEquals("", geocode.out());
    assertEquals(
        "sitrep: no gazetteer index in "
            + home.resolve("gazetteer/index")
            + ": run ./sitrep setup to build it\n",
        geocode.err());
    assertEquals(1, run("gazetteer", "info").exit());
    assertEquals(1, run("gazetteer", "export").exit());
  }

  @Test
  void namesAnUnreadableFileAndImportsTheOthers() throws IOException {
    Path missing = home.resolve("missing.txt");
    Run run = run("gazetteer", "import", missing.toString(), places().toString());
    assertEquals(1, run.exit());
    assertTrue(run.err().contains("sitrep: " + missing + ": no such file\n"), run.err());
    assertTrue(run("geocode", "Idlib").out().contains("169389"));
  }

  @Test
  void addWritesTheUsersFileUnderTheHomeAndIndexesIt() throws IOException {
    run("gazetteer", "import", places().toString());
    Run add =
        run(
            "gazetteer", "add", "Tell Mardikh", "35.8306", "36.8036", "--admin1", "Idlib",
            "--alternate", "Ebla");
    assertEquals(0, add.exit(), add.err());
    List<String> lines = Files.readAllLines(home.resolve("gazetteer/user-places.txt"));
    assertEquals(2, lines.size());
    assertTrue(
        lines.get(1).startsWith("0\tTell Mardikh\tTell Mardikh\tEbla\t35.83060\t36.80360\tP\tPPL\tSY\t\t12\t"),
        lines.get(1));
    assertTrue(run("geocode", "Ebla").out().contains("exact\tTell Mardikh\tSyria\tSY\t12\tPPL\t"));
  }

  @Test
  void addRejectsAPointOffTheGlobe() {
    Run add = run("gazetteer", "add", "Nowhere", "95", "10");
    assertEquals(2, add.exit());
    assertTrue(add.err().contains("LAT must lie in -90..90, was 95.0"), add.err());
    assertTrue(Files.notExists(home.resolve("gazetteer/user-places.txt")));
  }

  @Test
  void exportWritesGeoNamesRows() throws IOException {
    run("gazetteer", "import", places().toString());
    Path file = home.resolve("export.txt");
    Run export = run("gazetteer", "export", "-o", file.toString());
    assertEquals(0, export.exit(), export.err());
    List<String> lines = Files.readAllLines(file);
    assertEquals(3 + SUPPLEMENT_ROWS, lines.size());
    for (String line : lines) {
      assertEquals(19, line.split("\t").length, line);
    }
    assertEquals(3 + SUPPLEMENT_ROWS, run("gazetteer", "export").out().lines().count());
  }

  @Test
  void rebuildsTheDefaultGazetteerWithTheUsersPlaces() throws IOException {
    Files.createDirectories(home.resolve("places"));
    Files.writeString(home.resolve("places/geonames-default.txt"), ROWS);
    Files.writeString(home.resolve("places/admin1CodesASCII.txt"), "SY.12\tIdlib\tIdlib\t\n");
    run("gazetteer", "add", "Tell Mardikh", "35.8306", "36.8036", "--country", "SY");
    Run rebuilt = run("gazetteer", "import", "--default");
    assertEquals(0, rebuilt.exit(), rebuilt.err());
    Run info = run("gazetteer", "info", "--json");
    assertTrue(
        info.out()
            .contains(
                "\"sources\":{\"geonames-default.txt\":3,\"supplement.txt\":"
                    + SUPPLEMENT_ROWS
                    + ",\"user-places.txt\":1}"),
        info.out());
    assertTrue(run("geocode", "Idlib").out().contains("\tSY\tIdlib\tPPLA\t"));
  }

  private static long supplementRows() {
    try (BufferedReader in = new BufferedReader(Supplement.open())) {
      return in.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
