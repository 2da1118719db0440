package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FatalityFinderTest {

  private final FatalityFinder finder = new FatalityFinder();

  private List<Integer> counts(String text) {
    return finder.find(text, 0).stream().map(DeathCount::count).toList();
  }

  private int toll(String text) {
    return ClaimAssembler.fatalities(finder.find(text, 0));
  }

  @Test
  void readsVictimsWhoWereKilled() {
    assertEquals(List.of(new DeathCount(15, false, 0, 33)),
        finder.find("at least 15 militants were killed in the raid", 0));
  }

  @Test
  void spansIncludeTheSentenceOffset() {
    assertEquals(List.of(new DeathCount(15, false, 500, 533)),
        finder.find("at least 15 militants were killed in the raid", 500));
  }

  @Test
  void readsKillingFollowedByVictims() {
    assertEquals(List.of(2), counts("Rebels attacked a checkpoint, killing two soldiers."));
  }

  @Test
  void readsAQuotedNeutralizing() {
    assertEquals(List.of(76), counts("The army said it had 'neutralizing' at least 76 pro-government fighters."));
  }

  @Test
  void readsBodies() {
    assertEquals(List.of(3), counts("Villagers found the bodies of three men near the river."));
  }

  @Test
  void readsAStatedTotal() {
    assertEquals(List.of(new DeathCount(4, true, 0, 13)), finder.find("4 fatalities.", 0));
  }

  @Test
  void readsNoFatalitiesAsATotalOfZero() {
    assertEquals(List.of(new DeathCount(0, true, 28, 41)), finder.find("The shelling damaged homes; no fatalities were reported.", 0));
  }

  @Test
  void aRangeCountsItsLowerEnd() {
    assertEquals(List.of(3), counts("between 3 and 5 people were killed"));
  }

  @Test
  void doesNotCountTheInjured() {
    assertEquals(List.of(), counts("5 people were injured in the blast."));
  }

  @Test
  void readsBothAndA() {
    assertEquals(List.of(2), counts("Both victims died in hospital."));
    assertEquals(List.of(1), counts("A man died after the raid."));
  }

  @Test
  void readsARisingToll() {
    assertEquals(List.of(new DeathCount(9, true, 4, 24)), finder.find("The death toll rose to 9 on Sunday.", 0));
  }

  @Test
  void readsLeftDead() {
    assertEquals(List.of(9), counts("The ambush left 9 dead."));
    assertEquals(List.of(9), counts("The ambush left 9 dead and many wounded."));
  }

  @Test
  void doesNotReadAYearAsACount() {
    assertEquals(List.of(30), counts("Fighting in 2020 killed 30 people in the district."));
    assertEquals(List.of(), counts("The drought in 2020 killed the harvest."));
  }

  @Test
  void readsTheCountAfterAYear() {
    assertEquals(List.of(300), counts("In 2019 more than 300 civilians were killed in the province."));
  }

  @Test
  void sumsSeparateCounts() {
    assertEquals(5, toll("Two soldiers were killed in Idlib and three rebels were killed in Hama."));
  }

  @Test
  void aTotalReplacesTheSeparateCounts() {
    assertEquals(4, toll("Two soldiers were killed and one rebel was killed; 4 fatalities."));
  }

  @Test
  void noFatalitiesGivesZero() {
    assertEquals(0, toll("No fatalities."));
    assertEquals(0, toll("Shells hit the market."));
  }

  @Test
  void doesNotReadTheDayOfADateAsACount() {
    assertEquals(List.of(4), counts("Clashes on 12 May killed 4 soldiers."));
  }

  @Test
  void readsEveryGroupOfVictims() {
    assertEquals(6, toll("Four soldiers and two rebels were killed."));
  }

  @Test
  void nobodyInjuredDoesNotCancelTheKilled() {
    assertEquals(2, toll("Two soldiers were killed and no one was injured."));
  }

  @Test
  void noDeathsAmongOthersDoesNotCancelTheKilled() {
    assertEquals(1, toll("A soldier was killed but no deaths were reported among civilians."));
  }
}
