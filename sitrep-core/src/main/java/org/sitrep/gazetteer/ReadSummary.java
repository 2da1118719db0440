package org.sitrep.gazetteer;

/**
 * What reading one GeoNames file gave.
 *
 * @param source the file's name
 * @param lines lines read, comments and blank lines included
 * @param entries places read
 * @param malformed lines skipped as malformed
 */
public record ReadSummary(String source, long lines, long entries, long malformed) {}
