package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds death tolls in a sentence: "at least 15 militants were killed", "killing two soldiers",
 * "the bodies of three men", "4 fatalities", "no fatalities". Wounded people are not counted; a
 * range counts its lower end.
 *
 * <p>Thread-safe: stateless.
 */
public final class FatalityFinder {

  /** A count; never the day of a date ("12 May"). */
  private static final String N = "(" + NumberWords.PATTERN + ")(?!\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b)";
  private static final String HEDGE =
      "(?:(?:at least|about|around|approximately|some|nearly|almost|over|more than|up to|as many as|an estimated|another|the)\\s+)?";
  private static final String RANGE = "(?:\\s*(?:-|–|to|or|and)\\s*" + NumberWords.PATTERN + ")?";
  private static final String DIED =
      "(?:killed|dead|died|shot dead|murdered|slain|lost (?:their|his|her) li(?:ves|fe)|executed|beheaded|lynched"
          + "|(?:burned|burnt|hacked|beaten|stabbed|shot|bludgeoned|tortured) to death|found dead|neutrali[sz]ed|perished"
          + "|succumbed|were killed|was killed|killed on the spot)";

  /** "15 militants were killed", "a man was shot dead", "Both victims died". */
  private static final Pattern VICTIMS_DIED = Pattern.compile(
      "\\b" + HEDGE + N + RANGE + "\\b((?:\\s+[^\\s,.;:()]+){0,5}?)\\s+(?:(?:were|was|have been|has been|had been|are|is|got|reportedly|also|later|allegedly)\\s+){0,2}" + DIED + "\\b",
      Pattern.CASE_INSENSITIVE);
  /** "Four soldiers and two rebels were killed": two groups, one verb. */
  private static final Pattern GROUPS_DIED = Pattern.compile(
      "\\b" + HEDGE + N + "((?:\\s+[^\\s,.;:()]+){1,3}?)\\s+and\\s+" + HEDGE + N
          + "((?:\\s+[^\\s,.;:()]+){1,3}?)\\s+(?:were|have been|had been|are)\\s+" + DIED + "\\b",
      Pattern.CASE_INSENSITIVE);
  /** "killing two soldiers", "left 9 dead", "the bodies of three men". */
  private static final Pattern KILLED_VICTIMS = Pattern.compile(
      "\\b(?:killed|killing|kills|kill|neutrali[sz]ing|neutrali[sz]ed|murdered|murdering|massacred|executed|executing|shot dead|claimed the lives of|claiming the lives of|bodies of|body of|deaths of|death of|corpses of|remains of)['\"‘’“”]?\\s+"
          + "['\"‘’“”]?\\s*" + HEDGE + N + RANGE + "\\b(?!\\s*(?:km|kilometers|kilometres|miles|meters|metres|hours|days|am|pm|%|percent))((?:\\s+[^\\s,.;:()]+){0,4}?)(?:\\s+(?:dead|people|persons|civilians|soldiers|militants|fighters|men|women|children|members|policemen|officers|villagers|residents|troops|others|of them))?",
      Pattern.CASE_INSENSITIVE);
  /** "4 fatalities", "2 killed.", "9 deaths". */
  private static final Pattern TOTAL = Pattern.compile(
      "\\b" + HEDGE + N + RANGE + "\\s+(?:fatalities|fatality|deaths|people dead|dead|killed)\\s*(?:[.;]|$|\\(|,? (?:including|among|in total|were reported|reported|confirmed))",
      Pattern.CASE_INSENSITIVE);
  /** "left 9 dead". */
  private static final Pattern LEFT_DEAD = Pattern.compile(
      "\\b(?:left|leaving)\\s+" + HEDGE + N + RANGE + "\\s+(?:people\\s+|persons\\s+)?dead\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TOLL = Pattern.compile(
      "\\b(?:death toll|toll|fatalities|number of (?:dead|deaths))\\s+(?:has\\s+|had\\s+)?(?:rose|risen|rises|climbed|reached|stands|stood|increased|was|is|range[sd]?|ranging)?\\s*(?:to|at|from)?\\s*" + HEDGE + N,
      Pattern.CASE_INSENSITIVE);
  private static final Pattern NONE = Pattern.compile(
      "\\b(?:no (?:fatalities|deaths|casualties|one was killed|loss of life)|without (?:casualties|fatalities)|no reports? of (?:casualties|fatalities|deaths)|nobody was killed|no one (?:was|were) killed)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Every toll in {@code text} (a sentence at {@code offset} in the article), in text order. */
  public List<DeathCount> find(String text, int offset) {
    List<DeathCount> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    collect(TOTAL, text, offset, true, taken, found);
    collect(TOLL, text, offset, true, taken, found);
    collectGroups(text, offset, taken, found);
    collect(LEFT_DEAD, text, offset, false, taken, found);
    collect(KILLED_VICTIMS, text, offset, false, taken, found);
    collect(VICTIMS_DIED, text, offset, false, taken, found);
    Matcher none = NONE.matcher(text);
    while (none.find()) {
      if (!taken[none.start()]) {
        found.add(new DeathCount(0, true, offset + none.start(), offset + none.end()));
      }
    }
    found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return found;
  }

  private static void collect(Pattern pattern, String text, int offset, boolean total, boolean[] taken, List<DeathCount> out) {
    Matcher m = pattern.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      from = m.end();
      if (taken[m.start(1)]) {
        continue;
      }
      OptionalInt count = NumberWords.value(m.group(1));
      if (count.isEmpty() || count.getAsInt() > 100_000 || looksLikeYear(m.group(1))) {
        from = m.end(1); // "In 2019 more than 300 were killed": look again after the year
        continue;
      }
      for (int i = m.start(); i < m.end(); i++) {
        taken[i] = true;
      }
      out.add(new DeathCount(count.getAsInt(), total, offset + m.start(), offset + m.end()));
    }
  }

  private static void collectGroups(String text, int offset, boolean[] taken, List<DeathCount> out) {
    Matcher m = GROUPS_DIED.matcher(text);
    while (m.find()) {
      OptionalInt first = NumberWords.value(m.group(1));
      OptionalInt second = NumberWords.value(m.group(3));
      if (first.isEmpty() || second.isEmpty() || looksLikeYear(m.group(1)) || looksLikeYear(m.group(3))) {
        continue;
      }
      for (int i = m.start(); i < m.end(); i++) {
        taken[i] = true;
      }
      out.add(new DeathCount(first.getAsInt(), false, offset + m.start(1), offset + m.end(2)));
      out.add(new DeathCount(second.getAsInt(), false, offset + m.start(3), offset + m.end()));
    }
  }

  private static boolean looksLikeYear(String number) {
    return number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
  }
}
