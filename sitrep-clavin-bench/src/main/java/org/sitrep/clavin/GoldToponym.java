package org.sitrep.clavin;

/**
 * A gold toponym with coordinates.
 *
 * @param name the toponym as written
 * @param start its first character in the text
 * @param latitude gold latitude
 * @param longitude gold longitude
 * @param geonameId the gold GeoNames id, or null
 */
public record GoldToponym(String name, int start, double latitude, double longitude, Long geonameId) {}
