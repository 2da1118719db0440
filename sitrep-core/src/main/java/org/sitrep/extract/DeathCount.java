package org.sitrep.extract;

/**
 * A number of people the text says were killed.
 *
 * @param count the lowest figure the words allow
 * @param total true when the words give a total ("4 fatalities", "the death toll rose to 9"),
 *     which replaces the sum of the separate counts
 * @param begin character offset into the article text
 * @param end character offset, exclusive
 */
public record DeathCount(int count, boolean total, int begin, int end) {}
