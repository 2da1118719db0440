package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.actors.ActorMention;
import org.sitrep.actors.ActorRegistry;
import org.sitrep.actors.Country;
import org.sitrep.nlp.AnnotatedText;
import org.sitrep.nlp.Sentence;
import org.sitrep.text.PhraseMatch;
import org.sitrep.text.WordStream;

/**
 * The first extraction stage: runs every finder over every sentence of an annotated article.
 *
 * <p>Thread-safe: holds only immutable lexicons.
 */
public final class SentenceReader {

  private final ActorRegistry actors;
  private final TriggerLexicon triggers;
  private final CueLexicon cues;
  private final DateFinder dates = new DateFinder();
  private final FatalityFinder deaths = new FatalityFinder();
  private final PlaceFinder places = new PlaceFinder();

  public SentenceReader(ActorRegistry actors, TriggerLexicon triggers, CueLexicon cues) {
    this.actors = actors;
    this.triggers = triggers;
    this.cues = cues;
  }

  /** The facts of every sentence, in order; dates resolve against {@code published}. */
  public List<SentenceFacts> read(AnnotatedText text, LocalDate published) {
    List<SentenceFacts> facts = new ArrayList<>();
    DateMention lastDate = null;
    for (Sentence sentence : text.sentences()) {
      WordStream words = WordStream.of(sentence);
      List<ActorMention> actorMentions = actors.find(words, text.text());
      List<DateMention> dateMentions =
          dates.find(sentence.text(text.text()), sentence.begin(), published, lastDate);
      if (!dateMentions.isEmpty()) {
        lastDate = dateMentions.get(0);
      }
      Set<Integer> notPlaceTokens = new HashSet<>();
      for (ActorMention mention : actorMentions) {
        for (int w = mention.from(); w < mention.to(); w++) {
          notPlaceTokens.add(words.get(w).token());
        }
      }
      for (DateMention date : dateMentions) {
        sentence.tokens().stream()
            .filter(t -> t.begin() >= date.begin() && t.end() <= date.end())
            .forEach(t -> notPlaceTokens.add(t.index()));
      }
      List<String> countries = new ArrayList<>();
      for (PhraseMatch<Country> match : actors.countries().find(words)) {
        countries.add(match.value().iso3());
        String named = text.cut(match.begin(), match.end());
        if (match.value().adjectives().contains(named)) {
          for (int w = match.from(); w < match.to(); w++) {
            notPlaceTokens.add(words.get(w).token()); // "the Syrian province": not a place name
          }
        }
      }
      facts.add(new SentenceFacts(
          sentence,
          words,
          actorMentions,
          actors.findSpeakers(words, text.text()),
          triggers.find(words),
          cues.find(words),
          dateMentions,
          deaths.find(sentence.text(text.text()), sentence.begin()),
          places.find(sentence, text.text(), notPlaceTokens::contains),
          countries));
    }
    return facts;
  }
}
