package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;

/** Which of the places a sentence names is where its event happened. */
class EventPlaceTest {

  private static List<String> locations(String text) {
    Article article = Article.of(text, null, null, null, LocalDate.of(2021, 6, 10), "test");
    return TestPipeline.PIPELINE.read(article).claims().stream()
        .filter(Claim::isEvent)
        .map(c -> c.place().location())
        .toList();
  }

  @Test
  void anExchangeOfFireHappensWhereTheFireWasAimed() {
    assertEquals(List.of("Shikharkh"), locations("On 9 June 2021, Armenian forces located at Goyarkh fired mortars"
        + " on the positions of Azerbaijani forces located near Shikharkh."));
  }

  @Test
  void aTownCountsForMoreThanTheRegionItLiesIn() {
    assertEquals(List.of("Maladzyechna"), locations("On 8 June 2021, dozens of residents protested in Maladzyechna"
        + " of the Minsk region against the closure of a factory."));
  }

  @Test
  void aZoneOfACityIsThatCity() {
    // Without a gazetteer the words stay as written; with one, the zone is named as ACLED does.
    assertEquals(List.of("Rio de Janeiro"), locations("On 7 June 2021, in the North Zone of Rio de Janeiro,"
        + " residents reported a shoot-out between police and gunmen."));
  }

  @Test
  void aHillsNameKeepsItsNoun() {
    assertEquals(List.of("Nameless Hills"), locations("On 8 June 2021, Armenian forces fired on Azerbaijani"
        + " positions at Nameless Hills, killing a soldier."));
  }

  @Test
  void aPlaceThatOpensAnInstitutionsNameIsNotWhereTheEventWas() {
    assertEquals(List.of("Zolote-5"), locations("On 4 May 2021, Ukrainian forces fired mortars at the positions of"
        + " the Luhansk People's Militia in the area of Zolote-5."));
  }
}
