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
    return fold(name, 0, name.length(), new char[name.length() * 2 + 4]);
  }

  /**
   * The lookup key of {@code text[from, to)}, using {@code buffer} (at least twice the range's
   * length plus 4) as scratch space so that folding many names allocates only their keys.
   */
  static String fold(CharSequence text, int from, int to, char[] buffer) {
    CharSequence s = text;
    int start = from;
    int end = to;
    if (!isPlainAscii(text, from, to)) {
      s = Normalizer.normalize(text.subSequence(from, to), Normalizer.Form.NFKD);
      start = 0;
      end = s.length();
      if (buffer.length < end * 2 + 4) {
        buffer = new char[end * 2 + 4];
      }
    }
    int length = 0;
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
          // fall through to append
        } else if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        } else {
          if (c != '\'' && c != '`') {
            pendingSpace = true;
          }
          continue;
        }
        if (pendingSpace && length > 0) {
          buffer[length++] = ' ';
        }
        pendingSpace = false;
        buffer[length++] = c;
      } else if (isApostrophe(c) || isMark(c)) {
        continue;
      } else if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && length > 0) {
          buffer[length++] = ' ';
        }
        pendingSpace = false;
        length = appendLower(buffer, length, c);
      } else {
        pendingSpace = true;
      }
    }
    return new String(buffer, 0, length);
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

  private static boolean isPlainAscii(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
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

  /** Appends {@code c} in lower case, folding the Latin letters that NFKD leaves whole. */
  private static int appendLower(char[] out, int at, char c) {
    String folded =
        switch (c) {
          case 'Ł', 'ł' -> "l";
          case 'Ø', 'ø' -> "o";
          case 'Đ', 'đ', 'Ð', 'ð' -> "d";
          case 'Ħ', 'ħ' -> "h";
          case 'ı' -> "i";
          case 'ß' -> "ss";
          case 'Æ', 'æ' -> "ae";
          case 'Œ', 'œ' -> "oe";
          case 'Þ', 'þ' -> "th";
          default -> null;
        };
    if (folded == null) {
      out[at] = Character.toLowerCase(c);
      return at + 1;
    }
    folded.getChars(0, folded.length(), out, at);
    return at + folded.length();
  }
}
