package org.sitrep.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms in which two values of a field count as the same: a place name folded so that
 * romanisations that differ only in accents, case, punctuation or a leading Arabic article match
 * ({@code Ma'arrat al-Nu'man} and {@code Maarrat al Numan}), and an actor name without its years
 * and unit ({@code Military Forces of Brazil (2019-) Military Police} is {@code Military Forces of
 * Brazil}).
 *
 * <p>Thread-safe: no state.
 */
public final class FieldKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:al|el|an|as|ad)[-\\s]+");
  private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]|\\p{Lm}");
  private static final Pattern YEARS_AND_UNIT = Pattern.compile("\\s*\\(\\d{4}-(?:\\d{4})?\\).*$");

  private FieldKeys() {}

  /**
   * A place name folded: NFKD without combining marks, lower case, without a leading al-, el-, an-,
   * as- or ad- (hyphen or space), letters only. "" for null.
   */
  public static String location(String name) {
    if (name == null) {
      return "";
    }
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.toLowerCase(Locale.ROOT).strip();
    s = LEADING_ARTICLE.matcher(s).replaceFirst("");
    return NOT_LETTER.matcher(s).replaceAll("");
  }

  /** An actor name up to its years, without them and whatever follows; trimmed; "" for null. */
  public static String actorBase(String name) {
    if (name == null) {
      return "";
    }
    return YEARS_AND_UNIT.matcher(name.strip()).replaceFirst("").strip();
  }
}
