package org.sitrep.places;

import java.io.IOException;
import java.nio.file.Path;

/** A places file that does not follow its format; the message names the file and the line. */
public final class CorruptPlacesFileException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final long line;

  CorruptPlacesFileException(Path file, long line, String problem) {
    super(file + " line " + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  /** The file that is corrupt. */
  public Path file() {
    return file;
  }

  /** The 1-based number of the first bad line. */
  public long line() {
    return line;
  }
}
