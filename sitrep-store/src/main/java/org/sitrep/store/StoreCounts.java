package org.sitrep.store;

/** How much a store holds. */
public record StoreCounts(long articles, long claims, long events) {}
