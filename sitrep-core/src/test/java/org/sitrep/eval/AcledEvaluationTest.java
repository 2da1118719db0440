package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.model.SubEventType.ARMED_CLASH;
import static org.sitrep.model.SubEventType.ATTACK;
import static org.sitrep.model.SubEventType.PEACEFUL_PROTEST;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Place;

class AcledEvaluationTest {

  private static final LocalDate MARCH_2 = LocalDate.of(2021, 3, 2);

  private static AcledRow row(String actor1, String actor2, String location) {
    Map<AcledField, String> gold = new EnumMap<>(AcledField.class);
    gold.put(AcledField.EVENT_TYPE, "Battles");
    gold.put(AcledField.SUB_EVENT_TYPE, "Armed clash");
    gold.put(AcledField.ACTOR1, actor1);
    gold.put(AcledField.ACTOR1_BASE, actor1);
    gold.put(AcledField.ACTOR2, actor2);
    gold.put(AcledField.INTER1, "1");
    gold.put(AcledField.FATALITIES, "2");
    gold.put(AcledField.EVENT_DATE, "2021-03-02");
    gold.put(AcledField.LOCATION, location);
    return new AcledRow(1, "Soldiers clashed with rebels.", MARCH_2, gold);
  }

  @Test
  void scoresTheClaimWithMostFieldsRight() {
    AcledRow row = row("Military Forces of Freedonia (2019-)", "Red Hand Brigade", "Karvo");
    Claim attack = TestClaims.event(ATTACK, "Red Hand Brigade", 2, null, 0, MARCH_2, "Lindow");
    Claim clash =
        TestClaims.event(
            ARMED_CLASH,
            "Military Forces of Freedonia (2019-)",
            1,
            "Red Hand Brigade",
            2,
            MARCH_2,
            "Karvo");
    AcledEvaluation.Match match =
        AcledEvaluation.bestMatch(row, List.of(TestClaims.nonEvent(), attack, clash));
    assertSame(clash, match.claim().orElseThrow());
    assertEquals(EnumSet.allOf(AcledField.class), match.right());
  }

  @Test
  void keepsTheFirstOfEquallyGoodClaims() {
    AcledRow row = row("A", "", "Karvo");
    Claim first = TestClaims.event(PEACEFUL_PROTEST, null, null, null, 0, null, "Karvo");
    Claim second = TestClaims.event(PEACEFUL_PROTEST, null, null, null, 0, null, "Karvo");
    assertSame(first, AcledEvaluation.bestMatch(row, List.of(first, second)).claim().orElseThrow());
  }

  @Test
  void scoresNothingWithoutAnEventClaimEvenAnEmptyActor2() {
    AcledRow row = row("A", "", "Karvo");
    AcledEvaluation.Match match = AcledEvaluation.bestMatch(row, List.of(TestClaims.nonEvent()));
    assertTrue(match.claim().isEmpty());
    assertTrue(match.right().isEmpty());
  }

  @Test
  void countsAnEmptyActor2RightBesideAPredictedEvent() {
    AcledRow row = row("A", "", "Karvo");
    Claim claim = TestClaims.event(ATTACK, null, null, null, 0, null, null);
    assertEquals(
        EnumSet.of(AcledField.ACTOR2), AcledEvaluation.bestMatch(row, List.of(claim)).right());
  }

  @Test
  void comparesActorBaseAndFoldedLocation() {
    AcledRow row = row("Military Forces of Freedonia (2019-) Border Guard", "", "al-Karvo");
    Claim claim =
        TestClaims.event(
            ARMED_CLASH, "Military Forces of Freedonia (2016-2019)", 1, null, 2, MARCH_2, "Kárvo");
    EnumSet<AcledField> right = EnumSet.allOf(AcledField.class);
    right.remove(AcledField.ACTOR1);
    assertEquals(right, AcledEvaluation.bestMatch(row, List.of(claim)).right());
  }

  @Test
  void reportsSharesEventsPerRowAndMisses() {
    AcledRow row1 = row("A", "B", "Karvo");
    AcledRow row2 = new AcledRow(2, "Other notes.", MARCH_2, row1.gold());
    Claim good = TestClaims.event(ARMED_CLASH, "A", 1, "B", 2, MARCH_2, "Karvo");
    Claim wrongPlace = TestClaims.event(ARMED_CLASH, "A", 1, "B", 2, MARCH_2, "Lindow");
    Extractor extractor =
        article -> article.text().startsWith("Soldiers") ? List.of(good, wrongPlace) : List.of();
    int[] last = new int[2];
    AcledResult result =
        AcledEvaluation.evaluate(
            List.of(row1, row2),
            extractor,
            "t",
            (done, total) -> {
              last[0] = done;
              last[1] = total;
            });
    assertEquals(2, result.rows());
    assertEquals(0.5, result.share(AcledField.LOCATION));
    assertEquals(0.5, result.share(AcledField.ACTOR2));
    assertEquals(1.0, result.eventsPerRow());
    assertEquals(9, result.misses().size());
    assertEquals(
        new AcledMiss(2, AcledField.EVENT_TYPE, "Battles", "", "Other notes."),
        result.misses().get(0));
    assertEquals(2, last[0]);
    assertEquals(2, last[1]);
  }

  @Test
  void countsRowsOnWhichTheExtractorFailsAsRowsWithoutEvents() {
    AcledRow row = row("A", "B", "Karvo");
    AcledResult result =
        AcledEvaluation.evaluate(
            List.of(row),
            a -> {
              throw new IllegalStateException("boom");
            },
            "t",
            Progress.NONE);
    assertEquals(1, result.failed());
    assertEquals(0.0, result.share(AcledField.EVENT_TYPE));
  }

  @Test
  void mapsResultToTheJsonKeysInOrder() {
    AcledResult result =
        AcledEvaluation.evaluate(List.of(row("A", "", "K")), a -> List.of(), "t", Progress.NONE);
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
            "rows_per_s"),
        List.copyOf(result.toMap().keySet()));
  }

  @Test
  void scoresTheFixtureFileWithAFixedExtractor() throws Exception {
    List<AcledRow> rows = AcledReaderTest.readFixture().rows();
    // Right about the protest, wrong place and no actors for the clash, nothing for the attack.
    Extractor extractor =
        article -> {
          if (article.text().contains("protested")) {
            return List.of(
                TestClaims.event(
                    PEACEFUL_PROTEST, "Protesters (Freedonia)", 6, null, 0, MARCH_2, "Lindow"));
          }
          if (article.text().contains("clashed")) {
            return List.of(TestClaims.event(ARMED_CLASH, null, null, null, 2, MARCH_2, "Lindow"));
          }
          return List.of();
        };
    AcledResult result = AcledEvaluation.evaluate(rows, extractor, "fixture", Progress.NONE);
    assertEquals(3, result.rows());
    assertEquals(0.6667, result.toMap().get("event_type"));
    assertEquals(0.3333, result.toMap().get("actor1"));
    assertEquals(0.3333, result.toMap().get("location"));
    assertEquals(0.6667, result.toMap().get("fatalities"));
    assertEquals(0.6667, result.toMap().get("event_date"));
    assertEquals(0.6667, result.toMap().get("events_per_row"));
    assertEquals(
        List.of(new Confusion.Cell("Attack", CaseLabels.NO_EVENT, 1)),
        result.subEventTypes().topConfusions(10));
    AcledResult onThreads = AcledEvaluation.evaluate(rows, extractor, "fixture", 2, Progress.NONE);
    assertEquals(result.correct(), onThreads.correct());
  }

  @Test
  void countsEventsWithin25KmOfTheGoldPointAndLocationsTheGazetteerLacks() {
    AcledRow near = new AcledRow(1, "Soldiers clashed.", MARCH_2, row("A", "", "Karvo").gold(), 10.0, 20.0);
    AcledRow far = new AcledRow(2, "Soldiers clashed.", MARCH_2, row("A", "", "Lindow").gold(), 10.0, 20.0);
    AcledRow pointless = row("A", "", "Karvo");
    Claim placed = placedAt(10.1, 20.0);
    Claim elsewhere = placedAt(12.0, 20.0);
    AcledResult result = AcledEvaluation.evaluate(List.of(near, far, pointless),
        a -> a.origin().endsWith(":1") ? List.of(placed) : List.of(elsewhere), "t", 1, Progress.NONE,
        (name, lat, lon, km) -> name.equals("Karvo"));
    assertEquals(0.5, result.toMap().get("within_25km"), "11 km away counts, 222 km does not; rows without a point do not count");
    assertEquals(0.5, result.toMap().get("gazetteer_missing"));
  }

  private static Claim placedAt(double latitude, double longitude) {
    Claim c = TestClaims.event(ARMED_CLASH, "A", 1, null, 2, MARCH_2, "Karvo");
    return new Claim(c.id(), c.pipelineVersion(), c.articleId(), c.eventDate(), c.timePrecision(),
        c.subEventType(), c.actor1(), c.assocActor1(), c.inter1(), c.actor2(), c.assocActor2(), c.inter2(),
        new Place("Karvo", null, null, null, null, latitude, longitude, 1), c.source(), c.notes(),
        c.fatalities(), c.speaker(), c.cue(), c.modality(), c.claimedFatalities(), c.evidence());
  }
}
