package org.sitrep.output;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats claims can be written in. */
public enum OutputFormat {
  /** One JSON array of claim objects, one object per line. */
  JSON,
  /** RFC 4180 CSV with a header row; nested values as compact JSON in their cell. */
  CSV,
  /** A GeoJSON FeatureCollection, one Feature per claim. */
  GEOJSON;

  /** Opens a writer of this format on {@code out}, UTF-8 encoded. */
  public ClaimWriter open(OutputStream out) {
    return open(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** Opens a writer of this format on {@code out}. */
  public ClaimWriter open(Writer out) {
    return switch (this) {
      case JSON -> new JsonClaimWriter(out);
      case CSV -> new CsvClaimWriter(out);
      case GEOJSON -> new GeoJsonClaimWriter(out);
    };
  }

  /** The name users type, e.g. {@code geojson}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
