package org.sitrep.knowledge;

/** A knowledge file that cannot be read, with the file and line at fault in its message. */
public final class KnowledgeException extends RuntimeException {

  public KnowledgeException(String message) {
    super(message);
  }

  public KnowledgeException(String message, Throwable cause) {
    super(message, cause);
  }
}
