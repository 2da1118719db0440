package org.sitrep.places;

import java.text.Normalizer;
import java.util.Set;

/**
 * Folds place names to the keys under which they are looked up: Unicode compatibility
 * decomposition, marks dropped, lower case, apostrophes dropped, any other run of non-letters and
 * non-digits turned into one space. "Ma'arat al-Nu'man", "MAARAT AL NUMAN" and "Maʿarat
 * al-Nuʿmān" all fold to {@code "maarat al numan"}.
 *
 * <p>Also strips a leading Arabic article ({@code al-}, {@code el-}, {@code an-} ...) and a
 * generic unit word ({@code "Idlib province"}, {@code "Cuauhtemoc municipality"}) for the
 * fallback lookups of {@link PlaceNames}.
 *
 * <p>Thread-safe: stateless.
 */
final class NameFolder {

  private static final String[] ARTICLES = {
    "al ", "el ", "an ", "ar ", "as ", "ash ", "at ", "ad ", "az "
  };

  private static final Set<String> UNIT_WORDS =
      Set.of(
          "province", "governorate", "oblast", "region", "state", "district", "municipality",
          "county", "department", "prefecture", "division", "territory", "raion", "rayon",
          "wilaya", "governorat", "muhafazah", "city", "town", "village");

  private NameFolder() {}

  /** The lookup key of a name; empty when the name has no letter or digit. */
  static String fold(String name) {
    String s = isPlainAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isApostrophe(c) || isMark(c)) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        appendLower(out, c);
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  /** A folded name without its leading Arabic article, or the same string when it has none. */
  static String stripArticle(String folded) {
    for (String article : ARTICLES) {
      if (folded.startsWith(article) && folded.length() > article.length()) {
        return folded.substring(article.length());
      }
    }
    return folded;
  }

  /**
   * A folded name without a generic unit word at its end ({@code "idlib province"}) or start
   * ({@code "province of idlib"}), or the same string when it has none.
   */
  static String stripUnitWord(String folded) {
    int lastSpace = folded.lastIndexOf(' ');
    if (lastSpace > 0 && UNIT_WORDS.contains(folded.substring(lastSpace + 1))) {
      return folded.substring(0, lastSpace);
    }
    int of = folded.indexOf(" of ");
    if (of > 0 && UNIT_WORDS.contains(folded.substring(0, of)) && folded.length() > of + 4) {
      return folded.substring(of + 4);
    }
    return folded;
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc' || c == '\u02bb'
        || c == '\u02be' || c == '\u02bf' || c == '`' || c == '\u00b4';
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Lower case, plus the Latin letters that compatibility decomposition leaves whole. */
  private static void appendLower(StringBuilder out, char c) {
    switch (c) {
      case 'Ł', 'ł' -> out.append('l');
      case 'Ø', 'ø' -> out.append('o');
      case 'Đ', 'đ', 'Ð', 'ð' -> out.append('d');
      case 'Ħ', 'ħ' -> out.append('h');
      case 'ı' -> out.append('i');
      case 'ß' -> out.append("ss");
      case 'Æ', 'æ' -> out.append("ae");
      case 'Œ', 'œ' -> out.append("oe");
      case 'Þ', 'þ' -> out.append("th");
      default -> out.append(Character.toLowerCase(c));
    }
  }
}
