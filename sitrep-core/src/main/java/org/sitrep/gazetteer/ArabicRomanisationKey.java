package org.sitrep.gazetteer;

import java.util.Set;

/**
 * A key under which the usual romanisations of one Arabic place name meet: "Maarat al-Numan",
 * "Ma'arrat an-Nu'man", "Maaret al-Noman" and "Maʿarrat al-Nuʿmān" all give {@code maratnaman};
 * "Nayrab", "Neirab" and "Nay-rab" give {@code nayrab}; "Tarnaba" and "Tor-naba" give {@code
 * tarnaba}.
 *
 * <p>From the {@linkplain NameFolding folded} name, in order:
 *
 * <ol>
 *   <li>an article word ({@code al el an ar as ash at ad az ul ...}) is dropped when another word
 *       follows it, at the start or inside the name;
 *   <li>an {@code h} ending a word after a vowel is dropped ({@code Raqqah}, {@code Raqqa});
 *   <li>the words are joined without spaces ({@code Nay-rab}, {@code Nayrab});
 *   <li>{@code ou -> u}, {@code oo -> u}, {@code ee -> i}, {@code ai ei ey -> ay}, {@code q -> k};
 *       {@code kh gh sh} stay two letters;
 *   <li>a doubled letter is written once;
 *   <li>every run of vowels {@code a e i o u} becomes one {@code a}.
 * </ol>
 *
 * <p>Names with letters outside {@code a-z} after folding (other scripts) have no key. The key
 * merges names that differ only in vowels, so it is a weaker match than the folded name: the
 * gazetteer ranks it below. Thread-safe: stateless.
 */
public final class ArabicRomanisationKey {

  private static final Set<String> ARTICLES =
      Set.of(
          "al", "el", "il", "ul", "an", "en", "ar", "er", "as", "es", "ash", "esh", "at", "et",
          "ath", "ad", "ed", "adh", "az", "ez");

  private ArabicRomanisationKey() {}

  /** The key of {@code name}; empty when it has none (no letters, or not Latin letters). */
  public static String of(String name) {
    return ofFolded(NameFolding.fold(name));
  }

  /** The key of a name already {@linkplain NameFolding#fold folded}. */
  public static String ofFolded(String folded) {
    if (folded.isEmpty()) {
      return "";
    }
    String[] words = folded.split(" ");
    StringBuilder joined = new StringBuilder(folded.length());
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (i + 1 < words.length && ARTICLES.contains(word)) {
        continue;
      }
      for (int j = 0; j < word.length(); j++) {
        char c = word.charAt(j);
        if ((c < 'a' || c > 'z') && (c < '0' || c > '9')) {
          return "";
        }
      }
      if (word.length() > 2 && word.endsWith("h") && isVowel(word.charAt(word.length() - 2))) {
        word = word.substring(0, word.length() - 1);
      }
      joined.append(word);
    }
    String s = joined.toString();
    s = s.replace("ou", "u").replace("oo", "u").replace("ee", "i");
    s = s.replace("ai", "ay").replace("ei", "ay").replace("ey", "ay").replace('q', 'k');
    StringBuilder key = new StringBuilder(s.length());
    char previous = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isVowel(c)) {
        c = 'a';
      }
      if (c != previous) {
        key.append(c);
      }
      previous = c;
    }
    return key.toString();
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
