package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.nlp.Sentence;

class WordStreamTest {

  @Test
  void splitsAHyphenatedTokenIntoWordsWithTheirOwnOffsets() {
    Sentence s = Sentences.of("Fighters of al-Sham", "Fighters", "of", "al-Sham");
    WordStream stream = WordStream.of(s);
    assertEquals(
        List.of(
            new WordStream.Word("fighters", "fighters", 0, 0, 8),
            new WordStream.Word("of", "of", 1, 9, 11),
            new WordStream.Word("al", "al", 2, 12, 14),
            new WordStream.Word("sham", "sham", 2, 15, 19)),
        stream.words());
  }

  @Test
  void loneHyphensAndApostrophesGiveNoWord() {
    Sentence s = Sentences.of("Nay - rab ' x", "Nay", "-", "rab", "'", "x");
    assertEquals(List.of("nay", "rab", "x"), WordStream.of(s).words().stream().map(WordStream.Word::word).toList());
  }

  @Test
  void keepsTheLemmaOfASingleWordToken() {
    Sentence s = Sentences.retag(Sentences.of("They clashed"), 1, "clash", "VBD", "O");
    WordStream stream = WordStream.of(s);
    assertEquals(new WordStream.Word("clashed", "clash", 1, 5, 12), stream.get(1));
    assertEquals("clashed", stream.token(1).word());
  }
}
