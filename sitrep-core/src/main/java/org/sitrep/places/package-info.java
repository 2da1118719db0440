/**
 * Place names to countries: a fast in-memory lookup of country, province and town names, and the
 * vote that tells which country a text is about from the places it names.
 */
package org.sitrep.places;
