package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AcledNotesTest {

  @Test
  void dropsBracketedAnnotations() {
    assertEquals(
        "On 3 March 2021, about 40 farmers protested in Lindow against water prices.",
        AcledNotes.clean(
            "On 3 March 2021, about 40 farmers protested in Lindow [coded to Lindow-North]"
                + " against water prices. [size=about 40] [women targeted: farmers]"));
  }

  @Test
  void dropsSentencesAboutCoding() {
    assertEquals(
        "On 2 March 2021, gunmen attacked a bus near Karvo.",
        AcledNotes.clean(
            "On 2 March 2021, gunmen attacked a bus near Karvo. Fatalities coded as 10."
                + " The event was coded as an attack."));
  }

  @Test
  void dropsSentencesAboutCodingWithTheirParentheses() {
    assertEquals(
        "Police shot two men in Oster.",
        AcledNotes.clean(
            "Police shot two men in Oster. Fatalities coded as 0 (the club reported 1)."));
  }

  @Test
  void dropsParenthesesAboutCodingInsideASentence() {
    assertEquals(
        "Villagers fought over a field near Tamsk.",
        AcledNotes.clean(
            "Villagers fought over a field near Tamsk (Tamsk centre is coded with GP2)."));
  }

  @Test
  void dropsSentencesAboutCodingGluedToThePreviousOne() {
    assertEquals(
        "Gunmen killed a guard in Karvo.",
        AcledNotes.clean(
            "Gunmen killed a guard in Karvo.Fatalities coded as 0 (Radio K reported 1)."));
  }

  @Test
  void keepsASentenceWhoseCodingIsOnlyAClauseBetweenCommas() {
    assertEquals(
        "On 2 March 2021, troops raided camps 40km north of Lindow, and killed 4 rebels.",
        AcledNotes.clean(
            "On 2 March 2021, troops raided camps 40km north of Lindow, coded at approximate"
                + " location as Karvo (Karvo-Ost), and killed 4 rebels."));
    assertEquals(
        "Villagers clashed in Bate village. Two died.",
        AcledNotes.clean("Villagers clashed in Bate village, coded as Arso district. Two died."));
  }

  @Test
  void keepsAbbreviationsWhileSplittingSentences() {
    assertEquals(
        "U.S. forces struck a base near Karvo.",
        AcledNotes.clean("U.S. forces struck a base near Karvo.Fatalities coded as 2."));
  }

  @Test
  void keepsSentencesThatOnlyContainAWordLikeCoded() {
    assertEquals(
        "Hackers encoded the files. 1 fatality.",
        AcledNotes.clean("Hackers encoded the files. 1 fatality."));
  }

  @Test
  void returnsEmptyWhenOnlyAnnotationsAreLeft() {
    assertEquals("", AcledNotes.clean("[size=no report] Fatalities coded as 3."));
    assertEquals("", AcledNotes.clean(null));
  }
}
