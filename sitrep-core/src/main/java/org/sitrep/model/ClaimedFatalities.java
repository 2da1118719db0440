package org.sitrep.model;

/**
 * A death toll that one party claims, usually about its enemy ("neutralized 76"): kept apart so
 * that it is never mistaken for an independent count.
 *
 * @param count the figure claimed
 * @param speaker who claims it
 */
public record ClaimedFatalities(int count, String speaker) {}
