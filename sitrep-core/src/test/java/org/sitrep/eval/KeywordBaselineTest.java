package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.SubEventType;

class KeywordBaselineTest {

  private final KeywordBaseline baseline = new KeywordBaseline();

  @Test
  void takesTheSubEventTypeOfTheFirstKeywordInTheText() {
    assertEquals(
        SubEventType.ARMED_CLASH,
        KeywordBaseline.subEventType("Troops clashed with rebels and shelled the town."));
    assertEquals(
        SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
        KeywordBaseline.subEventType("Troops shelled the town after a clash."));
    assertEquals(SubEventType.PEACEFUL_PROTEST, KeywordBaseline.subEventType("Nurses protested."));
    assertEquals(
        SubEventType.VIOLENT_DEMONSTRATION, KeywordBaseline.subEventType("A riot broke out."));
    assertEquals(SubEventType.AIR_DRONE_STRIKE, KeywordBaseline.subEventType("An airstrike hit."));
    assertEquals(SubEventType.ARRESTS, KeywordBaseline.subEventType("Police arrested two men."));
    assertEquals(SubEventType.ATTACK, KeywordBaseline.subEventType("A man was shot dead."));
    assertNull(KeywordBaseline.subEventType("The mobile clinic opened."));
  }

  @Test
  void readsTheNumberBeforeKilledOrDead() {
    assertEquals(
        2, KeywordBaseline.fatalities("Gunmen attacked; 2 soldiers were killed and 5 hurt."));
    assertEquals(3, KeywordBaseline.fatalities("Three people were found dead."));
    assertEquals(1200, KeywordBaseline.fatalities("Some 1,200 dead in the year."));
    assertEquals(0, KeywordBaseline.fatalities("10 people were injured and nobody killed."));
    assertEquals(0, KeywordBaseline.fatalities("No one was hurt."));
  }

  @Test
  void takesTheFirstCapitalisedWordAfterIn() {
    assertEquals("Lindow", KeywordBaseline.location("On 2 March, in Lindow, nurses protested."));
    assertEquals("Oster", KeywordBaseline.location("Fighting in May in Oster."));
    assertNull(KeywordBaseline.location("In Oster, nurses protested."));
  }

  @Test
  void makesOneUndatedOrDatedEventClaim() {
    LocalDate day = LocalDate.of(2021, 3, 3);
    List<Claim> claims =
        baseline.extract(
            Article.of(
                "Rebels clashed with troops in Karvo; 4 were killed.", null, null, null, day, "t"));
    assertEquals(1, claims.size());
    Claim claim = claims.get(0);
    assertEquals(SubEventType.ARMED_CLASH, claim.subEventType());
    assertEquals(day, claim.eventDate());
    assertEquals(4, claim.fatalities());
    assertEquals("Karvo", claim.place().location());
    assertNull(claim.actor1());
    assertNull(claim.actor2());
  }

  @Test
  void makesNoClaimWithoutAKeyword() {
    assertTrue(
        baseline
            .extract(Article.of("The minister met his counterpart.", null, null, null, null, "t"))
            .isEmpty());
  }
}
