package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.actors.ActorMention;
import org.sitrep.actors.SpeakerMention;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.nlp.Token;

/**
 * Reads who says what a sentence tells: "according to X", "X said", "X claimed", "reportedly".
 * A pronoun or a vague subject ("the military said") refers back to the last named speaker.
 *
 * <p>Thread-safe: stateless.
 */
public final class AttributionReader {

  private static final int MAX_SPEAKER_TOKENS = 9;
  private static final Set<String> VAGUE = Set.of(
      "they", "he", "she", "it", "we", "the military", "the ministry", "officials", "the group", "the army",
      "sources", "the source", "the statement", "the report", "military", "the spokesman", "a spokesman",
      "the official", "an official", "the agency", "them");
  private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "that", "and", "but", "while", "``", "''", "\"", "(", ")", "--", "-");

  /**
   * The attribution of {@code facts}; {@code previous} is the last sentence's and {@code
   * lastNamedSpeaker} the last known speaker named before this sentence, for pronouns.
   * {@code publisher} is the speaker of statements in the publisher's own voice.
   */
  public Attribution read(SentenceFacts facts, String text, String publisher, Attribution previous, String lastNamedSpeaker) {
    List<Token> tokens = facts.sentence().tokens();
    for (CueMention cue : facts.cues()) {
      Cue.Kind kind = cue.cue().kind();
      if (kind == Cue.Kind.MODAL || kind == Cue.Kind.PARTISAN) {
        continue;
      }
      int firstToken = facts.words().get(cue.from()).token();
      int lastToken = facts.words().get(cue.to() - 1).token();
      Evidence cueEvidence = Evidence.of("cue", text, cue.begin(), cue.end());
      String cueText = text.substring(cue.begin(), cue.end());
      if (kind == Cue.Kind.ADVERB) {
        return new Attribution(publisher, cueText, cue.cue().modality(), List.of(cueEvidence));
      }
      Optional<int[]> span = Optional.empty();
      if (kind == Cue.Kind.ACCORDING) {
        span = phraseAfter(tokens, lastToken + 1);
      } else if (tokens.get(firstToken).isVerb()) {
        span = phraseBefore(tokens, firstToken - 1);
        if (span.isEmpty()) {
          span = phraseAfter(tokens, lastToken + 1); // "..., said the ministry."
        }
      }
      if (span.isEmpty()) {
        continue;
      }
      int begin = tokens.get(span.get()[0]).begin();
      int end = tokens.get(span.get()[1]).end();
      String phrase = text.substring(begin, end);
      String speaker = canonical(facts, phrase, begin, end);
      if (VAGUE.contains(phrase.toLowerCase(Locale.ROOT))) {
        if (previous != null && !previous.isPublisher(publisher)) {
          speaker = previous.speaker();
        } else if (lastNamedSpeaker != null) {
          speaker = lastNamedSpeaker;
        }
      }
      Modality modality = cue.cue().modality();
      if (modality == Modality.REPORTED && isPartisan(facts, begin, end)) {
        modality = Modality.CLAIMED;
      }
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(cueEvidence);
      evidence.add(Evidence.of("speaker", text, begin, end));
      return new Attribution(speaker, cueText, modality, evidence);
    }
    return Attribution.publisher(publisher);
  }

  /** A known speaker or actor inside the phrase gives the canonical name; else the phrase. */
  private static String canonical(SentenceFacts facts, String phrase, int begin, int end) {
    for (SpeakerMention speaker : facts.speakers()) {
      if (speaker.begin() >= begin && speaker.end() <= end) {
        return speaker.name();
      }
    }
    String stripped = phrase.replaceFirst("(?i)^(the|a|an)\\s+", "");
    return stripped.isBlank() ? phrase : stripped;
  }

  private static boolean isPartisan(SentenceFacts facts, int begin, int end) {
    for (CueMention cue : facts.cues()) {
      if (cue.cue().kind() == Cue.Kind.PARTISAN && cue.begin() >= begin && cue.end() <= end) {
        return true;
      }
    }
    for (ActorMention actor : facts.actors()) {
      if (actor.begin() >= begin && actor.end() <= end && actor.entry().isArmed()) {
        return true;
      }
    }
    return false;
  }

  /** The noun phrase that ends at token {@code last}: back to a clause boundary. */
  private static Optional<int[]> phraseBefore(List<Token> tokens, int last) {
    while (last >= 0 && tokens.get(last).pos().startsWith("RB")) {
      last--; // "They already reported": the speaker is "They"
    }
    if (last < 0 || BOUNDARIES.contains(tokens.get(last).lower())) {
      return Optional.empty();
    }
    int first = last;
    while (first - 1 >= 0 && last - first + 1 < MAX_SPEAKER_TOKENS) {
      Token t = tokens.get(first - 1);
      if (BOUNDARIES.contains(t.lower()) || t.isVerb() || t.pos().equals("IN") && !t.lower().equals("of")) {
        break;
      }
      first--;
    }
    return Optional.of(new int[] {first, last});
  }

  /** The noun phrase that starts at token {@code first}: up to a clause boundary or a verb. */
  private static Optional<int[]> phraseAfter(List<Token> tokens, int first) {
    if (first >= tokens.size()) {
      return Optional.empty();
    }
    int last = first - 1;
    while (last + 1 < tokens.size() && last + 1 - first < MAX_SPEAKER_TOKENS) {
      Token t = tokens.get(last + 1);
      if (BOUNDARIES.contains(t.lower()) || t.isVerb() || t.pos().equals(".")) {
        break;
      }
      last++;
    }
    return last < first ? Optional.empty() : Optional.of(new int[] {first, last});
  }
}
