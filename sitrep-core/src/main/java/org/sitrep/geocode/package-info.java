/** Turning the place words of a claim into a point with an honest precision. */
package org.sitrep.geocode;
