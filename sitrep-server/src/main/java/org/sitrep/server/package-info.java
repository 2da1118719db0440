/**
 * Sitrep's HTTP server: the API of {@code docs/api.md} over a {@link org.sitrep.store.Store}, and
 * the map page that uses it.
 */
package org.sitrep.server;
