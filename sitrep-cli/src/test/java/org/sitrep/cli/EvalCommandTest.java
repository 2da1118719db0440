package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.eval.Extractor;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;
import picocli.CommandLine;

class EvalCommandTest {

  private static final String ACLED_CSV =
      "iso3,location,notes,event_date,actor1,actor2,inter1,fatalities,sub_event_type,event_type,timestamp\n"
          + "FRD,Lindow,\"On 2 March 2021, nurses protested in Lindow. [size=about"
          + " 40]\",2-Mar-21,Protesters (Freedonia),,6,0,Peaceful protest,Protests,1614729600\n"
          + "FRD,Karvo,\"Rebels clashed with soldiers in Karvo; 3 were killed. Fatalities coded as"
          + " 3.\",02 March 2021,Red Hand Brigade,Military Forces of Freedonia (2019-),2,3,Armed"
          + " clash,Battles,1614729600\n"
          + "FRD,Oster,Police arrested a journalist in Oster.,someday,Police Forces of Freedonia"
          + " (2019-),,1,0,Arrests,Strategic developments,1614729600\n";

  private static final String CASE_TSV =
      "id\tSubType\tEventSnippet\n"
          + "1\tPEACE_PROTEST\tNurses protested in Lindow.\n"
          + "2\tARMED_CLASH\tRebels clashed with soldiers in Karvo.\n"
          + "3\tNATURAL_DISASTER\tA flood hit Oster.\n";

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Finds a protest wherever "protest" occurs, dated on the publication day, in Lindow. */
  private static final Extractor PROTESTS_ONLY = article -> protestIn(article, "p", null);

  /** As {@link #PROTESTS_ONLY}, each claim with its own id and known to the day, as a store needs. */
  private static final Extractor DAILY_PROTESTS = article -> protestIn(article, article.id(), 1);

  private static List<Claim> protestIn(Article article, String id, Integer timePrecision) {
    if (!article.text().contains("protest")) {
      return List.of();
    }
    LocalDate day = article.published() == null ? null : article.published().minusDays(1);
    return List.of(
        new Claim(id, "test", article.id(), day, timePrecision, SubEventType.PEACEFUL_PROTEST,
            new Actor("Protesters (Freedonia)", 6, null), List.of(), 6, null, List.of(), null,
            Place.mentioned("Lindow", null), null, null, 0, Claim.PUBLISHER, null, Modality.ASSERTED, null,
            List.of()));
  }

  private int run(String... args) {
    return run(PROTESTS_ONLY, args);
  }

  private int run(Extractor extractor, String... args) {
    return new CommandLine(new EvalCommand(() -> extractor))
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void acledPrintsOneJsonObjectWithSitrepAndBaseline() throws Exception {
    Path csv = write("a.csv", ACLED_CSV);
    assertEquals(0, run("acled", csv.toString(), "--json"));
    JsonNode json = new ObjectMapper().readTree(out.toString());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of(
            "rows",
            "event_type",
            "sub_event_type",
            "actor1",
            "actor1_base",
            "actor2",
            "inter1",
            "fatalities",
            "event_date",
            "location",
            "within_25km",
            "gazetteer_missing",
            "events_per_row",
            "rows_per_s",
            "skipped",
            "failed",
            "baseline"),
        keys);
    assertEquals(2, json.get("rows").asInt());
    assertEquals(1, json.get("skipped").asInt());
    assertEquals(0.5, json.get("event_type").asDouble());
    assertEquals(0.5, json.get("actor2").asDouble());
    assertEquals(0.5, json.get("event_date").asDouble());
    assertEquals(0.5, json.get("events_per_row").asDouble());
    // baseline: protest and clash found, both located, clash toll 3 read; no actors.
    JsonNode baseline = json.get("baseline");
    assertEquals(1.0, baseline.get("sub_event_type").asDouble());
    assertEquals(1.0, baseline.get("location").asDouble());
    assertEquals(1.0, baseline.get("fatalities").asDouble());
    assertEquals(0.5, baseline.get("actor2").asDouble());
    assertEquals(0.0, baseline.get("actor1").asDouble());
    assertTrue(
        err.toString().contains("a.csv: data row 3, column event_date: cannot read date 'someday'"),
        err.toString());
    assertTrue(err.toString().contains("eval acled: 2/2 rows"), err.toString());
  }

  @Test
  void acledPrintsAnAlignedTableByDefault() throws Exception {
    Path csv = write("a.csv", ACLED_CSV);
    assertEquals(0, run("acled", csv.toString()));
    List<String> lines = out.toString().lines().toList();
    assertEquals("field                sitrep   baseline", lines.get(0));
    assertEquals("rows                      2          2", lines.get(1));
    assertEquals("event_type            0.500      1.000", lines.get(2));
    assertTrue(lines.contains("skipped                   1"), out.toString());
    assertEquals("    1  Armed clash -> NO_EVENT", lines.get(lines.size() - 1));
  }

  @Test
  void acledGivesTheSameSharesOnSeveralThreads() throws Exception {
    Path csv = write("a.csv", ACLED_CSV);
    assertEquals(0, run("acled", csv.toString(), "--json", "--threads", "3"));
    assertEquals(0.5, new ObjectMapper().readTree(out.toString()).get("event_type").asDouble());
  }

  @Test
  void rejectsZeroThreadsAsAUsageError() throws Exception {
    Path csv = write("a.csv", ACLED_CSV);
    assertEquals(2, run("acled", csv.toString(), "--threads", "0"));
    assertTrue(err.toString().contains("--threads must be at least 1"), err.toString());
  }

  @Test
  void acledWritesWrongFieldsToTheErrorsFile() throws Exception {
    Path csv = write("a.csv", ACLED_CSV);
    Path errors = dir.resolve("errors.tsv");
    assertEquals(0, run("acled", csv.toString(), "--errors", errors.toString()));
    List<String> lines = Files.readAllLines(errors);
    assertEquals("row\tfield\tgold\tpredicted\tnotes", lines.get(0));
    // The protest (row 1) is right in every field; the clash (row 2) was not found at all.
    assertEquals(10, lines.size(), String.join("\n", lines));
    assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith("2\t")));
    assertTrue(
        lines.contains(
            "2\tsub_event_type\tArmed clash\t\tRebels clashed with soldiers in Karvo; 3 were"
                + " killed."),
        String.join("\n", lines));
  }

  @Test
  void acledFailsWithAClearMessageWithoutNotes() throws Exception {
    Path csv = write("b.csv", "event_date,timestamp\n1-Mar-21,1614729600\n");
    assertEquals(1, run("acled", csv.toString()));
    assertTrue(
        err.toString().startsWith("eval acled: " + csv + ": missing columns notes, event_type,"),
        err.toString());
    assertEquals("", out.toString());
  }

  @Test
  void acledFailsWithAClearMessageWithoutTheFile() {
    assertEquals(1, run("acled", dir.resolve("none.csv").toString()));
    assertEquals(
        "eval acled: " + dir.resolve("none.csv") + ": no such file", err.toString().strip());
  }

  @Test
  void caseReportsAccuracyMacroF1AndConfusions() throws Exception {
    Path tsv = write("c.tsv", CASE_TSV);
    assertEquals(0, run("case", tsv.toString()));
    String table = out.toString();
    assertTrue(table.contains("accuracy              0.667      1.000"), table);
    // sitrep: protest F1 1, clash F1 0, NO_EVENT tp 1 fp 1 -> 2/3; mean 5/9.
    assertTrue(table.contains("macro_f1              0.556      1.000"), table);
    assertTrue(table.contains("    1  Armed clash -> NO_EVENT"), table);
  }

  @Test
  void casePrintsJsonAndWritesErrors() throws Exception {
    Path tsv = write("c.tsv", CASE_TSV);
    Path errors = dir.resolve("errors.tsv");
    assertEquals(0, run("case", tsv.toString(), "--json", "--errors", errors.toString()));
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals(3, json.get("rows").asInt());
    assertEquals(0.6667, json.get("accuracy").asDouble());
    assertEquals(1.0, json.get("baseline").get("macro_f1").asDouble());
    assertEquals(
        List.of(
            "id\tgold\tpredicted\tsnippet",
            "2\tArmed clash\tNO_EVENT\tRebels clashed with soldiers in Karvo."),
        Files.readAllLines(errors));
  }

  @Test
  void runsOnTheRealPipelineByDefault() throws Exception {
    Path tsv = write("c.tsv", CASE_TSV);
    int code =
        new CommandLine(new EvalCommand())
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute("case", tsv.toString(), "--json");
    assertEquals(0, code, err.toString());
    assertEquals(3, new ObjectMapper().readTree(out.toString()).get("rows").asInt());
  }

  @Test
  void withoutSubcommandPrintsUsageAndFails() {
    assertEquals(2, run());
    assertTrue(err.toString().contains("acled"), err.toString());
  }

  @Test
  void dedupCountsTheRowsWhoseNotesJoinedTheirOwnEventByEventType() throws Exception {
    // Two protests in Lindow a day apart and a battle the extractor misses; timestamps are the
    // next midnights, so the claims fall on the rows' own days.
    Path csv = write("d.csv",
        "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,actor2,country,location,notes,fatalities,timestamp\n"
            + "FRD1,2021-03-02,1,Protests,Peaceful protest,Protesters (Freedonia),6,,Freedonia,Lindow,"
            + "Nurses protested in Lindow.,0,1614729600\n"
            + "FRD2,2021-03-02,1,Battles,Armed clash,Red Hand Brigade,2,,Freedonia,Karvo,"
            + "Rebels clashed with soldiers in Karvo.,3,1614729600\n"
            + "FRD3,2021-03-03,1,Protests,Peaceful protest,Protesters (Freedonia),6,,Freedonia,Lindow,"
            + "Teachers protested in Lindow.,0,1614816000\n"
            // The first row's notes again: the store keeps the article once, so the row is not measured.
            + "FRD4,2021-03-06,1,Riots,Mob violence,Rioters (Freedonia),5,,Freedonia,Karvo,"
            + "Nurses protested in Lindow.,0,1615075200\n");
    assertEquals(0, run(DAILY_PROTESTS, "dedup", csv.toString(), "--json"), err.toString());
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertEquals(3, json.get("rows").asInt());
    assertEquals(1, json.get("repeated_notes").asInt());
    assertEquals(0.6667, json.get("merge_recall").asDouble(), 1e-4);
    assertEquals(0.0, json.get("false_merge_rate").asDouble());
    assertEquals(0.3333, json.get("no_event").asDouble(), 1e-4);
    JsonNode protests = json.get("by_event_type").get("Protests");
    assertEquals(2, protests.get("rows").asInt());
    assertEquals(1.0, protests.get("merge_recall").asDouble());
    assertEquals(0.0, json.get("by_event_type").get("Battles").get("merge_recall").asDouble());
  }
}
