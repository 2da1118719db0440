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
        AcledNotes.clean("Police shot two men in Oster. Fatalities coded as 0 (the club reported 1)."));
  }

  @Test
  void dropsParenthesesAboutCodingInsideASentence() {
    assertEquals(
        "Villagers fought over a field near Tamsk.",
        AcledNotes.clean("Villagers fought over a field near Tamsk (Tamsk centre is coded with GP2)."));
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
