package org.sitrep.eval;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a CASE 2021 task 2 TSV ({@code id}, {@code EventSnippet}, {@code SubType}) by column name.
 * Quotes are ordinary characters. A file without those columns fails as a whole; a row with an
 * unknown label or no snippet is left out and described in {@link Rows#problems()}.
 *
 * <p>Thread-safe: no state.
 */
public final class CaseReader {

  /** The columns a file must have. */
  public static final List<String> REQUIRED_COLUMNS = List.of("id", "EventSnippet", "SubType");

  /** The rows that can be scored, and one message per row that cannot. */
  public record Rows(List<CaseRow> rows, List<String> problems) {
    public Rows {
      rows = List.copyOf(rows);
      problems = List.copyOf(problems);
    }
  }

  private CaseReader() {}

  /** Reads {@code in}; {@code name} (the file name) starts every message. */
  public static Rows read(Reader in, String name) throws EvalInputException {
    TableFile table = TableFile.tsv(in, name);
    table.require(REQUIRED_COLUMNS);
    List<CaseRow> rows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (TableFile.Row row : table.rows()) {
      String where = name + ": data row " + row.number();
      String id = table.get(row, "id");
      String snippet = table.get(row, "EventSnippet");
      String code = table.get(row, "SubType");
      if (snippet == null || code == null) {
        problems.add(
            where
                + ": the row ends before column "
                + (snippet == null ? "EventSnippet" : "SubType"));
        continue;
      }
      Optional<String> gold = CaseLabels.ofCode(code);
      if (gold.isEmpty()) {
        problems.add(where + ", column SubType: unknown label '" + code.strip() + "'");
      } else if (snippet.isBlank()) {
        problems.add(where + ", column EventSnippet: empty");
      } else {
        rows.add(new CaseRow(id == null ? "" : id.strip(), snippet.strip(), gold.get()));
      }
    }
    return new Rows(rows, problems);
  }
}
