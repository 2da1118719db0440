/**
 * The extraction stages: finding triggers, dates, death tolls, places and attributions in
 * annotated sentences, and assembling them into claims.
 */
package org.sitrep.extract;
