package org.sitrep.store;

/** A review names an event or claim the store does not hold; the message names it. */
public final class NoSuchRecordException extends RuntimeException {

  NoSuchRecordException(String message) {
    super(message);
  }
}
