package org.sitrep.cli;

/**
 * The exit codes of {@code sitrep}.
 *
 * <ul>
 *   <li>0: every input was read and written.
 *   <li>1: some input could not be read (or some lines of it); the others were processed.
 *   <li>2: usage error (unknown option, bad value, missing file argument).
 *   <li>3: Sitrep itself failed (the pipeline did not load, or failed on an article).
 * </ul>
 */
final class ExitCode {

  static final int OK = 0;
  static final int UNREADABLE_INPUT = 1;
  static final int USAGE = 2;
  static final int FAILURE = 3;

  private ExitCode() {}
}
