package org.sitrep.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Hand-made sentences for tests, so that no test needs CoreNLP. A word is a run of letters and
 * digits (hyphens inside kept, as CoreNLP keeps "al-Sham"), {@code 's} is a token of its own, and
 * any other character is a token. Lemma is the lower-cased word; part of speech is {@code NNP} for
 * capitalised words, {@code NN} for others; the entity class is {@code O}. Use {@link #retag} to
 * change one token.
 */
public final class Sentences {

  private static final Pattern TOKEN =
      Pattern.compile("'s\\b|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*|\\S");

  private Sentences() {}

  /** {@code text} as one sentence starting at offset 0 of the article. */
  public static Sentence of(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return of(text, words.toArray(String[]::new));
  }

  /** {@code text} as one sentence with exactly these tokens, found in order in the text. */
  public static Sentence of(String text, String... words) {
    List<Token> tokens = new ArrayList<>();
    int cursor = 0;
    for (String word : words) {
      int begin = text.indexOf(word, cursor);
      if (begin < 0) {
        throw new IllegalArgumentException("no '" + word + "' after " + cursor + " in: " + text);
      }
      int end = begin + word.length();
      String pos = Character.isUpperCase(word.codePointAt(0)) ? "NNP" : "NN";
      tokens.add(new Token(tokens.size(), word, word.toLowerCase(Locale.ROOT), pos, "O", begin, end));
      cursor = end;
    }
    return new Sentence(0, tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens);
  }

  /** {@code sentence} with token {@code index} given another lemma, part of speech and entity class. */
  public static Sentence retag(Sentence sentence, int index, String lemma, String pos, String ner) {
    List<Token> tokens = new ArrayList<>(sentence.tokens());
    Token t = tokens.get(index);
    tokens.set(index, new Token(t.index(), t.word(), lemma, pos, ner, t.begin(), t.end()));
    return new Sentence(sentence.index(), sentence.begin(), sentence.end(), tokens);
  }

  /** The index of the token written {@code word}. */
  public static int indexOf(Sentence sentence, String word) {
    for (Token t : sentence.tokens()) {
      if (t.word().equals(word)) {
        return t.index();
      }
    }
    throw new IllegalArgumentException("no token '" + word + "'");
  }
}
