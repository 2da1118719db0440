package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;

/** Which sentences tell one event, and which tell another. */
class EventCountTest {

  private static List<Claim> events(String text) {
    Article article = Article.of(text, null, null, null, LocalDate.of(2021, 6, 10), "test");
    return TestPipeline.PIPELINE.read(article).claims().stream().filter(Claim::isEvent).toList();
  }

  @Test
  void violenceWithNoDayOrPlaceOfItsOwnTellsMoreOfTheViolenceBefore() {
    List<Claim> claims = events("On 29 April 2021, in Teresina, a gang member was killed by two rival gang members."
        + " A child was shot and injured by stray bullets.");
    assertEquals(1, claims.size(), claims::toString);
  }

  @Test
  void violenceOnAnotherDayIsAnotherEvent() {
    List<Claim> claims = events("On 29 April 2021, in Teresina, a gang member was killed by two rival gang members."
        + " On 2 May 2021, a child was shot and injured in Parnaiba.");
    assertEquals(2, claims.size(), claims::toString);
  }
}
