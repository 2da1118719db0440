package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep bench} over the real pipeline and a three-article file. */
class BenchCommandTest {

  private static final String THREE = NewsXmlTest.resource("three-articles.xml").toString();

  @TempDir Path dir;

  @Test
  void printsEveryFigureAsOneJsonObject() throws Exception {
    Run run = Run.of("bench", THREE, "--json", "--threads", "2", "--repeat", "2");
    assertEquals(0, run.exit(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of(
            "articles",
            "threads",
            "load_s",
            "first_event_s",
            "articles_per_s",
            "articles_per_s_runs",
            "chars_per_s",
            "peak_rss_mb",
            "heap_used_mb",
            "claims",
            "events"),
        keys);
    assertEquals(3, json.get("articles").asInt());
    assertEquals(2, json.get("threads").asInt());
    assertEquals(2, json.get("articles_per_s_runs").size());
    assertTrue(json.get("articles_per_s").asDouble() > 0, run.out());
    assertTrue(json.get("chars_per_s").asLong() > 0, run.out());
    assertTrue(json.get("heap_used_mb").asDouble() > 0, run.out());
    assertTrue(json.get("events").asInt() <= json.get("claims").asInt(), run.out());
    assertTrue(run.err().contains("sitrep: bench: run 2/2: 3 articles in "), run.err());
  }

  @Test
  void printsATableByDefault() {
    Run run = Run.of("bench", THREE, "--threads", "1");
    assertEquals(0, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(11, lines.size(), run.out());
    assertEquals("articles             3", lines.get(0));
    assertEquals("threads              1", lines.get(1));
  }

  @Test
  void failsWithOneLineForAMissingFile() {
    String missing = dir.resolve("none.xml").toString();
    Run run = Run.of("bench", missing);
    assertEquals(1, run.exit());
    assertEquals("sitrep: " + missing + ": no such file" + System.lineSeparator(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void failsWithOneLineForMalformedXml() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.xml"), "<articles><article><text>x</articles>");
    Run run = Run.of("bench", bad.toString());
    assertEquals(1, run.exit());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("sitrep: " + bad + ": not well-formed XML at line 1"), run.err());
  }

  @Test
  void rejectsZeroThreadsAsAUsageError() {
    Run run = Run.of("bench", THREE, "--threads", "0");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--threads must be at least 1"), run.err());
  }
}
