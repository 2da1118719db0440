package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.nlp.Sentence;
import org.sitrep.text.Sentences;
import org.sitrep.text.WordStream;

class ActorRegistryFindTest {

  private static final ActorRegistry REGISTRY = ActorRegistry.load(KnowledgeFiles.builtIn());

  private static List<ActorMention> find(Sentence sentence, String text) {
    return REGISTRY.find(WordStream.of(sentence), text);
  }

  private static List<ActorMention> find(String text) {
    return find(Sentences.of(text), text);
  }

  @Test
  void findsANamedGroupByItsFullName() {
    List<ActorMention> found = find("Hayat Tahrir al-Sham fighters attacked Saraqib.");
    ActorMention hts = found.get(0);
    assertEquals("Hayat Tahrir al-Sham", hts.text());
    assertEquals("Hayat Tahrir al-Sham", hts.entry().template());
    assertEquals(2, hts.entry().inter());
    assertEquals("SYR", hts.entry().country());
  }

  @Test
  void findsAnArmyFixedToItsCountryByAdjective() {
    List<ActorMention> found = find("Later the Syrian army advanced.");
    assertEquals(1, found.size());
    ActorMention army = found.get(0);
    assertEquals("Syrian army", army.text());
    assertEquals(new ActorEntry("Military Forces of {forces_country} ({years})", 1, "SYR"), army.entry());
    assertTrue(army.candidates().stream().allMatch(e -> "SYR".equals(e.country())));
  }

  @Test
  void matchesAnAcronymWrittenInCapitalsAndTheLongestAlias() {
    List<ActorMention> found = find("Later HTS fighters attacked.");
    assertEquals("HTS fighters", found.get(0).text());
    assertEquals("Hayat Tahrir al-Sham", found.get(0).entry().template());
  }

  @Test
  void lowerCaseIsDoesNotMatchTheAcronymIS() {
    assertEquals(List.of(), find("The situation is calm."));
  }

  @Test
  void capitalIsMatchesIslamicState() {
    List<ActorMention> found = find("Later IS attacked.");
    assertEquals("IS", found.get(0).text());
    assertTrue(found.get(0).candidates().stream().allMatch(e -> e.template().startsWith("Islamic State")));
  }

  @Test
  void aCommonWordInsideAProperNameIsNoGenericActor() {
    String text = "Donbass People's Militia shelled the town.";
    Sentence s = Sentences.of(text, "Donbass", "People", "'s", "Militia", "shelled", "the", "town", ".");
    s = Sentences.retag(s, 2, "'s", "POS", "O");
    List<ActorMention> found = find(s, text);
    assertFalse(found.stream().anyMatch(m -> m.entry().template().startsWith("Civilians")), found.toString());
  }

  @Test
  void theSameCommonWordAloneIsCivilians() {
    List<ActorMention> found = find("Shells killed people in the town.");
    assertEquals(1, found.size());
    assertEquals("people", found.get(0).text());
    assertEquals(new ActorEntry("Civilians ({country})", 7, null), found.get(0).entry());
  }

  @Test
  void aGroupThatOnlyQualifiesAnotherIsNoActor() {
    assertTrue(find("The al-Qaeda-linked group has attacked army positions.").stream()
        .noneMatch(m -> m.entry().template().contains("Qaeda")));
  }
}
