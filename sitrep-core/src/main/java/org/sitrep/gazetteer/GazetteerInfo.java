package org.sitrep.gazetteer;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a gazetteer index holds.
 *
 * @param index the index directory
 * @param entries places in all
 * @param byFeatureClass places per GeoNames feature class (A, P ...; "" for none), sorted
 * @param bySource places per file they were imported from, sorted
 * @param bytesOnDisk size of the index files
 */
public record GazetteerInfo(
    Path index,
    long entries,
    Map<String, Long> byFeatureClass,
    Map<String, Long> bySource,
    long bytesOnDisk) {

  /** Copies the maps. */
  public GazetteerInfo {
    byFeatureClass = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(byFeatureClass));
    bySource = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(bySource));
  }
}
