package org.sitrep.output;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Claim;

/**
 * Writes claims as a GeoJSON FeatureCollection, one Feature per line. A Feature's geometry is a
 * Point {@code [longitude, latitude]} when both are known, else null; its properties are the
 * {@link ClaimColumns}.
 *
 * <p>Not thread-safe.
 */
final class GeoJsonClaimWriter implements ClaimWriter {

  private final Writer out;
  private final JsonText json = new JsonText();
  private boolean first = true;

  GeoJsonClaimWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(Claim claim) throws IOException {
    out.write(first ? "{\"type\":\"FeatureCollection\",\"features\":[\n" : ",\n");
    first = false;
    Map<String, Object> properties = ClaimColumns.values(claim);
    Object lat = properties.get("latitude");
    Object lon = properties.get("longitude");
    Map<String, Object> feature = new LinkedHashMap<>();
    feature.put("type", "Feature");
    feature.put("id", claim.id());
    feature.put("geometry", lat == null || lon == null ? null : point(lon, lat));
    feature.put("properties", properties);
    out.write(json.of(feature));
  }

  private static Map<String, Object> point(Object lon, Object lat) {
    Map<String, Object> point = new LinkedHashMap<>();
    point.put("type", "Point");
    point.put("coordinates", List.of(lon, lat));
    return point;
  }

  @Override
  public void close() throws IOException {
    out.write(first ? "{\"type\":\"FeatureCollection\",\"features\":[]}\n" : "\n]}\n");
    out.flush();
  }
}
