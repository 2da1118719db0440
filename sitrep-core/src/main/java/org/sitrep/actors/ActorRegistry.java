package org.sitrep.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.knowledge.TsvRow;
import org.sitrep.model.Actor;
import org.sitrep.text.PhraseMatch;
import org.sitrep.text.PhraseTrie;
import org.sitrep.text.WordStream;

/**
 * Every actor and speaker Sitrep knows by name, from the knowledge files {@code countries.tsv},
 * {@code state-forces.tsv}, {@code generic-actors.tsv}, {@code actors.tsv} and {@code
 * speakers.tsv}. It finds their aliases in sentences and names them as ACLED does. What it says
 * overrides what a named-entity tagger says: an armed group stays an armed group whatever the
 * text calls it.
 *
 * <p>Thread-safe: immutable after loading.
 */
public final class ActorRegistry {

  /** An alias and, when it is written with capitals, the letters the text must match exactly. */
  private record Alias<V>(V value, String caseSensitive) {

    boolean matches(String text) {
      return caseSensitive == null || letters(text).equals(caseSensitive);
    }
  }

  private final Countries countries;
  private final StatePeriods periods;
  private final PhraseTrie<Alias<ActorEntry>> actors;
  private final PhraseTrie<Alias<String>> speakers;

  private ActorRegistry(
      Countries countries,
      StatePeriods periods,
      PhraseTrie<Alias<ActorEntry>> actors,
      PhraseTrie<Alias<String>> speakers) {
    this.countries = countries;
    this.periods = periods;
    this.actors = actors;
    this.speakers = speakers;
  }

  /** Loads the registry from the knowledge files. */
  public static ActorRegistry load(KnowledgeFiles files) {
    Countries countries = Countries.load(files);
    StatePeriods periods = StatePeriods.load(files);
    PhraseTrie.Builder<Alias<ActorEntry>> actors = PhraseTrie.builder();
    for (TsvRow row : files.rows("generic-actors.tsv")) {
      String template = row.required("template");
      int inter = row.integer("inter");
      if (template.contains("{forces_country}")) {
        // The name itself, as analysts write it: "military forces of Armenia".
        for (Country country : countries.all()) {
          String name = withoutParentheses(template.replace("{forces_country}", country.forcesName()));
          addAlias(actors, name, new ActorEntry(template, inter, country.iso3()), false);
        }
      }
      for (String alias : row.list("aliases")) {
        if (alias.contains("{adj}") || alias.contains("{country}")) {
          for (Country country : countries.all()) {
            ActorEntry entry = new ActorEntry(template, inter, country.iso3());
            // Expanded names keep the file's case rule: "{adj} forces" matches "Ukrainian Forces".
            boolean cased = isCased(alias.replace("{adj}", "").replace("{country}", ""));
            for (String adjective : country.adjectives()) {
              addAlias(actors, alias.replace("{adj}", adjective).replace("{country}", country.name()), entry, cased);
            }
            if (alias.contains("{country}") && !alias.contains("{adj}")) {
              addAlias(actors, alias.replace("{country}", country.name()), entry, cased);
            }
          }
        } else {
          addAlias(actors, alias, new ActorEntry(template, inter, null));
        }
      }
    }
    for (TsvRow row : files.rows("actors.tsv")) {
      List<String> where = row.list("country");
      ActorEntry entry = new ActorEntry(row.required("name"), row.integer("inter"),
          where.isEmpty() ? null : where.get(0), where, day(row, "from"), day(row, "to"));
      addAlias(actors, withoutParentheses(entry.template()), entry, false);
      row.list("aliases").forEach(alias -> addAlias(actors, alias, entry));
    }
    PhraseTrie.Builder<Alias<String>> speakers = PhraseTrie.builder();
    for (TsvRow row : files.rows("speakers.tsv")) {
      String name = row.required("name");
      addAlias(speakers, name, name);
      row.list("aliases").forEach(alias -> addAlias(speakers, alias, name));
    }
    return new ActorRegistry(countries, periods, actors.build(), speakers.build());
  }

  private static LocalDate day(TsvRow row, String column) {
    String value = row.get(column);
    try {
      return value.isEmpty() ? null : LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw row.error(column + " is not a YYYY-MM-DD date: '" + value + "'");
    }
  }

  /** Adds an alias; one written with a capital letter must be matched with the same case ("IS"). */
  private static <V> void addAlias(PhraseTrie.Builder<Alias<V>> trie, String alias, V value) {
    addAlias(trie, alias, value, isCased(alias));
  }

  private static <V> void addAlias(PhraseTrie.Builder<Alias<V>> trie, String alias, V value, boolean cased) {
    trie.add(alias, new Alias<>(value, cased ? letters(alias) : null));
  }

  private static String withoutParentheses(String name) {
    return name.replaceAll("\\s*\\([^)]*\\)", " ").strip();
  }

  private static boolean isCased(String alias) {
    return alias.chars().anyMatch(Character::isUpperCase);
  }

  private static String letters(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  public Countries countries() {
    return countries;
  }

  /** Every actor alias in a sentence, longest first, without overlaps. */
  public List<ActorMention> find(WordStream stream, String articleText) {
    List<ActorMention> found = new ArrayList<>();
    for (PhraseMatch<Alias<ActorEntry>> match : actors.findAll(stream)) {
      String text = articleText.substring(match.begin(), match.end());
      List<ActorEntry> candidates = match.values().stream().filter(a -> a.matches(text)).map(Alias::value).distinct().toList();
      if (!candidates.isEmpty() && !insideName(stream, match, candidates) && !inCompound(stream, match)) {
        found.add(new ActorMention(candidates.get(0), candidates, match.from(), match.to(), match.begin(), match.end(), text));
      }
    }
    return found;
  }

  private static final java.util.Set<String> COMPOUND_SUFFIXES =
      java.util.Set.of("linked", "affiliated", "allied", "aligned", "inspired", "style", "controlled", "held");

  /**
   * True when the alias only qualifies another word ("the al-Qaeda-linked group", "a pro-Assad
   * outlet", "rebel-held areas"): the group named is not a side of the act.
   */
  private static boolean inCompound(WordStream stream, PhraseMatch<?> match) {
    int lastToken = stream.get(match.to() - 1).token();
    if (match.to() < stream.size() && stream.get(match.to()).token() == lastToken
        && COMPOUND_SUFFIXES.contains(stream.get(match.to()).word())) {
      return true;
    }
    int firstToken = stream.get(match.from()).token();
    return match.from() > 0 && stream.get(match.from() - 1).token() == firstToken
        && (stream.get(match.from() - 1).word().equals("pro") || stream.get(match.from() - 1).word().equals("anti"));
  }

  /**
   * True when a common word ("people", "forces") is only part of a longer proper name ("Donbass
   * People's Militia"), which is not the generic actor.
   */
  private static boolean insideName(WordStream stream, PhraseMatch<?> match, List<ActorEntry> candidates) {
    if (candidates.stream().anyMatch(e -> !e.needsCountry())) {
      return false;
    }
    int firstToken = stream.get(match.from()).token();
    int lastToken = stream.get(match.to() - 1).token();
    var tokens = stream.sentence().tokens();
    boolean capitalised = tokens.get(firstToken).isCapitalised();
    boolean nameBefore = firstToken > 0 && tokens.get(firstToken - 1).isCapitalised() && tokens.get(firstToken - 1).pos().startsWith("NNP");
    boolean nameAfter = lastToken + 1 < tokens.size() && tokens.get(lastToken + 1).pos().startsWith("NNP")
        && (tokens.get(lastToken + 1).isCapitalised() || tokens.get(lastToken + 1).word().equals("'s"));
    return capitalised && (nameBefore || nameAfter);
  }

  /**
   * The mention with the first candidate that fits an article about {@code iso3} published on
   * {@code day}; empty when none does. Outside its countries only an acronym ("IRGC") or a
   * capitalised name of two words or more ("Russian forces") still stands for the actor, not a
   * common word ("rebels").
   */
  public Optional<ActorMention> fit(ActorMention mention, String iso3, LocalDate day) {
    for (ActorEntry candidate : mention.candidates()) {
      if (candidate.fits(iso3, day)) {
        return Optional.of(mention.as(candidate));
      }
    }
    String text = mention.text();
    boolean properName = mention.isAcronym() || Character.isUpperCase(text.codePointAt(0)) && mention.to() - mention.from() >= 2;
    for (ActorEntry candidate : mention.candidates()) {
      if (properName && candidate.fits(null, day)) {
        return Optional.of(mention.as(candidate));
      }
    }
    return Optional.empty();
  }

  /** Every known speaker in a sentence. */
  public List<SpeakerMention> findSpeakers(WordStream stream, String articleText) {
    List<SpeakerMention> found = new ArrayList<>();
    for (PhraseMatch<Alias<String>> match : speakers.findAll(stream)) {
      String text = articleText.substring(match.begin(), match.end());
      match.values().stream()
          .filter(alias -> alias.matches(text))
          .findFirst()
          .ifPresent(alias -> found.add(new SpeakerMention(alias.value(), match.begin(), match.end())));
    }
    return found;
  }

  /**
   * The ACLED name of an entry in an event in country {@code contextIso3} on {@code day}, as
   * ACLED wrote it on {@code asOf} (a period still open then has no end year); empty when the
   * name needs a country and none is known.
   */
  public Optional<Actor> name(ActorEntry entry, String contextIso3, LocalDate day, LocalDate asOf) {
    String iso3 = entry.country() != null ? entry.country() : contextIso3;
    String name = entry.template();
    if (name.contains("{country}") || name.contains("{forces_country}")) {
      Optional<Country> country = countries.byIso3(iso3);
      if (country.isEmpty()) {
        return Optional.empty();
      }
      name = name.replace("{country}", country.get().name()).replace("{forces_country}", country.get().forcesName());
    }
    if (name.contains("{years}")) {
      Optional<String> years = periods.years(iso3, day, asOf);
      if (years.isEmpty()) {
        return Optional.empty();
      }
      name = name.replace("{years}", years.get());
    }
    return Optional.of(new Actor(name, entry.inter(), iso3));
  }
}
