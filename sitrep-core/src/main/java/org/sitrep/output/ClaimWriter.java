package org.sitrep.output;

import java.io.Closeable;
import java.io.IOException;
import org.sitrep.model.Claim;

/**
 * Writes claims one after another as one document. {@link #close()} finishes the document and
 * flushes it, but leaves the underlying stream open (it may be standard output).
 *
 * <p>Not thread-safe: write from one thread.
 */
public interface ClaimWriter extends Closeable {

  /** Writes one claim. */
  void write(Claim claim) throws IOException;

  /** Finishes the document (closing brackets) and flushes; the stream stays open. */
  @Override
  void close() throws IOException;
}
