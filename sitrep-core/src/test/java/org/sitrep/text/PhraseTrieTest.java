package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;

class PhraseTrieTest {

  private static WordStream words(String text) {
    return WordStream.of(Sentences.of(text));
  }

  @Test
  void prefersTheLongestPhrase() {
    PhraseTrie<String> trie = PhraseTrie.<String>builder().add("armed", "A").add("armed clash", "AC").build();
    assertEquals(
        List.of(new PhraseMatch<>(1, 3, 3, 14, List.of("AC"))), trie.findAll(words("an armed clash")));
  }

  @Test
  void matchesTheLemma() {
    Sentence s = Sentences.retag(Sentences.of("Rebels clashed with troops"), 1, "clash", "VBD", "O");
    PhraseTrie<String> trie = PhraseTrie.<String>builder().add("clash with", "C").build();
    assertEquals(List.of(new PhraseMatch<>(1, 3, 7, 19, List.of("C"))), trie.findAll(WordStream.of(s)));
  }

  @Test
  void matchesFoldedCaseAndHyphens() {
    PhraseTrie<String> trie = PhraseTrie.<String>builder().add("Hayat Tahrir al-Sham", "HTS").build();
    assertEquals(
        List.of(new PhraseMatch<>(0, 4, 0, 20, List.of("HTS"))), trie.findAll(words("HAYAT TAHRIR AL SHAM")));
  }

  @Test
  void gapSkipsUpToThreeWords() {
    PhraseTrie<String> trie = PhraseTrie.<String>builder().add("cut off * highway", "CUT").build();
    assertEquals(List.of(new PhraseMatch<>(0, 3, 0, 15, List.of("CUT"))), trie.findAll(words("cut off highway")));
    assertEquals(
        List.of(new PhraseMatch<>(1, 7, 5, 33, List.of("CUT"))),
        trie.findAll(words("they cut off the old main highway")));
  }

  @Test
  void gapDoesNotSkipFourWords() {
    PhraseTrie<String> trie = PhraseTrie.<String>builder().add("cut off * highway", "CUT").build();
    assertEquals(List.of(), trie.findAll(words("cut off the old main M5 highway")));
  }

  @Test
  void findsMatchesLeftToRightWithoutOverlaps() {
    PhraseTrie<String> trie = PhraseTrie.<String>builder().add("a b", "AB").add("b c", "BC").add("d", "D").build();
    List<PhraseMatch<String>> found = trie.findAll(words("a b c d"));
    assertEquals(List.of("AB", "D"), found.stream().map(PhraseMatch::value).toList());
  }

  @Test
  void keepsEveryValueOfAPhraseOnceInOrder() {
    PhraseTrie<String> trie = PhraseTrie.<String>builder().add("is", "IRQ").add("IS", "SYR").add("is", "IRQ").build();
    assertEquals(List.of("IRQ", "SYR"), trie.findAll(words("IS")).get(0).values());
  }

  @Test
  void longestAtGivesNullWhenNothingStartsThere() {
    PhraseTrie<String> trie = PhraseTrie.<String>builder().add("armed clash", "AC").add(" ", "BLANK").build();
    assertNull(trie.longestAt(words("an armed clash"), 0));
    assertEquals(1, trie.longestAt(words("an armed clash"), 1).from());
  }
}
