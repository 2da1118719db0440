package org.sitrep.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sitrep.model.Claim;

/**
 * Writes claims as RFC 4180 CSV (CRLF line ends) under a header row of the {@link ClaimColumns}.
 * Unknown values are empty cells; nested values (claimed fatalities, evidence) are compact JSON in
 * their cell. The header is written even when there are no claims.
 *
 * <p>Not thread-safe.
 */
final class CsvClaimWriter implements ClaimWriter {

  private final CSVPrinter printer;
  private final JsonText json = new JsonText();

  CsvClaimWriter(Writer out) {
    try {
      this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
      printer.printRecord(ClaimColumns.names());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void write(Claim claim) throws IOException {
    List<String> cells = new ArrayList<>();
    for (Map.Entry<String, Object> e : ClaimColumns.values(claim).entrySet()) {
      cells.add(cell(e.getValue()));
    }
    printer.printRecord(cells);
  }

  private String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return json.of(value);
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }

  @Override
  public void close() throws IOException {
    printer.flush();
  }
}
