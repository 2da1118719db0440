package org.sitrep.geocode;

import java.util.regex.Pattern;
import org.sitrep.geo.TextSpan;

/**
 * Whether a text calls a place name a town: "Farah city", "the town of Kumbo", "Nangade village".
 * Such a name means the town, not the province or district of the same name.
 */
final class SettlementNouns {

  private static final String NOUN = "(?:city|town|village|hamlet)";
  private static final Pattern AFTER = Pattern.compile("^\\s+" + NOUN + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern BEFORE = Pattern.compile("\\b" + NOUN + "\\s+of\\s+$", Pattern.CASE_INSENSITIVE);

  private SettlementNouns() {}

  /** True when the word after {@code span}, or the words "town of" before it, call it a town. */
  static boolean around(String text, TextSpan span) {
    if (span.end() > text.length()) {
      return false;
    }
    String after = text.substring(span.end(), Math.min(text.length(), span.end() + 12));
    String before = text.substring(Math.max(0, span.start() - 16), span.start());
    return AFTER.matcher(after).find() || BEFORE.matcher(before).find();
  }
}
