package org.sitrep.gazetteer;

import java.text.Normalizer;

/**
 * The folding under which gazetteer names are compared: Unicode compatibility decomposition
 * (NFKD), marks dropped, lower case, apostrophes and the ayn/hamza signs ({@code ' ` ´ ʿ ʾ ’ ‘ ʼ
 * ʻ}) removed, hyphens and any other run of non-letters and non-digits turned into one space,
 * no leading or trailing space. "Maʿarrat al-Nuʿmān", "MA'ARRAT AL NU'MAN" and "Ma`arrat al
 * Nu`man" all fold to {@code "maarrat al numan"}.
 *
 * <p>The gazetteer's exact match, its {@code covers} test and the evaluation's "covered" metric
 * all use this folding. Thread-safe: stateless.
 */
public final class NameFolding {

  private NameFolding() {}

  /** The folded form of {@code name}; empty when it has no letter or digit. */
  public static String fold(String name) {
    String s = isPlainAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isApostrophe(c) || isMark(c)) {
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && out.length() > 0) {
        out.append(' ');
      }
      pendingSpace = false;
      appendLower(out, c);
    }
    return out.toString();
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
    return switch (c) {
      case '\'', '`', '\u00b4', '\u2018', '\u2019', '\u02bb', '\u02bc', '\u02be', '\u02bf' -> true;
      default -> false;
    };
  }

  private static boolean isMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Appends {@code c} in lower case, folding the Latin letters that NFKD leaves whole. */
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
