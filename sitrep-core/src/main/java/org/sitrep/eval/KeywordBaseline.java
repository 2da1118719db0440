package org.sitrep.eval;

import static org.sitrep.model.SubEventType.ABDUCTION_FORCED_DISAPPEARANCE;
import static org.sitrep.model.SubEventType.AGREEMENT;
import static org.sitrep.model.SubEventType.AIR_DRONE_STRIKE;
import static org.sitrep.model.SubEventType.ARMED_CLASH;
import static org.sitrep.model.SubEventType.ARRESTS;
import static org.sitrep.model.SubEventType.ATTACK;
import static org.sitrep.model.SubEventType.GRENADE;
import static org.sitrep.model.SubEventType.LOOTING_PROPERTY_DESTRUCTION;
import static org.sitrep.model.SubEventType.MOB_VIOLENCE;
import static org.sitrep.model.SubEventType.PEACEFUL_PROTEST;
import static org.sitrep.model.SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED;
import static org.sitrep.model.SubEventType.SEXUAL_VIOLENCE;
import static org.sitrep.model.SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK;
import static org.sitrep.model.SubEventType.SUICIDE_BOMB;
import static org.sitrep.model.SubEventType.VIOLENT_DEMONSTRATION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

/**
 * The floor every evaluation reports beside Sitrep: a deliberately trivial extractor. The keyword
 * that occurs first in the text gives the sub-event type; the event date is the publication day;
 * the fatalities are the number closest before the first "killed", "dead" or "died" (within five
 * words), else 0; there are no actors; the location is the first capitalised word after " in " that
 * is not a month. At most one claim per article.
 *
 * <p>Thread-safe: no state.
 */
public final class KeywordBaseline implements Extractor {

  /** Word starts (regular expressions, case ignored) and the sub-event type they give. */
  private static final Map<String, SubEventType> KEYWORDS = new LinkedHashMap<>();

  static {
    KEYWORDS.put("protest", PEACEFUL_PROTEST);
    KEYWORDS.put("demonstrat", PEACEFUL_PROTEST);
    KEYWORDS.put("rall(y|ied|ies)", PEACEFUL_PROTEST);
    KEYWORDS.put("riot", VIOLENT_DEMONSTRATION);
    KEYWORDS.put("mobs?\\b", MOB_VIOLENCE);
    KEYWORDS.put("lynch", MOB_VIOLENCE);
    KEYWORDS.put("clash", ARMED_CLASH);
    KEYWORDS.put("fight", ARMED_CLASH);
    KEYWORDS.put("shell", SHELLING_ARTILLERY_MISSILE_ATTACK);
    KEYWORDS.put("artillery", SHELLING_ARTILLERY_MISSILE_ATTACK);
    KEYWORDS.put("mortar", SHELLING_ARTILLERY_MISSILE_ATTACK);
    KEYWORDS.put("missile", SHELLING_ARTILLERY_MISSILE_ATTACK);
    KEYWORDS.put("rocket", SHELLING_ARTILLERY_MISSILE_ATTACK);
    KEYWORDS.put("air ?strike", AIR_DRONE_STRIKE);
    KEYWORDS.put("drone", AIR_DRONE_STRIKE);
    KEYWORDS.put("suicide", SUICIDE_BOMB);
    KEYWORDS.put("IEDs?\\b", REMOTE_EXPLOSIVE_LANDMINE_IED);
    KEYWORDS.put("landmine", REMOTE_EXPLOSIVE_LANDMINE_IED);
    KEYWORDS.put("explosive", REMOTE_EXPLOSIVE_LANDMINE_IED);
    KEYWORDS.put("grenade", GRENADE);
    KEYWORDS.put("rap(e|ed|ing)\\b", SEXUAL_VIOLENCE);
    KEYWORDS.put("kidnap", ABDUCTION_FORCED_DISAPPEARANCE);
    KEYWORDS.put("abduct", ABDUCTION_FORCED_DISAPPEARANCE);
    KEYWORDS.put("kill", ATTACK);
    KEYWORDS.put("shot\\b", ATTACK);
    KEYWORDS.put("attack", ATTACK);
    KEYWORDS.put("arrest", ARRESTS);
    KEYWORDS.put("loot", LOOTING_PROPERTY_DESTRUCTION);
    KEYWORDS.put("agreement", AGREEMENT);
    KEYWORDS.put("ceasefire", AGREEMENT);
  }

  private static final Map<Pattern, SubEventType> PATTERNS = new LinkedHashMap<>();

  static {
    KEYWORDS.forEach(
        (k, type) -> PATTERNS.put(Pattern.compile("\\b" + k, Pattern.CASE_INSENSITIVE), type));
  }

  private static final Pattern DEATH = Pattern.compile("\\b(killed|dead|died)\\b");
  private static final Map<String, Integer> NUMBER_WORDS = numberWords();
  private static final Pattern NUMBER =
      Pattern.compile(
          "\\b(\\d[\\d,]*|" + String.join("|", NUMBER_WORDS.keySet()) + ")\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_PLACE =
      Pattern.compile(
          " in (?!(?:January|February|March|April|May|June|July|August|September|October"
              + "|November|December)\\b)(\\p{Lu}[\\p{L}'-]*)");

  /** The sub-event type the first keyword of {@code text} gives, or null without one. */
  static SubEventType subEventType(String text) {
    SubEventType first = null;
    int firstStart = Integer.MAX_VALUE;
    for (Map.Entry<Pattern, SubEventType> e : PATTERNS.entrySet()) {
      Matcher m = e.getKey().matcher(text);
      if (m.find() && m.start() < firstStart) {
        firstStart = m.start();
        first = e.getValue();
      }
    }
    return first;
  }

  /** The number within five words before the first "killed", "dead" or "died"; 0 without. */
  static int fatalities(String text) {
    Matcher death = DEATH.matcher(text);
    if (!death.find()) {
      return 0;
    }
    String before = text.substring(0, death.start());
    String[] words = before.strip().split("\\s+");
    StringBuilder window = new StringBuilder();
    for (int i = Math.max(0, words.length - 5); i < words.length; i++) {
      window.append(words[i]).append(' ');
    }
    Matcher n = NUMBER.matcher(window);
    Integer last = null;
    while (n.find()) {
      String w = n.group(1).toLowerCase(java.util.Locale.ROOT);
      last = NUMBER_WORDS.containsKey(w) ? NUMBER_WORDS.get(w) : parse(w);
    }
    return last == null ? 0 : last;
  }

  private static Integer parse(String digits) {
    try {
      return Integer.parseInt(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The first capitalised word after " in " that is not a month, or null. */
  static String location(String text) {
    Matcher m = IN_PLACE.matcher(text);
    return m.find() ? m.group(1).replaceAll("[-']+$", "") : null;
  }

  @Override
  public List<Claim> extract(Article article) {
    SubEventType type = subEventType(article.text());
    if (type == null) {
      return List.of();
    }
    return List.of(
        new Claim(
            article.id() + ":baseline",
            "keyword-baseline",
            article.id(),
            article.published(),
            article.published() == null ? null : 1,
            type,
            null,
            List.of(),
            null,
            null,
            List.of(),
            null,
            Place.mentioned(location(article.text()), null),
            null,
            null,
            fatalities(article.text()),
            Claim.PUBLISHER,
            null,
            Modality.ASSERTED,
            null,
            List.of()));
  }

  private static Map<String, Integer> numberWords() {
    String[] words = {
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen",
      "twenty"
    };
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < words.length; i++) {
      map.put(words[i], i + 1);
    }
    return map;
  }
}
