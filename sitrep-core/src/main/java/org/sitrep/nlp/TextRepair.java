package org.sitrep.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the spaces that scraping often loses between sentences ("in Idlib.On February 3"),
 * so that sentences split where they should, and maps offsets in the repaired text back to the
 * original.
 *
 * <p>Thread-safe: immutable.
 */
final class TextRepair {

  /** A lower-case letter, a full stop, then a capitalised word: a lost space, not an abbreviation. */
  private static final Pattern GLUED_SENTENCE =
      Pattern.compile("(?<=\\p{Ll}{2}[.!?])(?=\\p{Lu}\\p{Ll})");

  private final String repaired;
  private final int[] insertedBefore; // insertedBefore[i] = spaces inserted before repaired offset i

  private TextRepair(String repaired, int[] insertedBefore) {
    this.repaired = repaired;
    this.insertedBefore = insertedBefore;
  }

  static TextRepair of(String original) {
    Matcher m = GLUED_SENTENCE.matcher(original);
    StringBuilder out = new StringBuilder(original.length() + 16);
    int last = 0;
    while (m.find()) {
      out.append(original, last, m.start()).append(' ');
      last = m.start();
    }
    out.append(original, last, original.length());
    String repaired = out.toString();
    int[] inserted = new int[repaired.length() + 1];
    int shift = 0;
    int j = 0;
    for (int i = 0; i <= repaired.length(); i++) {
      inserted[i] = shift;
      if (i < repaired.length() && (j >= original.length() || repaired.charAt(i) != original.charAt(j))) {
        shift++; // an inserted space: the original has no character here
      } else {
        j++;
      }
    }
    return new TextRepair(repaired, inserted);
  }

  String text() {
    return repaired;
  }

  /** The original offset of a repaired offset. */
  int original(int repairedOffset) {
    return repairedOffset - insertedBefore[repairedOffset];
  }
}
