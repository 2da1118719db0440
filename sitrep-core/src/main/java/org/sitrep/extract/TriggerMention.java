package org.sitrep.extract;

/**
 * Trigger words found in a sentence.
 *
 * @param trigger what they say
 * @param from index of the first word in the sentence's word stream
 * @param to index after the last word
 * @param begin character offset into the article text
 * @param end character offset, exclusive
 */
public record TriggerMention(Trigger trigger, int from, int to, int begin, int end) {

  public TriggerKind kind() {
    return trigger.kind();
  }
}
