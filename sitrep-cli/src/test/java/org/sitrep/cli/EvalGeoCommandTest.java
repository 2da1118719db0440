package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.GeoGoldReader;
import org.sitrep.eval.Extractor;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.GeoparserFactory;
import org.sitrep.geo.NameCoverage;
import org.sitrep.geo.PlaceLookup;
import org.sitrep.geo.PlaceLookup.Place;
import org.sitrep.geo.ResolvedToponym;
import org.sitrep.geo.TextSpan;
import picocli.CommandLine;

class EvalGeoCommandTest {

  /** LGL layout, invented text: Lindow (gold id 111), Oster (222), and "Mill Road" unscored. */
  private static final String LGL =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <articles>
        <article docid="1">
          <text><![CDATA[Police in Lindow said.]]></text>
          <toponyms>
            <toponym><start>10</start><end>16</end><phrase>Lindow</phrase>
              <gaztag geonameid="111"><lat>10.0</lat><lon>20.0</lon></gaztag></toponym>
          </toponyms>
        </article>
        <article docid="2">
          <text><![CDATA[Oster closed Mill Road.]]></text>
          <toponyms>
            <toponym><start>0</start><end>5</end><phrase>Oster</phrase>
              <gaztag geonameid="222"><lat>0.0</lat><lon>0.0</lon></gaztag></toponym>
            <toponym><start>13</start><end>22</end><phrase>Mill Road</phrase></toponym>
          </toponyms>
        </article>
      </articles>
      """;

  /**
   * Test double of the real geoparser: Lindow right, Oster ten degrees off; finds capitalised
   * words. Its gazetteer covers Lindow only, and its most populous Oster is the right one.
   */
  private static final class FakeFactory implements GeoparserFactory {
    @Override
    public Geoparser geoparser() {
      return new Geoparser() {
        @Override
        public List<ResolvedToponym> resolve(String text, List<TextSpan> spans) {
          return spans.stream().map(s -> at(text, s.start(), s.end())).toList();
        }

        @Override
        public List<ResolvedToponym> parse(String text) {
          List<ResolvedToponym> found = new ArrayList<>();
          var m = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+").matcher(text);
          while (m.find()) {
            found.add(at(text, m.start(), m.end()));
          }
          return found;
        }

        private ResolvedToponym at(String text, int start, int end) {
          String name = text.substring(start, end);
          return switch (name) {
            case "Lindow" -> new ResolvedToponym(start, end, name, 10.0, 20.0, 111L);
            case "Oster" -> new ResolvedToponym(start, end, name, 10.0, 0.0, 999L);
            default -> new ResolvedToponym(start, end, name, null, null, null);
          };
        }
      };
    }

    @Override
    public NameCoverage coverage() {
      return (name, lat, lon, km) -> name.equals("Lindow");
    }

    @Override
    public PlaceLookup places() {
      return name -> Optional.ofNullable(Map.of("Oster", new Place(0.0, 0.0, 222L)).get(name));
    }
  }

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(GeoparserFactory factory, String... args) {
    Extractor none =
        article -> {
          throw new AssertionError("eval geo needs no extractor");
        };
    return new CommandLine(new EvalCommand(() -> none, factory))
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private Path lgl() throws Exception {
    return Files.writeString(dir.resolve("lgl.xml"), LGL, StandardCharsets.UTF_8);
  }

  private static List<String> keys(JsonNode json) {
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void goldToponymsPrintsTheAccuracyFiguresOfSitrepAndTheBaseline() throws Exception {
    assertEquals(0, run(new FakeFactory(), "geo", lgl().toString(), "--gold-toponyms", "--json"));
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals(
        List.of(
            "toponyms", "acc161", "mean_km", "median_km", "auc", "exact_id", "docs_per_s",
            "covered", "acc161_covered", "baseline"),
        keys(json));
    assertEquals(2, json.get("toponyms").asInt());
    assertEquals(0.5, json.get("acc161").asDouble());
    // Errors 0 and 1,112 km (ten degrees of latitude).
    assertEquals(556.0, json.get("median_km").asDouble());
    assertEquals(0.5, json.get("exact_id").asDouble());
    assertEquals(1, json.get("covered").asInt());
    assertEquals(1.0, json.get("acc161_covered").asDouble());
    JsonNode baseline = json.get("baseline");
    assertEquals(
        List.of(
            "toponyms", "acc161", "mean_km", "median_km", "auc", "exact_id", "docs_per_s",
            "covered", "acc161_covered"),
        keys(baseline));
    // The baseline knows Oster only: Lindow is missed.
    assertEquals(0.5, baseline.get("acc161").asDouble());
    assertEquals(20_039 / 2.0, baseline.get("mean_km").asDouble(), 0.1);
    assertEquals(0.0, baseline.get("acc161_covered").asDouble());
    assertTrue(
        err.toString()
            .contains(
                "eval geo: LGL format, 2 documents, 2 toponyms with coordinates; offsets: 2 match"
                    + " the name, 0 moved by one, 0 differ (kept), 0 outside the text (left out)"),
        err.toString());
  }

  @Test
  void withoutGoldToponymsItAlsoPrintsNerPrecisionAndRecall() throws Exception {
    assertEquals(0, run(new FakeFactory(), "geo", lgl().toString(), "--json"));
    JsonNode json = new ObjectMapper().readTree(out.toString());
    // Found: Police (false positive), Lindow, Oster, Mill and Road (on an unscored annotation).
    assertEquals(2 / 3.0, json.get("ner_precision").asDouble(), 1e-4);
    assertEquals(1.0, json.get("ner_recall").asDouble());
    assertEquals(0.5, json.get("acc161").asDouble());
    assertTrue(json.get("baseline").has("ner_recall"));
  }

  @Test
  void printsATableByDefault() throws Exception {
    assertEquals(0, run(new FakeFactory(), "geo", lgl().toString(), "--gold-toponyms"));
    List<String> lines = out.toString().lines().toList();
    assertEquals("metric               sitrep   baseline", lines.get(0));
    assertEquals("toponyms                  2          2", lines.get(1));
    assertEquals("acc161                0.500      0.500", lines.get(2));
  }

  @Test
  void writesTheToponymsResolvedMoreThan161KmAwayAsTsv() throws Exception {
    Path tsv = dir.resolve("errors.tsv");
    assertEquals(
        0,
        run(new FakeFactory(), "geo", lgl().toString(), "--gold-toponyms", "--errors", tsv.toString()));
    List<String> lines = Files.readAllLines(tsv);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).startsWith("document\tstart\tend\ttoponym\t"), lines.get(0));
    assertEquals(
        "2\t0\t5\tOster\t0.0\t0.0\t222\tOster\t10.0\t0.0\t999\t1112.0\tfalse", lines.get(1));
  }

  @Test
  void limitScoresOnlyTheFirstDocuments() throws Exception {
    assertEquals(
        0, run(new FakeFactory(), "geo", lgl().toString(), "--gold-toponyms", "--json", "--limit", "1"));
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals(1, json.get("toponyms").asInt());
    assertEquals(1.0, json.get("acc161").asDouble());
  }

  @Test
  void withoutAGeoparserItSaysToRunSetupAndExitsWith3() throws Exception {
    assertEquals(3, run(GeoparserFactory.unavailable(), "geo", lgl().toString()));
    assertTrue(
        err.toString().contains("eval geo: no geoparser yet: run ./sitrep setup"), err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void aMissingFileExitsWith1() {
    assertEquals(1, run(new FakeFactory(), "geo", dir.resolve("nope.xml").toString()));
    assertTrue(err.toString().contains("nope.xml: no such file"), err.toString());
  }

  @Test
  void aFileThatIsNoGoldSetExitsWith1() throws Exception {
    Path html = Files.writeString(dir.resolve("a.xml"), "<html/>", StandardCharsets.UTF_8);
    assertEquals(1, run(new FakeFactory(), "geo", html.toString()));
    assertTrue(err.toString().contains("not a GeoWebNews, LGL or GeoVirus file"), err.toString());
  }

  /**
   * The real gold sets through the whole command with an oracle geoparser: every figure must be
   * perfect. Runs only with {@code -Dsitrep.geo.data=DIR} (a folder holding GeoWebNews.xml and
   * LGL.xml); prints the JSON to standard output.
   */
  @Test
  void anOracleScoresPerfectlyOnTheRealGoldSets() throws Exception {
    String data = System.getProperty("sitrep.geo.data");
    Assumptions.assumeTrue(data != null, "set -Dsitrep.geo.data=DIR to run");
    for (String name : List.of("GeoWebNews.xml", "LGL.xml")) {
      Path file = Path.of(data, name);
      GeoGoldReader.Documents read =
          GeoGoldReader.read(new StringReader(Files.readString(file)), name);
      for (String mode : List.of("--gold-toponyms", "--find")) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> args = new ArrayList<>(List.of("geo", file.toString(), "--json", "--threads", "2"));
        if (mode.equals("--gold-toponyms")) {
          args.add(mode);
        }
        assertEquals(0, run(new GoldOracleFactory(read.documents()), args.toArray(String[]::new)));
        System.out.println(name + " " + mode + ": " + err.toString().lines().findFirst().orElse(""));
        System.out.println(name + " " + mode + ": " + out.toString().strip());
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals(read.toponyms(), json.get("toponyms").asInt());
        assertEquals(1.0, json.get("acc161").asDouble());
        assertEquals(0.0, json.get("mean_km").asDouble());
        assertEquals(1.0, json.get("acc161_covered").asDouble());
        assertEquals(read.toponyms(), json.get("covered").asInt());
      }
    }
  }
}
