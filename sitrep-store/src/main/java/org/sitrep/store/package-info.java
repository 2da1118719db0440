/**
 * The store: articles, the claims read from them and the events those claims report, analysts'
 * reviews of the events with their audit log, and the API's tokens, in SQLite (a file, the
 * default) or PostgreSQL, with the schema managed by Flyway migrations.
 */
package org.sitrep.store;
