package org.sitrep.output;

import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Claim;

/**
 * Writes claims as one JSON array, one claim object per line:
 *
 * <pre>
 * [
 * {"event_id_cnty":"SR...", ...},
 * {"event_id_cnty":"SR...", ...}
 * ]
 * </pre>
 *
 * <p>Not thread-safe.
 */
final class JsonClaimWriter implements ClaimWriter {

  private final Writer out;
  private final JsonText json = new JsonText();
  private boolean first = true;

  JsonClaimWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(Claim claim) throws IOException {
    out.write(first ? "[\n" : ",\n");
    first = false;
    out.write(json.of(ClaimColumns.values(claim)));
  }

  @Override
  public void close() throws IOException {
    out.write(first ? "[]\n" : "\n]\n");
    out.flush();
  }
}
