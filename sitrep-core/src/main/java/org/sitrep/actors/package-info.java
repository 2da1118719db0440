/**
 * The actor registry: countries, state-force periods, named and generic actors with their aliases,
 * and the speakers that news quotes; finding them in sentences and naming them as ACLED does.
 */
package org.sitrep.actors;
