package org.sitrep.eval;

/**
 * An evaluation file Sitrep cannot read at all (a required column missing, broken quoting); the
 * message names the file and the row or column. Rows that are readable but unusable are skipped and
 * counted instead.
 */
public final class EvalInputException extends Exception {

  public EvalInputException(String message) {
    super(message);
  }

  public EvalInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
