/**
 * The gazetteer: GeoNames-format place files read into a Lucene index, and lookups of place names
 * in it that tolerate diacritics, alternate names and the variants of romanised Arabic.
 */
package org.sitrep.gazetteer;
