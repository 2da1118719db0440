package org.sitrep.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes exported events as CSV (a header line, then a row each), JSON (an array, one object a
 * line) or GeoJSON (a FeatureCollection; events without a point get a null geometry).
 *
 * <p>Not thread-safe.
 */
public abstract sealed class EventWriter implements Closeable {

  /** The formats events are exported in. */
  public enum Format {
    CSV,
    JSON,
    GEOJSON
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  final Writer out;

  private EventWriter(Writer out) {
    this.out = out;
  }

  /** A writer of {@code format} to {@code out}, which {@link #close} flushes but does not close. */
  public static EventWriter open(Format format, Writer out) throws IOException {
    return switch (format) {
      case CSV -> new Csv(out);
      case JSON -> new Json(out);
      case GEOJSON -> new GeoJson(out);
    };
  }

  /** Writes one event. */
  public abstract void write(StoredEvent event) throws IOException;

  private static final class Csv extends EventWriter {
    private final CSVPrinter printer;

    Csv(Writer out) throws IOException {
      super(out);
      printer = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get().print(out);
      printer.printRecord(EventColumns.names());
    }

    @Override
    public void write(StoredEvent event) throws IOException {
      printer.printRecord(EventColumns.values(event).values());
    }

    @Override
    public void close() throws IOException {
      printer.flush();
    }
  }

  private static final class Json extends EventWriter {
    private boolean first = true;

    Json(Writer out) {
      super(out);
    }

    @Override
    public void write(StoredEvent event) throws IOException {
      out.write(first ? "[\n" : ",\n");
      first = false;
      out.write(JSON.writeValueAsString(EventColumns.values(event)));
    }

    @Override
    public void close() throws IOException {
      out.write(first ? "[]\n" : "\n]\n");
      out.flush();
    }
  }

  private static final class GeoJson extends EventWriter {
    private boolean first = true;

    GeoJson(Writer out) {
      super(out);
    }

    @Override
    public void write(StoredEvent event) throws IOException {
      out.write(first ? "{\"type\":\"FeatureCollection\",\"features\":[\n" : ",\n");
      first = false;
      Map<String, Object> feature = new LinkedHashMap<>();
      feature.put("type", "Feature");
      feature.put("geometry", event.hasPoint()
          ? Map.of("type", "Point", "coordinates", List.of(event.longitude(), event.latitude()))
          : null);
      feature.put("properties", EventColumns.values(event));
      out.write(JSON.writeValueAsString(feature));
    }

    @Override
    public void close() throws IOException {
      out.write(first ? "{\"type\":\"FeatureCollection\",\"features\":[]}\n" : "\n]}\n");
      out.flush();
    }
  }
}
