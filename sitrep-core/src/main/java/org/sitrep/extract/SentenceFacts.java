package org.sitrep.extract;

import java.util.List;
import org.sitrep.actors.ActorMention;
import org.sitrep.actors.SpeakerMention;
import org.sitrep.nlp.Sentence;
import org.sitrep.text.WordStream;

/**
 * Everything the finders saw in one sentence, before any of it is assembled into claims.
 *
 * @param sentence the annotated sentence
 * @param words its folded words
 * @param actors actor aliases
 * @param speakers quoted parties
 * @param triggers trigger words
 * @param cues attribution and modality cues
 * @param dates date expressions, resolved
 * @param deaths death tolls
 * @param places place names
 * @param countries ISO3 codes of the countries the sentence names
 */
public record SentenceFacts(
    Sentence sentence,
    WordStream words,
    List<ActorMention> actors,
    List<SpeakerMention> speakers,
    List<TriggerMention> triggers,
    List<CueMention> cues,
    List<DateMention> dates,
    List<DeathCount> deaths,
    List<PlaceMention> places,
    List<String> countries) {

  public SentenceFacts {
    actors = List.copyOf(actors);
    speakers = List.copyOf(speakers);
    triggers = List.copyOf(triggers);
    cues = List.copyOf(cues);
    dates = List.copyOf(dates);
    deaths = List.copyOf(deaths);
    places = List.copyOf(places);
    countries = List.copyOf(countries);
  }

  /** These facts with other actor mentions. */
  public SentenceFacts withActors(List<ActorMention> fitted) {
    return new SentenceFacts(sentence, words, fitted, speakers, triggers, cues, dates, deaths, places, countries);
  }

  public boolean has(TriggerKind kind) {
    return triggers.stream().anyMatch(t -> t.kind() == kind);
  }

  /** True when a trigger here starts an event of its own. */
  public boolean startsEvent() {
    return triggers.stream().anyMatch(t -> t.kind().startsEvent());
  }
}
