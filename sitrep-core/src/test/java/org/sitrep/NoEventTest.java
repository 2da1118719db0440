package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Modality;

/** Texts about disasters, crime, diplomacy, sport or mere statements produce no event. */
class NoEventTest {

  private static List<Claim> read(String text) {
    Article article = Article.of(text, null, null, null, LocalDate.of(2021, 6, 10), "test");
    return TestPipeline.PIPELINE.read(article).claims();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "At least 12 people were killed when floods swept through villages in Sylhet on Monday, officials said.",
      "A gas cylinder exploded in a restaurant in Lahore on Tuesday, killing two cooks.",
      "Police seized 20 kilograms of heroin from smugglers in Karachi on Tuesday.",
      "The foreign ministers of India and Pakistan met in Geneva on Tuesday to discuss trade.",
      "Mississippi State made 25 of its final 52 shots in the second half.",
      "The search team launched eight underwater drones on Monday to look for the wreckage.",
      "Trade between the two countries fell in the fiscal year that started March 20.",
  })
  void findsNoEventIn(String text) {
    assertEquals(List.of(), read(text).stream().filter(Claim::isEvent).toList());
  }

  @Test
  void keepsAClaimOfResponsibilityAsAClaimNotANewEvent() {
    List<Claim> claims = read("The Islamic State group claimed responsibility for the bombing in Kabul on Friday.");
    assertTrue(claims.stream().noneMatch(Claim::isEvent), claims::toString);
  }

  @Test
  void keepsAnAttackThatIsOnlyLikelyAsASpeculativeClaim() {
    List<Claim> claims = read("Rebels will likely attack the town of Kidal next week, analysts said.");
    assertTrue(claims.stream().noneMatch(Claim::isEvent), claims::toString);
    assertTrue(claims.stream().anyMatch(c -> c.modality() == Modality.PLANNED || c.modality() == Modality.SPECULATIVE));
  }
}
