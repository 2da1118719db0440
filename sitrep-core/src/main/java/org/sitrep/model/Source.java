package org.sitrep.model;

/**
 * A publisher of reports.
 *
 * @param name as ACLED's {@code source} column writes it
 * @param scale ACLED's {@code source_scale} (local, national, international ...), or null
 */
public record Source(String name, String scale) {}
