package org.sitrep.eval;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an ACLED export CSV by column name, whatever the order of its columns or how many others it
 * has. A file without a required column fails as a whole; a row with an unreadable date or count,
 * or without notes, is left out and described in {@link Rows#problems()}.
 *
 * <p>Thread-safe: no state.
 */
public final class AcledReader {

  /** The columns a file must have: the notes, the upload time and the scored fields. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of(
          "notes",
          "timestamp",
          "event_date",
          "event_type",
          "sub_event_type",
          "actor1",
          "actor2",
          "inter1",
          "fatalities",
          "location");

  /** The rows that can be scored, and one message per row that cannot. */
  public record Rows(List<AcledRow> rows, List<String> problems) {
    public Rows {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  private AcledReader() {}

  /** Reads {@code in}; {@code name} (the file name) starts every message. */
  public static Rows read(Reader in, String name) throws EvalInputException {
    TableFile table = TableFile.csv(in, name);
    table.require(REQUIRED_COLUMNS);
    List<AcledRow> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (TableFile.Row row : table.rows()) {
      try {
        rows.add(toRow(table, row));
      } catch (RowProblem p) {
        problems.add(
            name + ": data row " + row.number() + ", column " + p.column + ": " + p.getMessage());
      }
    }
    return new Rows(rows, problems);
  }

  private static AcledRow toRow(TableFile table, TableFile.Row row) throws RowProblem {
    String notes = AcledNotes.clean(cell(table, row, "notes"));
    if (notes.isEmpty()) {
      throw new RowProblem("notes", "no text left to read");
    }
    String timestamp = cell(table, row, "timestamp");
    LocalDate published =
        AcledDates.dayOfTimestamp(timestamp)
            .orElseThrow(
                () ->
                    new RowProblem(
                        "timestamp", "cannot read '" + timestamp + "' as unix seconds or a date"));
    String eventDate = cell(table, row, "event_date");
    Optional<LocalDate> day = AcledDates.parse(eventDate);
    if (day.isEmpty()) {
      throw new RowProblem(
          "event_date",
          "cannot read date '" + eventDate + "' (expected e.g. 9-May-20, 09 May 2020, 2020-05-09)");
    }
    String fatalities = cell(table, row, "fatalities").strip();
    if (!fatalities.matches("\\d+")) {
      throw new RowProblem("fatalities", "not a whole number: '" + fatalities + "'");
    }
    Map<AcledField, String> gold = new EnumMap<>(AcledField.class);
    for (AcledField field : AcledField.values()) {
      gold.put(field, cell(table, row, field.column()).strip());
    }
    gold.put(AcledField.EVENT_DATE, day.get().toString());
    gold.put(AcledField.FATALITIES, Integer.toString(Integer.parseInt(fatalities)));
    String id = table.has("event_id_cnty") ? table.get(row, "event_id_cnty") : null;
    return new AcledRow(row.number(), notes, published, gold, degrees(table, row, "latitude"),
        degrees(table, row, "longitude"), id == null || id.isBlank() ? null : id.strip());
  }

  /** An optional coordinate column: null when the file lacks it or the cell is no number. */
  private static Double degrees(TableFile table, TableFile.Row row, String column) {
    if (!table.has(column)) {
      return null;
    }
    String value = table.get(row, column);
    try {
      return value == null || value.isBlank() ? null : Double.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String cell(TableFile table, TableFile.Row row, String column) throws RowProblem {
    String value = table.get(row, column);
    if (value == null) {
      throw new RowProblem(column, "the row ends before this column");
    }
    return value;
  }

  /** Why one row cannot be scored. */
  private static final class RowProblem extends Exception {
    final String column;

    RowProblem(String column, String message) {
      super(message, null, false, false);
      this.column = column;
    }
  }
}
