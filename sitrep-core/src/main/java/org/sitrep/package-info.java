/**
 * Sitrep's entry points: {@link org.sitrep.Sitrep} loads a {@link org.sitrep.Pipeline} that reads
 * an article into a {@link org.sitrep.Report} of claims.
 */
package org.sitrep;
