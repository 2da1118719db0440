package org.sitrep.geocode;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.geo.TextSpan;

/**
 * The unit a text writes beside a place name: "Saraqib, Idlib", "Kokorowe (Houet)", "Paris,
 * Tenn.", which the {@link Geocoder} uses to choose among places of the name.
 */
final class WrittenUnits {

  /**
   * A capitalised word or two right after a comma or bracket, perhaps past a word or two like
   * "village" ("Nangade village (Nangade, Cabo Delgado)").
   */
  private static final Pattern WRITTEN_UNIT =
      Pattern.compile("^\\s*(?:\\p{Ll}+\\s*){0,2}?[,(]\\s*(\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?)");
  /** What may stand between a name and the next one for that to be its unit. */
  private static final Pattern UNIT_GAP = Pattern.compile("(?:\\p{Ll}+\\s*){0,2}?[,(]|,?\\s*in");

  private WrittenUnits() {}

  /**
   * The unit written after {@code spans.get(i)}: the next name, when only a comma or bracket (or
   * "in") stands between; else a capitalised word written after a comma ("Paris, Tenn."); null
   * when there is none. {@code spans} are in text order.
   */
  static String after(String text, List<TextSpan> spans, int i) {
    int end = spans.get(i).end();
    if (end > text.length()) {
      return null;
    }
    if (i + 1 < spans.size() && spans.get(i + 1).end() <= text.length()) {
      String between = text.substring(end, Math.max(end, spans.get(i + 1).start())).strip();
      if (UNIT_GAP.matcher(between).matches()) {
        return text.substring(spans.get(i + 1).start(), spans.get(i + 1).end());
      }
    }
    Matcher m = WRITTEN_UNIT.matcher(text.substring(end, Math.min(text.length(), end + 40)));
    return m.find() ? m.group(1) : null;
  }
}
