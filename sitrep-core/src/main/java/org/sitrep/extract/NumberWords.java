package org.sitrep.extract;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Reads counts written in digits or words, with the conventions of DOMAIN.md for vague ones:
 * "several" 3, "dozens" 12, "hundreds" 100.
 *
 * <p>Thread-safe: stateless.
 */
final class NumberWords {

  /** Alternation of every word this class reads, for use inside regular expressions. */
  static final String PATTERN =
      "(?:\\d{1,3}(?:,\\d{3})+|\\d+|a dozen|two dozen|dozens|a few|a couple of|several|some|scores|hundreds|thousands|both|all"
          + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|one hundred|an?)";

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("both", 2),
      Map.entry("a couple of", 2), Map.entry("three", 3), Map.entry("a few", 3), Map.entry("several", 3),
      Map.entry("some", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("a dozen", 12), Map.entry("dozens", 12), Map.entry("thirteen", 13),
      Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
      Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("scores", 20),
      Map.entry("two dozen", 24), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
      Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
      Map.entry("a hundred", 100), Map.entry("one hundred", 100), Map.entry("hundreds", 100),
      Map.entry("thousands", 1000));

  private NumberWords() {}

  /** The count {@code text} (one match of {@link #PATTERN}) stands for; empty for "all". */
  static OptionalInt value(String text) {
    String t = text.toLowerCase(Locale.ROOT).strip();
    if (t.chars().allMatch(c -> Character.isDigit(c) || c == ',')) {
      try {
        return OptionalInt.of(Integer.parseInt(t.replace(",", "")));
      } catch (NumberFormatException e) {
        return OptionalInt.empty();
      }
    }
    Integer value = WORDS.get(t);
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
