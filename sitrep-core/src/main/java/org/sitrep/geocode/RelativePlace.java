package org.sitrep.geocode;

/**
 * A place given relative to a named one: "7 km north of Idlib", "west of Saraqib", "the outskirts
 * of Aleppo", "southwestern Aleppo", "the M4 highway west of Saraqib".
 *
 * @param anchor the named place, as written
 * @param distanceKm the distance from it, or null when none is given
 * @param bearing degrees from north towards the place, or null when no direction is given
 * @param part true for a part of the named place ("southwestern Aleppo"), not a point beside it
 * @param precision ACLED's geo_precision for the described place when the anchor itself resolves
 *     to a town: 1 the anchor itself, 2 near it or a part of it
 */
public record RelativePlace(String anchor, Double distanceKm, Double bearing, boolean part, int precision) {}
