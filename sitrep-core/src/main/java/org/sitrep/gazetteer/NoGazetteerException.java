package org.sitrep.gazetteer;

import java.io.IOException;
import java.nio.file.Path;

/** There is no gazetteer index where one was looked for; the message says how to build one. */
public final class NoGazetteerException extends IOException {

  private static final long serialVersionUID = 1L;

  /** @param dir where the index was looked for */
  public NoGazetteerException(Path dir) {
    super("no gazetteer index in " + dir + ": run ./sitrep setup to build it");
  }
}
