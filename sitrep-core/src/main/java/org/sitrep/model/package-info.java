/** Immutable records that flow through Sitrep: articles in, claims with their evidence out. */
package org.sitrep.model;
