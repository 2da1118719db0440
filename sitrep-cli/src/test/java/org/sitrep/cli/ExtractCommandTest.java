package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.output.ClaimColumns;

/**
 * {@code sitrep extract} over the real pipeline. The assertions are on structure, so that they hold
 * whatever claims the pipeline finds.
 */
class ExtractCommandTest {

  private static final String CLASH =
      " date 2020-05-03 Photo: A. Person\n"
          + "Al-Shabaab fighters attacked an army base in Bulo Burde on Sunday, killing four"
          + " soldiers, a military officer said.\n";

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content).toString();
  }

  private static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static void assertClaimRecords(JsonNode array) {
    assertTrue(array.isArray(), array.toString());
    for (JsonNode claim : array) {
      assertEquals(ClaimColumns.names(), fieldNames(claim));
    }
  }

  @Test
  void printsOneJsonArrayOfClaimRecords() throws IOException {
    Run run = Run.of("extract", file("clash.txt", CLASH));
    assertEquals(0, run.exit(), run.err());
    assertClaimRecords(JSON.readTree(run.out()));
  }

  @Test
  void unreadableFileExitsOneNamesItAndTheOtherFilesAreStillRead() throws IOException {
    String missing = dir.resolve("missing.txt").toString();
    String feed =
        file("feed.jsonl", "{\"text\":\"Police arrested 12 protesters.\"}\n{\"text\": nope}\n");
    String clash = file("clash.txt", CLASH);
    Run run = Run.of("extract", missing, feed, clash);
    assertEquals(1, run.exit());
    assertEquals(
        "sitrep: " + missing + ": file not found\n"
            + "sitrep: " + feed + ": line 2: not valid JSON: Unrecognized token 'nope': was"
            + " expecting (JSON String, Number, Array, Object or token 'null', 'true' or"
            + " 'false')\n",
        run.err());
    assertClaimRecords(JSON.readTree(run.out()));
  }

  @Test
  void allInputsUnreadableStillPrintsValidJson() throws IOException {
    Run run = Run.of("extract", dir.toString());
    assertEquals(1, run.exit());
    assertEquals("sitrep: " + dir + ": is a directory\n", run.err());
    assertEquals("[]\n", run.out());
  }

  @Test
  void readsStandardInput() throws IOException {
    Run run = Run.withStdin(CLASH, "extract", "--source", "Radio Mogadishu", "-");
    assertEquals(0, run.exit(), run.err());
    JsonNode claims = JSON.readTree(run.out());
    assertClaimRecords(claims);
    for (JsonNode claim : claims) {
      assertEquals("Radio Mogadishu", claim.get("source").asText());
    }
  }

  @Test
  void emptyStandardInputIsUnreadable() {
    Run run = Run.withStdin("", "extract", "-");
    assertEquals(1, run.exit());
    assertEquals("sitrep: standard input: empty\n", run.err());
  }

  @Test
  void printsCsvWithTheHeaderAndOneRowPerClaim() throws IOException {
    Run run = Run.of("extract", "--format", "csv", "--date", "2020-05-04", file("c.txt", CLASH));
    assertEquals(0, run.exit(), run.err());
    List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(run.out())).getRecords();
    assertEquals(ClaimColumns.names(), rows.get(0).toList());
    for (CSVRecord row : rows) {
      assertEquals(ClaimColumns.names().size(), row.size());
    }
  }

  @Test
  void printsAGeoJsonFeatureCollection() throws IOException {
    Run run = Run.of("extract", "--format=GEOJSON", file("c.txt", CLASH));
    assertEquals(0, run.exit(), run.err());
    JsonNode collection = JSON.readTree(run.out());
    assertEquals("FeatureCollection", collection.get("type").asText());
    assertTrue(collection.get("features").isArray());
    for (JsonNode feature : collection.get("features")) {
      assertEquals("Feature", feature.get("type").asText());
      assertEquals(ClaimColumns.names(), fieldNames(feature.get("properties")));
      JsonNode geometry = feature.get("geometry");
      assertTrue(geometry.isNull() || "Point".equals(geometry.get("type").asText()));
    }
  }

  @Test
  void reportsProgressForManyFilesOnStandardErrorOnly() throws IOException {
    List<String> args = new ArrayList<>(List.of("extract"));
    for (int i = 0; i < 5; i++) {
      args.add(file("a" + i + ".txt", CLASH));
    }
    Run run = Run.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("sitrep: [5/5] "), run.err());
    assertTrue(run.err().contains("sitrep: 5 files, 5 articles, "), run.err());
    assertClaimRecords(JSON.readTree(run.out()));
  }
}
