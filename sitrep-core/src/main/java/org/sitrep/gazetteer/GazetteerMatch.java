package org.sitrep.gazetteer;

/**
 * A gazetteer entry found for a name, and how well the name matched it.
 *
 * @param entry the place
 * @param level how the name met it
 */
public record GazetteerMatch(GazetteerEntry entry, MatchLevel level) {}
