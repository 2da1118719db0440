package org.sitrep.store;

/**
 * A place name events were told at that no gazetteer entry placed.
 *
 * @param location the name as the events carry it
 * @param country their country, or null
 * @param events how many events wait for a point there
 */
public record UnresolvedPlace(String location, String country, long events) {}
