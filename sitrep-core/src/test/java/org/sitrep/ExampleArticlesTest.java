package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.input.ArticleReader;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.EventType;
import org.sitrep.model.SubEventType;

/** The example articles of {@code examples/}, which the README's main command reads. */
class ExampleArticlesTest {

  private static List<Claim> claims(String file, int index) throws Exception {
    Article article = new ArticleReader().read(Path.of("..", "examples", file)).articles().get(index);
    return TestPipeline.PIPELINE.read(article).claims();
  }

  @Test
  void findsTheAttackOnTheBaseNearQoryooleyWithTheArmysToll() throws Exception {
    List<Claim> claims = claims("2020-05-03-somalia-clash.txt", 0);
    Claim lead = claims.stream().filter(c -> "Qoryooley".equals(c.place().location())).findFirst().orElseThrow();
    assertEquals(SubEventType.ARMED_CLASH, lead.subEventType());
    assertEquals("Al Shabaab", lead.actor1().name());
    assertEquals("Military Forces of Somalia (2017-)", lead.actor2().name());
    assertEquals(9, lead.fatalities());
    assertEquals(9, lead.claimedFatalities().count());
    assertEquals("Somalia", lead.place().country());
  }

  @Test
  void readsTheNairobiProtestAsProtestsMetByPolice() throws Exception {
    List<Claim> claims = claims("2023-07-13-kenya-protest.html", 0);
    assertTrue(claims.stream().anyMatch(c -> c.subEventType() == SubEventType.PROTEST_WITH_INTERVENTION
        && c.actor1().name().equals("Protesters (Kenya)") && c.actor2().name().startsWith("Police Forces of Kenya")));
    assertTrue(claims.stream().filter(Claim::isEvent).allMatch(c -> c.eventType() == EventType.PROTESTS), claims::toString);
    assertTrue(claims.stream().allMatch(c -> c.speaker().equals("publisher") || !c.speaker().isBlank()));
  }

  @Test
  void findsTheAmbushNearDjibo() throws Exception {
    List<Claim> claims = claims("wire-feed.jsonl", 0);
    assertTrue(claims.stream().anyMatch(c -> c.isEvent() && "Djibo".equals(c.place().location())
        && c.eventDate().toString().equals("2021-05-02")), claims::toString);
    assertTrue(claims.stream().allMatch(c -> "Sahel Dispatch".equals(c.source().name())));
  }

  @Test
  void findsNoEventInAFlood() throws Exception {
    List<Claim> claims = claims("wire-feed.jsonl", 1);
    assertEquals(List.of(), claims.stream().filter(Claim::isEvent).toList());
  }
}
