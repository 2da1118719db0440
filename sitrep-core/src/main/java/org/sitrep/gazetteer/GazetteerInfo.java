package org.sitrep.gazetteer;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

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

  /** Copies the maps, sorted by key. */
  public GazetteerInfo {
    byFeatureClass = Collections.unmodifiableMap(new TreeMap<>(byFeatureClass));
    bySource = Collections.unmodifiableMap(new TreeMap<>(bySource));
  }
}
