package org.sitrep.store;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.eval.AcledDates;
import org.sitrep.model.Modality;

/**
 * An ACLED export (CSV) read as reference events, streaming. Columns are found by their header
 * names, so both the older layout (numeric {@code inter1}, dates like {@code 9-May-20}) and the
 * current one ({@code disorder_type}, {@code inter1} as words, ISO dates) are read. A row that
 * cannot be read is skipped with a message naming its line and column.
 *
 * <p>Not thread-safe: one pass over one file.
 */
public final class AcledExport implements Iterable<StoredEvent>, AutoCloseable {

  /** Columns every row needs. */
  public static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "event_type", "country");

  /** ACLED's actor categories, for exports that write inter codes as words. */
  private static final Map<String, Integer> INTER_WORDS = Map.of(
      "state forces", 1, "rebel groups", 2, "political militias", 3, "identity militias", 4,
      "rioters", 5, "protesters", 6, "civilians", 7, "external/other forces", 8);

  private final CSVParser parser;
  private final String name;
  private final Consumer<String> problems;
  private final Map<String, Integer> columns = new HashMap<>();

  private AcledExport(CSVParser parser, String name, Consumer<String> problems) {
    this.parser = parser;
    this.name = name;
    this.problems = problems;
    parser.getHeaderMap().forEach((column, index) -> columns.put(column.strip().toLowerCase(Locale.ROOT), index));
  }

  /**
   * Opens an export; {@code name} starts every message, {@code problems} gets one per skipped row.
   *
   * @throws IOException when the text is no CSV or lacks a {@link #REQUIRED} column
   */
  public static AcledExport open(Reader in, String name, Consumer<String> problems) throws IOException {
    CSVParser parser;
    try {
      parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new IOException(name + ": not a CSV file with a header line: " + e.getMessage(), e);
    }
    AcledExport export = new AcledExport(parser, name, problems);
    List<String> missing = REQUIRED.stream().filter(c -> !export.columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      parser.close();
      throw new IOException(name + ": not an ACLED export: no column " + String.join(", ", missing));
    }
    return export;
  }

  @Override
  public Iterator<StoredEvent> iterator() {
    Iterator<CSVRecord> records = parser.iterator();
    return new Iterator<>() {
      private StoredEvent next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          CSVRecord record;
          try {
            if (!records.hasNext()) {
              return false;
            }
            record = records.next();
          } catch (UncheckedIOException | IllegalStateException e) {
            problems.accept(name + ": unreadable CSV after line " + parser.getCurrentLineNumber() + ": " + e.getMessage());
            return false;
          }
          next = event(record).orElse(null);
        }
        return true;
      }

      @Override
      public StoredEvent next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        StoredEvent e = next;
        next = null;
        return e;
      }
    };
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }

  private Optional<StoredEvent> event(CSVRecord r) {
    String id = cell(r, "event_id_cnty");
    if (id == null) {
      return skip(r, "event_id_cnty", "empty");
    }
    String dateText = cell(r, "event_date");
    Optional<LocalDate> date = dateText == null ? Optional.empty() : AcledDates.parse(dateText);
    if (date.isEmpty()) {
      return skip(r, "event_date", "cannot read '" + dateText + "' as a date");
    }
    Double latitude = number(cell(r, "latitude"));
    Double longitude = number(cell(r, "longitude"));
    if (latitude != null && (latitude < -90 || latitude > 90) || longitude != null && (longitude < -180 || longitude > 180)) {
      return skip(r, "latitude", "not a point: " + latitude + ", " + longitude);
    }
    Integer fatalities = whole(cell(r, "fatalities"));
    return Optional.of(new StoredEvent(
        "acled:" + id,
        id,
        StoredEvent.ACLED,
        date.get(),
        whole(cell(r, "time_precision")),
        cell(r, "event_type"),
        cell(r, "sub_event_type"),
        cell(r, "actor1"),
        cell(r, "assoc_actor_1"),
        inter(cell(r, "inter1")),
        cell(r, "actor2"),
        cell(r, "assoc_actor_2"),
        inter(cell(r, "inter2")),
        whole(cell(r, "interaction")),
        cell(r, "country"),
        cell(r, "admin1"),
        cell(r, "admin2"),
        cell(r, "admin3"),
        cell(r, "location"),
        latitude == null || longitude == null ? null : latitude,
        latitude == null || longitude == null ? null : longitude,
        whole(cell(r, "geo_precision")),
        cell(r, "source"),
        cell(r, "notes"),
        fatalities == null ? 0 : fatalities,
        0,
        Modality.ASSERTED.label(), // coded by ACLED's analysts
        ReviewState.UNREVIEWED,
        List.of()));
  }

  private Optional<StoredEvent> skip(CSVRecord r, String column, String problem) {
    problems.accept(name + ": line " + r.getRecordNumber() + ", column " + column + ": " + problem + "; row skipped");
    return Optional.empty();
  }

  private String cell(CSVRecord r, String column) {
    Integer i = columns.get(column);
    if (i == null || i >= r.size()) {
      return null;
    }
    String v = r.get(i).strip();
    return v.isEmpty() ? null : v;
  }

  private static Integer inter(String value) {
    if (value == null) {
      return null;
    }
    Integer code = INTER_WORDS.get(value.toLowerCase(Locale.ROOT));
    return code != null ? code : whole(value);
  }

  private static Integer whole(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Double number(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Double.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
