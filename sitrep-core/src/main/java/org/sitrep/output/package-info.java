/**
 * Writing claims as ACLED-style records: JSON, CSV and GeoJSON, with the columns defined once in
 * {@link org.sitrep.output.ClaimColumns}.
 */
package org.sitrep.output;
