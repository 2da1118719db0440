package org.sitrep.store;

/** The store cannot be opened, migrated, read or written; the message says which and why. */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
