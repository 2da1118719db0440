package org.sitrep.actors;

/**
 * Words of a sentence that name an actor.
 *
 * @param entry what the words stand for
 * @param from index of the first word in the sentence's word stream
 * @param to index after the last word
 * @param begin character offset into the article text
 * @param end character offset, exclusive
 * @param text the words
 */
public record ActorMention(ActorEntry entry, int from, int to, int begin, int end, String text) {}
