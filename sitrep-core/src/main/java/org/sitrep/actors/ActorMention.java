package org.sitrep.actors;

import java.util.List;
import java.util.Locale;

/**
 * Words of a sentence that name an actor.
 *
 * @param entry what the words stand for (the first of the candidates that fits the article)
 * @param candidates every entry the words may stand for, in registry order
 * @param from index of the first word in the sentence's word stream
 * @param to index after the last word
 * @param begin character offset into the article text
 * @param end character offset, exclusive
 * @param text the words
 */
public record ActorMention(
    ActorEntry entry, List<ActorEntry> candidates, int from, int to, int begin, int end, String text) {

  public ActorMention {
    candidates = List.copyOf(candidates);
  }

  /** True when the words are written all in capitals: "IRGC", "ADF". */
  public boolean isAcronym() {
    return text.length() >= 2 && text.equals(text.toUpperCase(Locale.ROOT));
  }

  /** This mention standing for {@code chosen}, one of its candidates. */
  public ActorMention as(ActorEntry chosen) {
    return new ActorMention(chosen, candidates, from, to, begin, end, text);
  }
}
