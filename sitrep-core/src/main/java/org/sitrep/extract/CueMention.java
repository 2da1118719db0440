package org.sitrep.extract;

/**
 * Cue words found in a sentence.
 *
 * @param cue what they say
 * @param from index of the first word in the sentence's word stream
 * @param to index after the last word
 * @param begin character offset into the article text
 * @param end character offset, exclusive
 */
public record CueMention(Cue cue, int from, int to, int begin, int end) {}
