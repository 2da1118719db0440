package org.sitrep.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV or TSV file read by column name, whatever the order of its columns or how many others it
 * has: header names are matched without case, surrounding spaces or a byte-order mark.
 *
 * <p>Not thread-safe; holds the whole file once read.
 */
final class TableFile {

  /** One data row: its number from 1 (header not counted) and its cells. */
  record Row(int number, List<String> cells) {}

  private final String name;
  private final Map<String, Integer> columns;
  private final List<Row> rows;

  private TableFile(String name, Map<String, Integer> columns, List<Row> rows) {
    this.name = name;
    this.columns = columns;
    this.rows = rows;
  }

  /** Reads a comma-separated file with RFC 4180 quoting. */
  static TableFile csv(Reader in, String name) throws EvalInputException {
    return read(in, name, CSVFormat.RFC4180.builder().setDelimiter(',').get());
  }

  /** Reads a tab-separated file without quoting (a quote is an ordinary character). */
  static TableFile tsv(Reader in, String name) throws EvalInputException {
    return read(
        in, name, CSVFormat.TDF.builder().setQuote(null).setIgnoreSurroundingSpaces(false).get());
  }

  private static TableFile read(Reader in, String name, CSVFormat format)
      throws EvalInputException {
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> columns = new LinkedHashMap<>();
    int number = 0;
    try (CSVParser parser = format.parse(in)) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        throw new EvalInputException(name + ": empty file, expected a header row");
      }
      CSVRecord header = records.next();
      for (int i = 0; i < header.size(); i++) {
        columns.putIfAbsent(normalise(header.get(i)), i);
      }
      while (records.hasNext()) {
        CSVRecord record = records.next();
        number++;
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        rows.add(new Row(number, record.toList()));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new EvalInputException(
          name + ": unreadable after data row " + number + ": " + e.getMessage(), e);
    }
    return new TableFile(name, columns, rows);
  }

  private static String normalise(String header) {
    return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
  }

  /** Fails with a message naming every missing column and the columns the file has. */
  void require(List<String> names) throws EvalInputException {
    List<String> missing = new ArrayList<>();
    for (String n : names) {
      if (!columns.containsKey(normalise(n))) {
        missing.add(n);
      }
    }
    if (!missing.isEmpty()) {
      throw new EvalInputException(
          name
              + ": missing column"
              + (missing.size() == 1 ? " " : "s ")
              + String.join(", ", missing)
              + "; the header has "
              + String.join(", ", columns.keySet()));
    }
  }

  List<Row> rows() {
    return rows;
  }

  String name() {
    return name;
  }

  /** True when the header names {@code column}. */
  boolean has(String column) {
    return columns.containsKey(normalise(column));
  }

  /** The cell of {@code column} in {@code row}, or null when the row is too short to have it. */
  String get(Row row, String column) {
    Integer i = columns.get(normalise(column));
    if (i == null) {
      throw new IllegalArgumentException("no column " + column + " in " + name);
    }
    return i < row.cells().size() ? row.cells().get(i) : null;
  }
}
