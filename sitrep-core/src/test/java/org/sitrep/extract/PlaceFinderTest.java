package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;
import org.sitrep.text.Sentences;

class PlaceFinderTest {

  private static final Predicate<Integer> NO_ACTORS = i -> false;
  private final PlaceFinder finder = new PlaceFinder();

  /** {@code text} tokenised by {@link Sentences}, its first word a common noun, the given words locations. */
  private static Sentence sentence(String text, String... locations) {
    Sentence s = Sentences.of(text);
    s = Sentences.retag(s, 0, s.tokens().get(0).lemma(), "NNS", "O");
    for (String location : locations) {
      int i = Sentences.indexOf(s, location);
      s = Sentences.retag(s, i, s.tokens().get(i).lemma(), "NNP", "LOCATION");
    }
    return s;
  }

  private List<String> names(Sentence s, String text) {
    return finder.find(s, text, NO_ACTORS).stream().map(PlaceMention::name).toList();
  }

  @Test
  void findsACityAndItsState() {
    String text = "Clashes erupted in Reynosa, Tamaulipas.";
    List<PlaceMention> found = finder.find(sentence(text, "Reynosa", "Tamaulipas"), text, NO_ACTORS);
    assertEquals(List.of("Reynosa", "Tamaulipas"), found.stream().map(PlaceMention::name).toList());
    assertEquals(new PlaceMention("Reynosa", 19, 26, 16, 4, false, null), found.get(0));
  }

  @Test
  void theUnitsWrittenAfterAPlaceArePlacesToo() {
    String text = "Militants attacked Safala (Abala, Tillabery).";
    assertEquals(List.of(2, 2, 2), finder.find(sentence(text), text, NO_ACTORS).stream().map(PlaceMention::score).toList());
    String district = "Fighting erupted in Zari district center, Balkh.";
    assertEquals(List.of("Zari", "Balkh"), names(sentence(district), district));
  }

  @Test
  void aPlaceNounBelongsToTheNameBeforeIt() {
    // "town" is Bafut's; it makes Bamenda no surer a place than a name after a comma is.
    String text = "Soldiers raided Bafut town, Bamenda subdivision.";
    List<PlaceMention> found = finder.find(sentence(text), text, NO_ACTORS);
    assertEquals(List.of("Bafut", "Bamenda"), found.stream().map(PlaceMention::name).toList());
    assertEquals(List.of(3, 2), found.stream().map(PlaceMention::score).toList());
    assertEquals(List.of(false, true), found.stream().map(p -> PlaceFinder.namedAsUnit(text, p)).toList());
  }

  @Test
  void aCompassWordAloneIsNoPlace() {
    String text = "Police raided homes in the East part of Cali and in North Kivu.";
    assertEquals(List.of("Cali", "North Kivu"), names(sentence(text), text));
  }

  @Test
  void anEnglishWordJoinsNoNames() {
    String text = "Troops exchanged fire across the LoC at Nambla sector.";
    assertEquals(List.of("LoC", "Nambla"), names(sentence(text), text));
  }

  @Test
  void aNameAfterAPlaceAndACommaIsNoUnitWhenAVerbFollows() {
    String text = "Clashes erupted in Aleppo, Ahmed said.";
    assertEquals(List.of("Aleppo"), names(sentence(text), text));
  }

  @Test
  void findsANameAfterAPrepositionWithoutTheTagger() {
    String text = "Clashes erupted in Reynosa.";
    assertEquals(List.of("Reynosa"), names(sentence(text), text));
  }

  @Test
  void aCapitalisedWordWithoutPrepositionOrTagIsNoPlace() {
    String text = "Clashes erupted as Reynosa watched.";
    assertEquals(List.of(), names(sentence(text), text));
  }

  @Test
  void joinsHyphenatedNamesAndMarksEveryListedVillage() {
    String text = "Shells fell in the villages of Nay-rab, Tor-naba, and Saraqib.";
    Sentence s = Sentences.of(text, "Shells", "fell", "in", "the", "villages", "of", "Nay", "-", "rab", ",",
        "Tor", "-", "naba", ",", "and", "Saraqib", ".");
    s = Sentences.retag(s, 0, "shell", "NNS", "O");
    List<PlaceMention> found = finder.find(s, text, NO_ACTORS);
    assertEquals(List.of("Nay-rab", "Tor-naba", "Saraqib"), found.stream().map(PlaceMention::name).toList());
    assertEquals(List.of(true, true, true), found.stream().map(PlaceMention::listed).toList());
    assertEquals(new PlaceMention("Nay-rab", 31, 38, 12, 6, true, null), found.get(0));
  }

  @Test
  void aNumberJoinedByAHyphenIsPartOfTheName() {
    String text = "Observers heard explosions near Zolote-5 and in Zolote -4.";
    Sentence s = Sentences.of(text, "Observers", "heard", "explosions", "near", "Zolote", "-5", "and", "in", "Zolote", "-4", ".");
    s = Sentences.retag(s, 0, "observer", "NNS", "O");
    assertEquals(List.of("Zolote-5", "Zolote"), names(s, text));
  }

  @Test
  void doesNotJoinAHyphenWithSpacesAround() {
    String text = "Shells fell in Nay - Rab.";
    Sentence s = Sentences.of(text, "Shells", "fell", "in", "Nay", "-", "Rab", ".");
    s = Sentences.retag(s, 0, "shell", "NNS", "O");
    assertEquals(List.of("Nay"), names(s, text));
  }

  @Test
  void keepsTheQualifierNear() {
    String text = "Clashes broke out near Saraqib.";
    List<PlaceMention> found = finder.find(sentence(text, "Saraqib"), text, NO_ACTORS);
    assertEquals(List.of(new PlaceMention("Saraqib", 23, 30, 18, 4, false, "near")), found);
  }

  @Test
  void findsANameAfterNearWithoutTheTagger() {
    String text = "Clashes broke out near Saraqib.";
    assertEquals(List.of("Saraqib"), names(sentence(text), text));
  }

  @Test
  void keepsTheQualifierOfADirection() {
    String text = "Clashes erupted in southwestern Aleppo.";
    List<PlaceMention> found = finder.find(sentence(text, "Aleppo"), text, NO_ACTORS);
    assertEquals(List.of(new PlaceMention("Aleppo", 32, 38, 16, 4, false, "southwestern")), found);
  }

  @Test
  void readsAConnectedArabicName() {
    String text = "Shells fell on Maaret al-Numan.";
    Sentence s = Sentences.of(text, "Shells", "fell", "on", "Maaret", "al", "-", "Numan", ".");
    s = Sentences.retag(s, 0, "shell", "NNS", "O");
    assertEquals(List.of("Maaret al-Numan"), names(s, text));
  }

  @Test
  void skipsActorWordsAndWeekdays() {
    String text = "On Monday Russian jets bombed Idlib.";
    Sentence s = sentence(text);
    int russian = Sentences.indexOf(s, "Russian");
    assertEquals(List.of("Idlib"), finder.find(s, text, i -> i == russian || i == russian + 1).stream().map(PlaceMention::name).toList());
  }
}
