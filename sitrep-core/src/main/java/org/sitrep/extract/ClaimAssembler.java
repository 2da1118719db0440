package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.actors.ActorEntry;
import org.sitrep.actors.ActorMention;
import org.sitrep.actors.ActorRegistry;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimedFatalities;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.model.Source;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.Token;
import org.sitrep.places.CountryFocus;
import org.sitrep.places.FocusCountry;
import org.sitrep.text.Words;

/**
 * The last extraction stage: turns the facts of an article's sentences into claims. A sentence
 * with a trigger opens an event; sentences without one continue it; an event told over several
 * sentences becomes one; a list of places gives one event per place; acts that are planned,
 * likely, conditional or denied stay claims without an event type.
 *
 * <p>Thread-safe: holds only immutable collaborators.
 */
public final class ClaimAssembler {

  private static final int MAX_CONTINUATION = 3;
  private static final int MODAL_WINDOW = 6;
  /** "the positions of", not "from their positions in": where the fire landed. */
  private static final Pattern TARGET = Pattern.compile("(?<!from (?:their |its )?)\\bpositions? (?:of|in|at|near)\\b");
  private static final int TARGET_WINDOW = 90;
  private static final Set<Modality> NOT_EVENTS =
      EnumSet.of(Modality.PLANNED, Modality.SPECULATIVE, Modality.HYPOTHETICAL, Modality.DENIED);

  private final ActorRegistry registry;
  private final CountryFocus countryFocus;
  private final PlaceResolver placeResolver;
  private final String version;
  private final RoleFinder roles = new RoleFinder();
  private final AttributionReader attributions = new AttributionReader();
  private final EventTyper typer = new EventTyper();

  public ClaimAssembler(ActorRegistry registry, CountryFocus countryFocus, PlaceResolver placeResolver, String version) {
    this.registry = registry;
    this.countryFocus = countryFocus;
    this.placeResolver = placeResolver;
    this.version = version;
  }

  /** The claims of an article whose sentences have been read into {@code facts}. */
  public List<Claim> assemble(Article article, List<SentenceFacts> facts) {
    String publisher = article.source() != null && !article.source().isBlank() ? article.source() : Claim.PUBLISHER;
    String country = focusCountry(facts);
    facts = fitActors(facts, country, article.published());
    List<Attribution> attributionsBySentence = new ArrayList<>();
    Attribution previous = null;
    String lastNamedSpeaker = null;
    for (SentenceFacts f : facts) {
      Attribution a = attributions.read(f, article.text(), publisher, previous, lastNamedSpeaker);
      attributionsBySentence.add(a);
      previous = a;
      if (!f.speakers().isEmpty()) {
        lastNamedSpeaker = f.speakers().get(f.speakers().size() - 1).name();
      }
    }
    List<Draft> drafts = merge(drafts(article, facts, attributionsBySentence), facts);
    PlaceMention mostNamed = mostNamedPlace(facts);
    String countryName = country == null ? null : registry.countries().byIso3(country).map(c -> c.name()).orElse(null);
    List<PlaceMention> mentions = facts.stream().flatMap(f -> f.places().stream()).filter(p -> p.score() >= 2).toList();
    PlaceResolver.ArticlePlaces places = placeResolver.forArticle(article.text(), mentions, country, countryName);
    Map<String, Claim> claims = new LinkedHashMap<>();
    for (Draft draft : drafts) {
      for (Claim claim : claims(article, facts, draft, country, publisher, mostNamed, places)) {
        claims.merge(dedupeKey(claim), claim, (first, second) -> first);
      }
    }
    return List.copyOf(claims.values());
  }

  /** Each actor mention as the entry that fits the article's country and day; mentions that fit none go. */
  private List<SentenceFacts> fitActors(List<SentenceFacts> facts, String country, LocalDate day) {
    List<SentenceFacts> fitted = new ArrayList<>();
    for (SentenceFacts f : facts) {
      List<ActorMention> actors = new ArrayList<>();
      f.actors().forEach(m -> registry.fit(m, country, day).ifPresent(actors::add));
      fitted.add(f.withActors(actors));
    }
    return fitted;
  }

  private String focusCountry(List<SentenceFacts> facts) {
    List<String> placeNames = new ArrayList<>();
    List<String> countries = new ArrayList<>();
    List<Set<String>> groupScopes = new ArrayList<>();
    for (SentenceFacts f : facts) {
      f.places().stream().filter(p -> p.score() >= 2).forEach(p -> placeNames.add(p.name()));
      countries.addAll(f.countries());
      f.actors().stream().map(ClaimAssembler::groupScope).forEach(groupScopes::add);
    }
    return countryFocus.focus(placeNames, countries, groupScopes).map(FocusCountry::countryIso3).orElse(null);
  }

  /**
   * Where a group named by its proper name ("Taliban", "ADF") operates: the countries of all the
   * entries it may stand for; empty when any of them may act anywhere, or for common words
   * ("insurgents"), which every country's reports use, capitalised or not at a sentence's start.
   */
  private static Set<String> groupScope(ActorMention mention) {
    String text = mention.text();
    boolean properName = mention.isAcronym() || mention.from() > 0 && !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    if (!properName || mention.candidates().stream().anyMatch(c -> c.scope().isEmpty())) {
      return Set.of();
    }
    Set<String> scope = new HashSet<>();
    mention.candidates().forEach(c -> scope.addAll(c.scope()));
    return scope;
  }

  /** One draft per sentence that opens an event, with the sentences that continue it. */
  private List<Draft> drafts(Article article, List<SentenceFacts> facts, List<Attribution> attributionsBySentence) {
    String text = article.text();
    List<List<Integer>> scopes = new ArrayList<>();
    List<Integer> open = null;
    for (int i = 0; i < facts.size(); i++) {
      SentenceFacts f = facts.get(i);
      if (i == 0 && isHeadline(f, text, facts.size())) {
        continue; // the lead that follows tells the same event, with its date and sources
      }
      // Deaths, injuries and gatherings open an event only when none is being told already.
      boolean opens = f.startsEvent()
          || open == null && (f.has(TriggerKind.DEATH) || f.has(TriggerKind.INJURY) || f.has(TriggerKind.WEAK_PROTEST));
      if (opens) {
        open = new ArrayList<>(List.of(i));
        scopes.add(open);
      } else if (open != null && i - open.get(open.size() - 1) <= 1 && open.size() <= MAX_CONTINUATION) {
        open.add(i);
      }
    }
    Set<Integer> triggerSentences = new HashSet<>();
    scopes.forEach(s -> triggerSentences.add(s.get(0)));
    List<Draft> drafts = new ArrayList<>();
    for (List<Integer> scope : scopes) {
      drafts.add(draft(article, facts, scope, attributionsBySentence.get(scope.get(0)), triggerSentences));
    }
    return drafts;
  }

  /** A first line without a full stop, followed by a blank line and more text: a headline. */
  private static boolean isHeadline(SentenceFacts first, String text, int sentences) {
    int end = first.sentence().end();
    boolean unpunctuated = ".!?\"”'’)".indexOf(text.charAt(end - 1)) < 0;
    return sentences >= 3 && unpunctuated && text.substring(end).replace("\r", "").startsWith("\n\n");
  }

  private Draft draft(Article article, List<SentenceFacts> facts, List<Integer> scope, Attribution attribution,
      Set<Integer> triggerSentences) {
    int t = scope.get(0);
    SentenceFacts first = facts.get(t);
    TriggerMention main = first.triggers().stream().filter(m -> m.kind().startsEvent()).findFirst()
        .orElse(first.triggers().isEmpty() ? null : first.triggers().get(0));
    Set<TriggerKind> kinds = EnumSet.noneOf(TriggerKind.class);
    List<SubEventType> fixed = new ArrayList<>();
    List<DeathCount> deaths = new ArrayList<>();
    for (int i : scope) {
      int cause = causeStart(facts.get(i));
      for (TriggerMention m : facts.get(i).triggers()) {
        if (MODIFIERS.contains(m.kind()) && m.from() > cause) {
          continue; // "... because of the riots last month": background, not how this protest went
        }
        kinds.add(m.kind());
        if (m.trigger().subEventType() != null) {
          fixed.add(m.trigger().subEventType());
        }
      }
      deaths.addAll(facts.get(i).deaths());
    }
    if (kinds.contains(TriggerKind.TERRITORY) && !hasTerritoryObject(first)) {
      kinds.remove(TriggerKind.TERRITORY); // "captured a militant" is no ground taken
    }
    Sides sides = main == null ? Sides.none() : roles.find(withoutSpeaker(first, attribution), main.from(), main.to());
    Modality modality = modalityAround(first, main, attribution.modality());
    Attribution effective = modality == attribution.modality() ? attribution
        : new Attribution(attribution.speaker(), attribution.cue(), modality, attribution.evidence());
    return new Draft(t, List.copyOf(scope), main, kinds, List.copyOf(fixed), sides, effective,
        date(article, facts, scope), places(article.text(), facts, scope, triggerSentences), List.copyOf(deaths));
  }

  private static final Set<TriggerKind> MODIFIERS = EnumSet.of(
      TriggerKind.RIOT, TriggerKind.UNREST, TriggerKind.INTERVENTION, TriggerKind.FORCE, TriggerKind.MOB);
  private static final Set<String> CAUSES = Set.of("because", "following", "after", "over", "since", "amid", "amidst");

  /** Index of the first word of a clause that gives a cause or background, or the sentence's length. */
  private static int causeStart(SentenceFacts f) {
    for (int w = 1; w < f.words().size(); w++) {
      String word = f.words().get(w).word();
      boolean dueTo = word.equals("due") && w + 1 < f.words().size() && f.words().get(w + 1).word().equals("to");
      if (CAUSES.contains(word) || dueTo) {
        return w;
      }
    }
    return f.words().size();
  }

  private static final Set<String> GROUND = Set.of("village", "villages", "town", "towns", "city", "area", "areas",
      "territory", "hill", "hills", "post", "posts", "positions", "position", "control", "ground", "base", "stronghold",
      "district", "region", "province", "neighbourhood", "neighborhood", "enclave", "outskirts", "highway", "road");

  /** True when a territory trigger has ground for its object: a named place or a word like "village". */
  private static boolean hasTerritoryObject(SentenceFacts f) {
    for (TriggerMention m : f.triggers()) {
      if (m.kind() != TriggerKind.TERRITORY) {
        continue;
      }
      for (int w = m.to(); w < Math.min(f.words().size(), m.to() + 8); w++) {
        if (GROUND.contains(f.words().get(w).word())) {
          return true;
        }
      }
      int end = m.end();
      if (f.places().stream().anyMatch(p -> p.begin() >= end && p.score() >= 2)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when an event has someone in it: an actor, a toll, or, as in a monitor's bulletin ("On 9
   * May, in X, ..."), a date and a place of its own.
   */
  private static boolean hasParticipant(Draft draft, List<SentenceFacts> facts) {
    if (draft.sides().actor1() != null || draft.sides().actor2() != null || !draft.deaths().isEmpty()) {
      return true;
    }
    for (int i : draft.scope()) {
      SentenceFacts f = facts.get(i);
      boolean datedPlace = !f.dates().isEmpty() && f.places().stream().anyMatch(p -> p.score() >= 2);
      if (!f.actors().isEmpty() || datedPlace || f.has(TriggerKind.INJURY) || f.has(TriggerKind.DEATH)) {
        return true;
      }
    }
    return false;
  }

  /** The facts without the actors that only name who speaks ("Residents of Qoryooley said"). */
  private static SentenceFacts withoutSpeaker(SentenceFacts f, Attribution attribution) {
    List<Evidence> speaker = attribution.evidence().stream().filter(e -> e.field().equals("speaker")).toList();
    if (speaker.isEmpty()) {
      return f;
    }
    Evidence span = speaker.get(0);
    return f.withActors(f.actors().stream().filter(a -> a.end() <= span.start() || a.begin() >= span.end()).toList());
  }

  /** A modal cue shortly before the trigger, in the same clause, overrides the attribution's modality. */
  private static Modality modalityAround(SentenceFacts f, TriggerMention trigger, Modality attributed) {
    if (trigger == null) {
      return attributed;
    }
    Modality result = attributed;
    for (CueMention cue : f.cues()) {
      if (cue.cue().kind() != Cue.Kind.MODAL || cue.to() > trigger.from() || trigger.from() - cue.to() > MODAL_WINDOW) {
        continue;
      }
      if (f.words().token(cue.from()).isCapitalised() && cue.from() > 0) {
        continue; // "May 3" is a month, not a modal verb
      }
      boolean sameClause = true;
      for (int w = cue.to(); w < trigger.from(); w++) {
        String word = f.words().get(w).word();
        if (word.equals(",") || word.equals(";") || word.equals("but") || word.equals("while") || word.equals("after")
            || word.equals("before") || word.equals("when")) {
          sameClause = false;
        }
      }
      if (sameClause) {
        result = cue.cue().modality();
      }
    }
    for (int w = Math.max(0, trigger.from() - 3); w < trigger.from(); w++) {
      String word = f.words().get(w).word();
      if (word.equals("no") || word.equals("not") || word.equals("never") || word.equals("without")) {
        return Modality.DENIED;
      }
    }
    if (f.has(TriggerKind.NEGATION) && (result == Modality.ASSERTED || result == Modality.REPORTED)) {
      for (TriggerMention m : f.triggers()) {
        if (m.kind() == TriggerKind.NEGATION && Math.abs(m.from() - trigger.from()) <= MODAL_WINDOW) {
          return Modality.DENIED;
        }
      }
    }
    return result;
  }

  private static DateMention date(Article article, List<SentenceFacts> facts, List<Integer> scope) {
    for (int i : scope) {
      if (!facts.get(i).dates().isEmpty()) {
        return facts.get(i).dates().get(0);
      }
    }
    int t = scope.get(0);
    SentenceFacts first = facts.get(t);
    LocalDate published = article.published();
    if (isPresentTense(first) && published != null) {
      return new DateMention(published, 2, first.sentence().begin(), first.sentence().begin(), true);
    }
    for (int i = t - 1; i >= 0; i--) {
      List<DateMention> dates = facts.get(i).dates();
      if (!dates.isEmpty()) {
        DateMention last = dates.get(dates.size() - 1);
        return new DateMention(last.date(), last.precision(), last.begin(), last.end(), true);
      }
    }
    return published == null ? null : new DateMention(published, 2, first.sentence().begin(), first.sentence().begin(), true);
  }

  private static boolean isPresentTense(SentenceFacts f) {
    List<Token> tokens = f.sentence().tokens();
    for (Token token : tokens) {
      if (token.pos().equals("VBD")) {
        return false;
      }
      if (token.pos().equals("VBP") || token.pos().equals("VBZ")) {
        return !token.lower().equals("has") && !token.lower().equals("have");
      }
    }
    return false;
  }

  /** The event's places: the listed ones, else the first named one, looking around when the sentence names none. */
  private List<PlaceMention> places(String text, List<SentenceFacts> facts, List<Integer> scope, Set<Integer> triggerSentences) {
    for (int i : scope) {
      List<PlaceMention> all = facts.get(i).places().stream().filter(p -> p.score() >= 2).toList();
      // A country is where the event happened only when nothing smaller is named.
      List<PlaceMention> smaller = all.stream().filter(p -> registry.countries().named(p.name()).isEmpty()).toList();
      List<PlaceMention> named = smaller.isEmpty() ? all : smaller;
      if (named.isEmpty()) {
        continue;
      }
      List<PlaceMention> listed = named.stream().filter(PlaceMention::listed).toList();
      if (listed.size() >= 2) {
        return listed;
      }
      // The surest place name, the first of equals: "near the town of Qoryooley in the Lower Shabelle
      // region"; a name the text calls a district or region counts as if the noun were not there.
      PlaceMention best = named.get(0);
      int bestRank = placeRank(best, text);
      for (PlaceMention p : named.subList(1, named.size())) {
        int rank = placeRank(p, text);
        if (rank > bestRank) {
          best = p;
          bestRank = rank;
        }
      }
      return List.of(best);
    }
    int before = scope.get(0) - 1;
    if (before >= 0 && !triggerSentences.contains(before)) {
      List<PlaceMention> named = facts.get(before).places().stream().filter(p -> p.score() >= 2).toList();
      if (!named.isEmpty()) {
        return List.of(named.get(0));
      }
    }
    return List.of();
  }

  /**
   * How surely a place is where the event happened: its score, one less when the text calls it a
   * district or region or names an institution by it ("the Luhansk People's Militia"), one more
   * when it is where the fire was aimed ("fired on the positions of X located near Shikharkh"),
   * which is where ACLED places an exchange of fire.
   */
  private static int placeRank(PlaceMention place, String text) {
    boolean lesser = PlaceFinder.namedAsUnit(text, place) || PlaceFinder.opensAnInstitution(text, place);
    int rank = lesser ? place.score() - 1 : place.score();
    boolean aimedAt = TARGET.matcher(text).region(Math.max(0, place.begin() - TARGET_WINDOW), place.begin()).find();
    return aimedAt ? rank + 1 : rank;
  }

  /** Folds drafts that tell one event over several sentences into one. */
  private List<Draft> merge(List<Draft> drafts, List<SentenceFacts> facts) {
    List<Draft> merged = new ArrayList<>();
    for (Draft draft : drafts) {
      if (!merged.isEmpty() && sameEvent(merged.get(merged.size() - 1), draft, facts)) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1).absorb(draft));
      } else {
        merged.add(draft);
      }
    }
    return merged;
  }

  private boolean sameEvent(Draft earlier, Draft later, List<SentenceFacts> facts) {
    if (later.trigger() - earlier.scope().get(earlier.scope().size() - 1) > 1) {
      return false;
    }
    boolean ownDate = !facts.get(later.trigger()).dates().isEmpty();
    if (ownDate && earlier.date() != null && !later.date().date().equals(earlier.date().date())) {
      return false;
    }
    boolean ownPlace = !facts.get(later.trigger()).places().stream().filter(p -> p.score() >= 2).toList().isEmpty();
    if (ownPlace && !earlier.places().isEmpty() && !samePlaces(earlier.places(), later.places())) {
      return false;
    }
    if (!earlier.attribution().speaker().equals(later.attribution().speaker())
        || earlier.attribution().modality() != later.attribution().modality()) {
      return false;
    }
    ActorMention a1 = earlier.sides().actor1();
    ActorMention b1 = later.sides().actor1();
    if (a1 != null && b1 != null && !a1.entry().equals(b1.entry())) {
      return false;
    }
    Optional<SubEventType> a = typer.type(earlier.kinds(), earlier.fixed(), EventTyper.sideKindsOf(earlier.sides()), !earlier.deaths().isEmpty());
    Optional<SubEventType> b = typer.type(later.kinds(), later.fixed(), EventTyper.sideKindsOf(later.sides()), !later.deaths().isEmpty());
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() == b.isEmpty();
    }
    // "A child was shot by stray bullets": a sentence of violence with no day or place of its own,
    // nor one found around it, tells more of the violence before it, whichever kind.
    boolean told = !ownDate && !ownPlace && samePlaces(earlier.places(), later.places())
        && (later.date() == null || earlier.date() != null && later.date().date().equals(earlier.date().date()))
        && isViolence(a.get().eventType()) && isViolence(b.get().eventType());
    return told || a.get().eventType() == b.get().eventType() || b.get().eventType() == EventType.STRATEGIC_DEVELOPMENTS
        || a.get().eventType() == EventType.PROTESTS || a.get().eventType() == EventType.RIOTS;
  }

  private static boolean isViolence(EventType type) {
    return type == EventType.BATTLES || type == EventType.EXPLOSIONS_REMOTE_VIOLENCE
        || type == EventType.VIOLENCE_AGAINST_CIVILIANS;
  }

  private static boolean samePlaces(List<PlaceMention> a, List<PlaceMention> b) {
    return b.isEmpty() || a.stream().anyMatch(p -> b.stream().anyMatch(q -> Words.fold(p.name()).equals(Words.fold(q.name()))));
  }

  /** The claims of one draft: one per place. */
  private List<Claim> claims(Article article, List<SentenceFacts> facts, Draft draft, String focus, String publisher,
      PlaceMention mostNamed, PlaceResolver.ArticlePlaces resolved) {
    String text = article.text();
    SentenceFacts first = facts.get(draft.trigger());
    LocalDate day = draft.date() == null ? article.published() : draft.date().date();
    Optional<SubEventType> typed = typer.type(draft.kinds(), draft.fixed(), EventTyper.sideKindsOf(draft.sides()), !draft.deaths().isEmpty());
    boolean displacement = draft.kinds().contains(TriggerKind.DISPLACEMENT);
    TriggerKind mainKind = draft.triggerMention() == null ? null : draft.triggerMention().kind();
    if (mainKind == TriggerKind.DISPLACEMENT || mainKind == TriggerKind.STATEMENT) {
      // "people displaced by the offensive", "X claimed responsibility for the attack": claims, not new events
      typed = Optional.empty();
      displacement = true;
    }
    if (typed.isEmpty() && !displacement) {
      return List.of();
    }
    if (typed.isPresent() && !hasParticipant(draft, facts)) {
      return List.of(); // "made 25 of its final 52 shots", "launched the drones": nobody fought
    }
    Modality modality = draft.attribution().modality();
    SubEventType type = typed.isPresent() && !NOT_EVENTS.contains(modality) ? typed.get() : null;
    if (type == null && typed.isEmpty() && modality == Modality.ASSERTED && !displacement) {
      return List.of();
    }
    ActorPair pair = actors(type, draft, facts, focus, day, article.published() == null ? day : article.published());
    List<Evidence> common = new ArrayList<>();
    common.add(Evidence.of("sentence", text, first.sentence().begin(), first.sentence().end()));
    if (draft.triggerMention() != null) {
      common.add(Evidence.of(type == null ? "claim" : "event_type", text, draft.triggerMention().begin(), draft.triggerMention().end()));
    }
    pair.evidence().forEach(common::add);
    if (draft.date() != null && draft.date().end() > draft.date().begin()) {
      common.add(Evidence.of("event_date", text, draft.date().begin(), draft.date().end()));
    }
    int fatalities = fatalities(draft.deaths());
    draft.deaths().forEach(d -> common.add(Evidence.of("fatalities", text, d.begin(), d.end())));
    common.addAll(draft.attribution().evidence());
    ClaimedFatalities claimed = claimedFatalities(draft, pair, fatalities, publisher, text);
    // An event without a place of its own happened where the article is about: its most named place.
    List<PlaceMention> places = !draft.places().isEmpty() ? draft.places()
        : java.util.Collections.singletonList(mostNamed);
    List<Claim> claims = new ArrayList<>();
    for (PlaceMention place : places) {
      List<Evidence> evidence = new ArrayList<>(common);
      if (place != null) {
        evidence.add(Evidence.of("location", text, place.phraseBegin(), place.end()));
      }
      // The sentence's other places: a report of the event may be placed at any of them.
      List<PlaceMention> others = first.places().stream()
          .filter(other -> other.score() >= 2 && (place == null || other.begin() != place.begin()))
          .toList();
      others.forEach(other -> evidence.add(Evidence.of("place_named", text, other.begin(), other.end())));
      String id = ClaimIds.of(article.id(), version, draft.trigger(), place == null ? -1 : place.begin(),
          type, modality, pair.actor1() == null ? "" : pair.actor1().name(), pair.actor2() == null ? "" : pair.actor2().name());
      claims.add(new Claim(
          id, version, article.id(),
          draft.date() == null ? null : draft.date().date(),
          draft.date() == null ? null : draft.date().precision(),
          type,
          pair.actor1(), pair.assoc1(), inter(pair.actor1(), focus),
          pair.actor2(), pair.assoc2(), inter(pair.actor2(), focus),
          resolved.place(place, others),
          new Source(article.source(), null),
          notes(text, first),
          type == null ? 0 : fatalities,
          draft.attribution().speaker(), draft.attribution().cue(), modality,
          claimed, evidence));
    }
    return claims;
  }

  private static String notes(String text, SentenceFacts f) {
    return text.substring(f.sentence().begin(), f.sentence().end()).strip().replaceAll("\\s+", " ");
  }

  /**
   * Lowest credible toll: a stated total when there is one, else the sum of the separate counts. A
   * zero ("no deaths among civilians") never cancels deaths counted elsewhere.
   */
  static int fatalities(List<DeathCount> deaths) {
    Integer total = null;
    int sum = 0;
    for (DeathCount d : deaths) {
      if (d.total()) {
        total = total == null ? d.count() : Math.max(total, d.count());
      } else {
        sum += d.count();
      }
    }
    return total != null && (total > 0 || sum == 0) ? total : sum;
  }

  private static ClaimedFatalities claimedFatalities(Draft draft, ActorPair pair, int fatalities, String publisher, String text) {
    Modality m = draft.attribution().modality();
    if (fatalities == 0 || !(m == Modality.REPORTED || m == Modality.CLAIMED || m == Modality.ALLEGED)) {
      return null;
    }
    String speaker = draft.attribution().speaker();
    if (speaker.equals(publisher)) {
      ActorMention claimant = draft.sides().actor1();
      if (claimant == null) {
        return null;
      }
      speaker = claimant.text().replaceFirst("(?i)^(the|a|an)\\s+", "");
    }
    return new ClaimedFatalities(fatalities, speaker);
  }

  private static Integer inter(Actor actor, String focus) {
    if (actor == null) {
      return null;
    }
    // A state's forces abroad are external forces there (Turkish troops in Syria).
    if (actor.inter() == 1 && focus != null && actor.country() != null && !actor.country().equals(focus)) {
      return 8;
    }
    return actor.inter();
  }

  private String dedupeKey(Claim c) {
    return String.join("|", String.valueOf(c.subEventType()), String.valueOf(c.eventDate()),
        c.place().location() == null ? "" : Words.fold(c.place().location()),
        c.actor1() == null ? "" : c.actor1().name(), c.actor2() == null ? "" : c.actor2().name(),
        c.modality().label(), c.speaker());
  }

  /** The named sides of a claim and the evidence for them. */
  private record ActorPair(Actor actor1, List<Actor> assoc1, Actor actor2, List<Actor> assoc2, List<Evidence> evidence) {}

  private ActorPair actors(SubEventType type, Draft draft, List<SentenceFacts> facts, String focus, LocalDate day, LocalDate asOf) {
    Sides sides = draft.sides();
    ActorMention m1 = sides.actor1();
    ActorMention m2 = sides.actor2();
    ActorEntry e1 = m1 == null ? null : m1.entry();
    ActorEntry e2 = m2 == null ? null : m2.entry();
    EventType eventType = type == null ? null : type.eventType();
    List<ActorEntry> groups1 = new ArrayList<>();
    List<ActorEntry> groups2 = new ArrayList<>();
    if (eventType == EventType.PROTESTS || eventType == EventType.RIOTS) {
      for (int i : draft.scope()) {
        facts.get(i).actors().stream().map(ActorMention::entry).filter(ActorEntry::isCivilianGroup)
            .filter(g -> !groups1.contains(g)).forEach(groups1::add);
      }
    }
    if (eventType == EventType.PROTESTS) {
      e1 = GenericActors.PROTESTERS;
      e2 = type == SubEventType.PEACEFUL_PROTEST ? null : stateForceIn(draft, facts, GenericActors.POLICE);
    } else if (eventType == EventType.RIOTS) {
      e1 = GenericActors.RIOTERS;
      ActorEntry other = m2 != null ? m2.entry() : m1 != null && !m1.entry().isCivilians() && !GenericActors.isProtesters(m1.entry()) ? m1.entry() : null;
      e2 = type == SubEventType.MOB_VIOLENCE ? (other == null ? GenericActors.CIVILIANS : other)
          : (other != null && other.isArmed() ? other : stateForceIn(draft, facts, null));
    } else if (eventType == EventType.VIOLENCE_AGAINST_CIVILIANS) {
      if (e1 != null && e1.isCivilians() && e2 != null && e2.isArmed()) {
        ActorEntry swap = e1;
        e1 = e2;
        e2 = swap;
      }
      if (e1 == null || e1.isCivilians()) {
        e1 = GenericActors.UNIDENTIFIED;
      }
      if (e2 != null && e2.isCivilianGroup()) {
        groups2.add(e2);
      }
      if (e2 == null || e2.isArmed() || e2.isCivilianGroup()) {
        e2 = GenericActors.CIVILIANS;
      }
    } else if (eventType == EventType.STRATEGIC_DEVELOPMENTS && type != SubEventType.ARRESTS
        && type != SubEventType.LOOTING_PROPERTY_DESTRUCTION && type != SubEventType.DISRUPTED_WEAPONS_USE) {
      e2 = e2 != null && e2.isArmed() ? e2 : null;
    } else if (eventType == EventType.BATTLES || eventType == EventType.EXPLOSIONS_REMOTE_VIOLENCE) {
      if (e1 != null && e1.isCivilians() && e2 != null) {
        ActorEntry swap = e1;
        e1 = e2;
        e2 = swap;
      }
      if (e1 == null || e1.isCivilians() && e2 == null) {
        e1 = e1 == null && e2 != null || eventType == EventType.BATTLES ? GenericActors.UNIDENTIFIED : e1;
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    if (m1 != null && Objects.equals(e1, m1.entry())) {
      evidence.add(new Evidence("actor1", m1.begin(), m1.end(), m1.text()));
    }
    if (m2 != null && Objects.equals(e2, m2.entry())) {
      evidence.add(new Evidence("actor2", m2.begin(), m2.end(), m2.text()));
    }
    Actor actor1 = e1 == null ? null : registry.name(e1, focus, day, asOf).orElse(null);
    Actor actor2 = e2 == null ? null : registry.name(e2, focus, day, asOf).orElse(null);
    if (actor1 != null && actor2 != null && actor1.name().equals(actor2.name()) && eventType != EventType.BATTLES) {
      actor2 = null;
    }
    List<Actor> assoc1 = new ArrayList<>();
    if (m1 != null && Objects.equals(e1, m1.entry())) {
      for (ActorMention ally : sides.assoc1()) {
        registry.name(ally.entry(), focus, day, asOf).filter(a -> !assoc1.contains(a)).ifPresent(a -> {
          assoc1.add(a);
          evidence.add(new Evidence("assoc_actor_1", ally.begin(), ally.end(), ally.text()));
        });
      }
    }
    for (ActorEntry group : groups1) {
      registry.name(group, focus, day, asOf).filter(a -> !assoc1.contains(a)).ifPresent(assoc1::add);
    }
    List<Actor> assoc2 = new ArrayList<>();
    for (ActorEntry group : groups2) {
      registry.name(group, focus, day, asOf).ifPresent(assoc2::add);
    }
    return new ActorPair(actor1, assoc1, actor2, assoc2, evidence);
  }

  /** A state force named over the draft's sentences, else {@code fallback}. */
  private static ActorEntry stateForceIn(Draft draft, List<SentenceFacts> facts, ActorEntry fallback) {
    for (int i : draft.scope()) {
      for (ActorMention m : facts.get(i).actors()) {
        if (m.entry().inter() == 1) {
          return m.entry();
        }
      }
    }
    return fallback;
  }

  /** The place the article names most often (the first of equals), or null. */
  private static PlaceMention mostNamedPlace(List<SentenceFacts> facts) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, PlaceMention> firsts = new LinkedHashMap<>();
    for (SentenceFacts f : facts) {
      for (PlaceMention p : f.places()) {
        if (p.score() >= 2) {
          counts.merge(Words.fold(p.name()), 1, Integer::sum);
          firsts.putIfAbsent(Words.fold(p.name()), p);
        }
      }
    }
    return firsts.entrySet().stream().max((a, b) -> Integer.compare(counts.get(a.getKey()), counts.get(b.getKey())))
        .map(Map.Entry::getValue).orElse(null);
  }
}
