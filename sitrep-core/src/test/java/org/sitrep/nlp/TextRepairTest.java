package org.sitrep.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextRepairTest {

  @Test
  void putsBackASpaceLostBetweenSentences() {
    assertEquals("Rebels attacked in Idlib. On February 3 they withdrew.",
        TextRepair.of("Rebels attacked in Idlib.On February 3 they withdrew.").text());
  }

  @Test
  void repairsEveryGlueAndAfterQuestionAndExclamationMarks() {
    assertEquals("It fell. Then? Now! Here", TextRepair.of("It fell.Then?Now!Here").text());
  }

  @Test
  void leavesAbbreviationsAlone() {
    assertEquals("U.S. forces withdrew.", TextRepair.of("U.S. forces withdrew.").text());
    assertEquals("U.S.Forces withdrew.", TextRepair.of("U.S.Forces withdrew.").text());
    assertEquals("e.g. this one", TextRepair.of("e.g. this one").text());
    assertEquals("Mr.Smith said", TextRepair.of("Mr.Smith said").text());
    assertEquals("version 2.Then", TextRepair.of("version 2.Then").text());
  }

  @Test
  void leavesAllCapitalsAfterAFullStopAlone() {
    assertEquals("in Idlib.UN staff", TextRepair.of("in Idlib.UN staff").text());
  }

  @Test
  void mapsTheInsertedSpaceAndTheWordAfterItBack() {
    TextRepair repair = TextRepair.of("in Idlib.On February 3");
    assertEquals("in Idlib. On February 3", repair.text());
    assertEquals(8, repair.original(8)); // "."
    assertEquals(9, repair.original(9)); // the inserted space stands where "On" begins
    assertEquals(9, repair.original(10)); // "O"
    assertEquals(22, repair.original(23)); // end of text
  }

  @Test
  void mapsEveryCharacterBackToTheSameCharacter() {
    String original = "Clashes in Idlib.On Monday.Then in Hama.Later on, U.S. forces left.";
    TextRepair repair = TextRepair.of(original);
    String repaired = repair.text();
    assertEquals(original.length() + 3, repaired.length());
    int spaces = 0;
    for (int i = 0; i < repaired.length(); i++) {
      int o = repair.original(i);
      if (repaired.charAt(i) == original.charAt(o)) {
        continue;
      }
      assertEquals(' ', repaired.charAt(i), "at " + i);
      spaces++;
    }
    assertEquals(3, spaces);
    assertEquals(original.length(), repair.original(repaired.length()));
  }

  @Test
  void mapsOffsetsUnchangedWhenNothingIsRepaired() {
    String original = "U.S. forces withdrew.";
    TextRepair repair = TextRepair.of(original);
    for (int i = 0; i <= original.length(); i++) {
      assertEquals(i, repair.original(i));
    }
  }
}
