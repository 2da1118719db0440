package org.sitrep.input;

/**
 * An input that cannot be read at all: its message is one line, {@code FILE: problem}.
 */
public final class UnreadableInputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final String problem;

  /**
   * @param file the file as the user named it ({@code -} for standard input)
   * @param problem what is wrong with it, in a few words
   */
  public UnreadableInputException(String file, String problem) {
    super(display(file) + ": " + problem);
    this.file = file;
    this.problem = problem;
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** What is wrong with it. */
  public String problem() {
    return problem;
  }

  /** How a file name appears in messages: standard input has a name of its own. */
  static String display(String file) {
    return "-".equals(file) ? "standard input" : file;
  }
}
