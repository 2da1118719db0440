package org.sitrep.text;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * A sentence as a sequence of folded words, each remembering its token and characters: the form
 * in which phrases are matched. A hyphenated token gives several words; lone hyphens and
 * apostrophes give none.
 *
 * <p>Thread-safe: immutable.
 */
public final class WordStream {

  /**
   * One folded word.
   *
   * @param word the folded word
   * @param lemma the folded lemma of its token when the token is this single word, else the word
   * @param token index of its token in the sentence
   * @param begin character offset into the article text
   * @param end character offset, exclusive
   */
  public record Word(String word, String lemma, int token, int begin, int end) {}

  private final Sentence sentence;
  private final List<Word> words;

  private WordStream(Sentence sentence, List<Word> words) {
    this.sentence = sentence;
    this.words = List.copyOf(words);
  }

  public static WordStream of(Sentence sentence) {
    List<Word> words = new ArrayList<>();
    for (Token token : sentence.tokens()) {
      String text = token.word();
      List<String> parts = Words.split(text);
      if (parts.size() == 1) {
        words.add(new Word(parts.get(0), Words.fold(token.lemma()), token.index(), token.begin(), token.end()));
        continue;
      }
      int cursor = 0;
      for (String part : parts) {
        int at = indexOfFolded(text, part, cursor);
        int begin = at < 0 ? token.begin() : token.begin() + at;
        int end = at < 0 ? token.end() : Math.min(token.end(), begin + part.length());
        cursor = at < 0 ? cursor : at + part.length();
        words.add(new Word(part, part, token.index(), begin, end));
      }
    }
    return new WordStream(sentence, words);
  }

  private static int indexOfFolded(String text, String part, int from) {
    String folded = Words.fold(text);
    // Folding keeps lengths for the common cases (ASCII, precomposed Latin); when it does not,
    // the caller falls back to the whole token's span.
    return folded.length() == text.length() ? folded.indexOf(part, from) : -1;
  }

  public Sentence sentence() {
    return sentence;
  }

  public List<Word> words() {
    return words;
  }

  public int size() {
    return words.size();
  }

  public Word get(int i) {
    return words.get(i);
  }

  /** The token of word {@code i}. */
  public Token token(int i) {
    return sentence.tokens().get(words.get(i).token());
  }
}
