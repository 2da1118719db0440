package org.sitrep.text;

import java.util.List;

/**
 * Where a phrase of a lexicon occurs in a sentence.
 *
 * @param from index of the first matched word in the {@link WordStream}
 * @param to index after the last matched word
 * @param begin character offset into the article text
 * @param end character offset, exclusive
 * @param values what the lexicon holds for the phrase
 * @param <V> the lexicon's value type
 */
public record PhraseMatch<V>(int from, int to, int begin, int end, List<V> values) {

  public PhraseMatch {
    values = List.copyOf(values);
  }

  public V value() {
    return values.get(0);
  }
}
