/**
 * The store: articles, the claims read from them and the events those claims report, in SQLite
 * (a file, the default) or PostgreSQL, with the schema managed by Flyway migrations.
 */
package org.sitrep.store;
