package org.sitrep.gazetteer;

import java.io.IOException;

/** A gazetteer file that cannot be used: its message is one line, {@code FILE: problem}. */
public final class GazetteerFileException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * @param file the file as the user named it
   * @param problem what is wrong with it, in a few words
   */
  public GazetteerFileException(String file, String problem) {
    super(file + ": " + problem);
  }
}
