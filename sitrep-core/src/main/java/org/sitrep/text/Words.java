package org.sitrep.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The folding that phrases and text share before they are compared: lower case, no diacritics, no
 * apostrophes, hyphens and slashes as word breaks.
 *
 * <p>Thread-safe: stateless.
 */
public final class Words {

  private Words() {}

  /** Folds one word: {@code "Ma'arrat"} becomes {@code "maarrat"}. */
  public static String fold(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK
          || c == '\'' || c == '\u2019' || c == '\u2018' || c == '`' || c == '\u02bf'
          || c == '\u02bc') {
        continue;
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Splits a phrase into folded words: {@code "Hayat Tahrir al-Sham"} -> hayat, tahrir, al, sham. */
  public static List<String> split(String phrase) {
    List<String> words = new ArrayList<>();
    for (String part : phrase.strip().split("[\\s\\-\u2010\u2011\u2013/]+")) {
      String folded = fold(part);
      if (!folded.isEmpty()) {
        words.add(folded);
      }
    }
    return words;
  }
}
