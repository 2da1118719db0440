/**
 * Geoparsing as the rest of Sitrep sees it: the {@link org.sitrep.geo.Geoparser} contract, the
 * records it speaks in, the gazetteer look-ups evaluation needs ({@link
 * org.sitrep.geo.NameCoverage}, {@link org.sitrep.geo.PlaceLookup}), the {@link
 * org.sitrep.geo.GeoparserFactory} that plugs an implementation in, and a trivial {@link
 * org.sitrep.geo.PopulationBaseline}.
 */
package org.sitrep.geo;
