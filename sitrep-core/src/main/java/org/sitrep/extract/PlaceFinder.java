package org.sitrep.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

/**
 * Finds the place names of a sentence: capitalised names after a locative preposition ("in
 * Reynosa", "near Saraqib", "the villages of Nay-rab, Tor-naba"), and names the tagger calls
 * locations. Names of actors and dates are not places.
 *
 * <p>Thread-safe: stateless.
 */
public final class PlaceFinder {

  private static final Set<String> LOCATIVE = Set.of(
      "in", "near", "at", "around", "outside", "into", "across", "inside", "towards", "toward", "from", "of",
      "on", "between", "nearby", "west", "east", "north", "south", "to", "through", "within", "along",
      // verbs whose object is a place: "capture Saramin", "attacked Saraqib", "stormed Kashma"
      "capture", "captured", "recapture", "recaptured", "seize", "seized", "retook", "retake", "stormed", "entered",
      "shelled", "attacked", "besieged", "overran", "liberated", "bombed", "struck", "raided");
  private static final Set<String> NEAR = Set.of("near", "around", "outside", "nearby", "outskirts", "vicinity",
      "west", "east", "north", "south", "northwest", "northeast", "southwest", "southeast", "western", "eastern",
      "northern", "southern", "northwestern", "northeastern", "southwestern", "southeastern", "central", "rural",
      "countryside", "area", "areas", "suburbs", "environs");
  private static final Set<String> PLACE_NOUNS = Set.of(
      "village", "villages", "town", "towns", "city", "cities", "district", "districts", "municipality",
      "province", "governorate", "region", "county", "state", "area", "areas", "neighborhood", "neighbourhood",
      "lga", "locality", "localities", "settlement", "settlements", "commune", "department", "sector", "camp",
      "subdivision", "tehsil", "block", "colony", "barangay", "oblast", "raion", "rayon", "parish", "ward",
      "island", "port", "valley", "zone", "prefecture", "quarter", "outskirts", "suburb", "suburbs", "highway",
      "road", "border", "mountains", "hills", "river", "islands", "kebele", "woreda", "canton", "estate");
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern",
      "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest");
  private static final Set<String> ENGLISH_CONNECTORS = Set.of("at", "as", "an", "do", "e", "u", "y");
  /** Place nouns that end a feature's name: "Nameless Hills" (others, like "Heights", never stop a name). */
  private static final Set<String> FEATURE_NOUNS = Set.of("hills", "mountains", "valley", "river", "islands", "island");
  private static final Set<String> UNIT_NOUNS = Set.of("district", "region", "province", "state", "county",
      "department", "governorate", "oblast", "raion", "rayon", "prefecture", "subdivision", "municipality", "lga",
      "tehsil", "woreda", "canton", "parish", "commune", "upazila", "township");
  /** A settlement's number as the tokenizer splits it off: "-5" of "Zolote-5". */
  private static final Pattern NUMBERED = Pattern.compile("-\\d{1,2}");
  private static final Pattern WORD_AFTER = Pattern.compile("\\s+(\\p{L}+)");
  private static final Pattern LEADING_WORD = Pattern.compile("\\p{L}+");
  /** Words written between a place and its unit besides the place nouns: "Zari district center, Balkh". */
  private static final Set<String> UNIT_WORDS = Set.of("center", "centre", "headquarters", "capital");
  private static final Set<String> LIST_NOUNS = Set.of(
      "villages", "towns", "cities", "areas", "districts", "localities", "settlements", "neighborhoods",
      "neighbourhoods", "communities");
  /** Words that open an institution's name, or name its building: "Kabul Police", "the Cabinet of Ministers". */
  private static final Set<String> INSTITUTION_WORDS = Set.of("police", "army", "government", "ministry", "council",
      "court", "party", "people", "cabinet", "ministers", "parliament", "office", "embassy", "headquarters");
  /** Capitalised words that are no part of a place's name; an institution's building is in its town. */
  private static final Set<String> NOT_PLACES = Stream.concat(INSTITUTION_WORDS.stream(), Stream.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "the", "a", "an", "this", "that", "his", "her", "their", "its", "mr", "mrs", "ms", "dr", "president",
      "minister", "according", "covid", "coronavirus", "islamic", "i", "he", "she", "they",
      "we", "it", "on", "in", "at", "after", "before", "during", "while", "however", "also", "but", "and",
      "state", "day", "labour", "labor", "international",
      "national", "earlier", "later", "today", "yesterday", "around", "about", "some", "several", "members"))
      .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> CONNECTORS = Set.of("al", "el", "an", "as", "ad", "ash", "ar", "at", "az", "de",
      "del", "da", "do", "dos", "das", "la", "las", "los", "le", "les", "di", "bin", "ibn", "abu", "van", "von",
      "of", "sur", "en", "y", "e", "ez", "es", "ul", "ur", "u", "ya", "ki", "wa");

  /**
   * The place names of {@code sentence}. {@code isActorWord} tells which tokens belong to actor or
   * date mentions, which are never places.
   */
  public List<PlaceMention> find(Sentence sentence, String articleText, Predicate<Integer> isActorWord) {
    List<Token> tokens = sentence.tokens();
    List<PlaceMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      if (!startsName(tokens, i) || isActorWord.test(i)) {
        i++;
        continue;
      }
      int end = nameEnd(tokens, i, isActorWord);
      if (end == i + 1 && COMPASS.contains(token.lower())) {
        i = end; // "the North Zone of Rio", "the East part of Cali": a side of a place, not a name
        continue;
      }
      int score = 0;
      int phraseStart = i;
      String qualifier = null;
      boolean listed = false;
      // Look back over "the villages of", "southwestern", "near", "the outskirts of".
      int j = i - 1;
      while (j >= 0 && j >= i - 5) {
        String w = tokens.get(j).lower();
        if (NEAR.contains(w) && qualifier == null) {
          // "the North Zone of Rio de Janeiro": a named part of the city, "north zone"
          qualifier = tokens.get(j + 1).lower().equals("zone") ? w + " zone" : w;
          phraseStart = j;
          if (LOCATIVE.contains(w)) {
            score += 2; // "near Djibo"
            break;
          }
        } else if (LIST_NOUNS.contains(w)) {
          listed = true;
          score += 2;
          phraseStart = j;
        } else if (PLACE_NOUNS.contains(w)) {
          boolean nounOf = tokens.get(j + 1).lower().equals("of"); // "the West Zone of Rio de Janeiro"
          if (!nounOf && j > 0 && tokens.get(j - 1).isCapitalised() && !NOT_PLACES.contains(tokens.get(j - 1).lower())) {
            break; // "Bafut town, Bamenda subdivision": the town is Bafut's word, not Bamenda's
          }
          score += 2;
          phraseStart = j;
        } else if (LOCATIVE.contains(w)) {
          score += 2;
          phraseStart = j;
          if (!w.equals("of")) {
            break;
          }
        } else if (!w.equals("the") && !w.equals(",") && !w.equals("and") && !w.equals("'s") && !w.equals("-")
            && !w.equals("km") && !w.matches("\\d+(km)?") && !w.equals("kilometers") && !w.equals("kilometres")
            && !w.equals("miles") && !w.equals("approximately") && !w.equals("about")) {
          break;
        }
        j--;
      }
      if (tokens.get(i).ner().equals("LOCATION")) {
        score += 2;
      }
      if (end < tokens.size() && PLACE_NOUNS.contains(tokens.get(end).lower())) {
        score += 1;
      }
      boolean afterPreposition = i > 0 && LOCATIVE.contains(tokens.get(i - 1).lower());
      if ((tokens.get(i).ner().equals("PERSON") || tokens.get(i).ner().equals("ORGANIZATION")) && !afterPreposition) {
        score -= 1;
      }
      if (isDateline(tokens, i, end)) {
        score = 0; // "MOGADISHU, May 3 -": where the report was filed, not where it happened
      }
      int begin = token.begin();
      int stop = tokens.get(end - 1).end();
      found.add(new PlaceMention(articleText.substring(begin, stop), begin, stop, tokens.get(phraseStart).begin(), score, listed, qualifier));
      i = end;
    }
    markListFollowers(found, articleText);
    markWrittenUnits(found, articleText);
    return found.stream().filter(p -> p.score() > 0).toList();
  }

  /** In "the villages of A, B and C", B and C are listed like A. */
  private static void markListFollowers(List<PlaceMention> found, String text) {
    for (int k = 1; k < found.size(); k++) {
      PlaceMention before = found.get(k - 1);
      PlaceMention now = found.get(k);
      String between = text.substring(before.end(), now.begin()).strip().toLowerCase(Locale.ROOT);
      if (before.listed() && !now.listed() && (between.equals(",") || between.equals("and") || between.equals(", and"))) {
        found.set(k, new PlaceMention(now.name(), now.begin(), now.end(), now.begin(), now.score() + 2, true, now.qualifier()));
      }
    }
  }

  /**
   * True when the text calls the place an administrative unit right after its name ("Nabha
   * district", "the Vitebsk region"): where an event happened is more often a town it names too.
   */
  static boolean namedAsUnit(String text, PlaceMention place) {
    String word = wordAfter(text, place);
    return word != null && UNIT_NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * True when the place's name opens an institution's ("the Luhansk People's Militia", "Kabul
   * Police"): the text speaks of the institution, and the event may be anywhere it acts.
   */
  static boolean opensAnInstitution(String text, PlaceMention place) {
    String word = wordAfter(text, place);
    return word != null && Character.isUpperCase(word.charAt(0))
        && INSTITUTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The word right after the place's name, or null. */
  private static String wordAfter(String text, PlaceMention place) {
    Matcher m = WORD_AFTER.matcher(text).region(place.end(), Math.min(text.length(), place.end() + 20));
    return m.lookingAt() ? m.group(1) : null;
  }

  /**
   * The unit written after a place ("Safala (Abala, Tillabery)", "Zari district center, Balkh.") is
   * a place too, though no preposition says so: a name right after a place's comma or bracket,
   * perhaps past a word like "district", and followed by punctuation (or a word like "district"
   * and punctuation), not by a verb ("in Aleppo, Ahmed said").
   */
  private static void markWrittenUnits(List<PlaceMention> found, String text) {
    for (int k = 1; k < found.size(); k++) {
      PlaceMention before = found.get(k - 1);
      PlaceMention now = found.get(k);
      if (before.score() < 2 || now.score() >= 2 || !unitBetween(text.substring(before.end(), now.begin()))
          || !punctuationAfter(text, now.end())) {
        continue;
      }
      found.set(k, new PlaceMention(now.name(), now.begin(), now.end(), now.begin(), 2, now.listed(), now.qualifier()));
    }
  }

  /** A comma or an opening bracket, perhaps after words like "district" or "town centre". */
  private static boolean unitBetween(String between) {
    String s = between.strip().toLowerCase(Locale.ROOT);
    if (!s.endsWith(",") && !s.endsWith("(")) {
      return false;
    }
    String words = s.substring(0, s.length() - 1).strip();
    return words.isEmpty() || Arrays.stream(words.split("\\s+")).allMatch(w -> PLACE_NOUNS.contains(w) || UNIT_WORDS.contains(w));
  }

  /** Punctuation next, perhaps after a word like "district": "Bamenda subdivision (Mezam)". */
  private static boolean punctuationAfter(String text, int end) {
    int at = skipSpace(text, end);
    Matcher word = LEADING_WORD.matcher(text).region(at, text.length());
    if (word.lookingAt()) {
      String noun = word.group().toLowerCase(Locale.ROOT);
      if (PLACE_NOUNS.contains(noun) || UNIT_NOUNS.contains(noun)) {
        at = skipSpace(text, word.end());
      }
    }
    return at == text.length() || ",.;:()]".indexOf(text.charAt(at)) >= 0;
  }

  /** The index of the first character from {@code from} that is not white space. */
  private static int skipSpace(String text, int from) {
    int at = from;
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isDateline(List<Token> tokens, int start, int end) {
    if (start != 0 || end >= tokens.size()) {
      return false;
    }
    String next = tokens.get(end).word();
    return next.equals(",") || next.equals("-") || next.equals("--") || next.equals("(") || next.equals("\u2013");
  }

  private static boolean startsName(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    if (!token.isCapitalised() || NOT_PLACES.contains(token.lower()) || token.word().length() < 2) {
      return false;
    }
    if (PLACE_NOUNS.contains(token.lower())) {
      // "Port Sudan" is a name; the "County" and "Road" of "Mahnomen County Road 3" are not.
      boolean nameFollows = i + 1 < tokens.size() && tokens.get(i + 1).isCapitalised()
          && !PLACE_NOUNS.contains(tokens.get(i + 1).lower());
      if (!nameFollows) {
        return false;
      }
    }
    // A capitalised word that opens the sentence is a name only if the tagger says so.
    return i > 0 || token.pos().startsWith("NNP");
  }

  private static int nameEnd(List<Token> tokens, int start, Predicate<Integer> isActorWord) {
    int end = start + 1;
    while (end < tokens.size() && !isActorWord.test(end)) {
      Token t = tokens.get(end);
      String w = t.lower();
      boolean hyphenJoined = (w.equals("-") || w.equals("'")) && end + 1 < tokens.size()
          && tokens.get(end + 1).begin() == t.end() && t.begin() == tokens.get(end - 1).end();
      if (hyphenJoined) {
        end += 2;
        continue;
      }
      // "Zolote-5": a numbered settlement, which the tokenizer reads as the name and a negative number.
      if (NUMBERED.matcher(w).matches() && t.begin() == tokens.get(end - 1).end()) {
        end++;
        continue;
      }
      // "Nameless Hills", "Nuba Mountains": a feature's noun is part of its name; "County Road" is not.
      boolean featureNoun = FEATURE_NOUNS.contains(w) && (end + 1 >= tokens.size() || !tokens.get(end + 1).isCapitalised());
      if (t.isCapitalised() && !NOT_PLACES.contains(w) && (!PLACE_NOUNS.contains(w) || featureNoun)) {
        end++;
        continue;
      }
      if (CONNECTORS.contains(w) && !w.equals("of") && end + 1 < tokens.size()) {
        // "Maaret al-Artik": the article may be split from its name by a hyphen token.
        boolean hyphen = tokens.get(end + 1).word().equals("-") && end + 2 < tokens.size();
        int next = hyphen ? end + 2 : end + 1;
        // "Tall at-Tamr", but "the LoC at Nambla": English words join a name only by a hyphen.
        if (tokens.get(next).isCapitalised() && (hyphen || !ENGLISH_CONNECTORS.contains(w))) {
          end = next + 1;
          continue;
        }
      }
      break;
    }
    return end;
  }
}
