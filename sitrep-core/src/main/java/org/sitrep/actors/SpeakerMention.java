package org.sitrep.actors;

/**
 * Words of a sentence that name a party quoted by the news (a ministry, state media, a monitor).
 *
 * @param name the speaker's canonical name
 * @param begin character offset into the article text
 * @param end character offset, exclusive
 */
public record SpeakerMention(String name, int begin, int end) {}
