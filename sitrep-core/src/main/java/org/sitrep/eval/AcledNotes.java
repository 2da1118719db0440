package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns ACLED's {@code notes} into text a reader could have seen: drops the coders' own
 * annotations, i.e. bracketed parts ({@code [size=no report]}, {@code [coded to Athens-Central
 * Athens]}), parentheses that say how something was coded ({@code (Batken center is coded with
 * GP2)}), clauses between commas that do ({@code , coded at approximate location as X,}) and whole
 * sentences about coding ({@code Fatalities coded as 10.}).
 *
 * <p>Thread-safe: no state.
 */
public final class AcledNotes {

  private static final Pattern BRACKETED = Pattern.compile("\\[[^\\]]*\\]");
  private static final Pattern CODED_PARENTHESIS =
      Pattern.compile("\\([^()]*\\bcoded\\b[^()]*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CODED = Pattern.compile("\\bcoded\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern CODED_CLAUSE =
      Pattern.compile(",[^,.;]*\\bcoded\\b[^,.;]*(?=[,.;])", Pattern.CASE_INSENSITIVE);

  /**
   * After a full stop and space, or a full stop glued to the next sentence ("Urozgan.Fatalities").
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?])\\s+|(?<=[\\p{Ll})\\]]\\.)(?=\\p{Lu}\\p{Ll})");

  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+(?=[.,;:!?])");

  private AcledNotes() {}

  /** The notes without the coders' annotations, whitespace collapsed; "" for null. */
  public static String clean(String notes) {
    if (notes == null) {
      return "";
    }
    String text = BRACKETED.matcher(notes).replaceAll(" ");
    text = CODED_PARENTHESIS.matcher(text).replaceAll(" ");
    text = CODED_CLAUSE.matcher(text).replaceAll("");
    text = text.replaceAll("\\s+", " ").strip();
    List<String> kept = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(text)) {
      String s = SPACE_BEFORE_PUNCTUATION.matcher(sentence).replaceAll("").strip();
      if (!s.isEmpty() && !CODED.matcher(s).find() && !s.matches("\\p{Punct}+")) {
        kept.add(s);
      }
    }
    return String.join(" ", kept);
  }
}
