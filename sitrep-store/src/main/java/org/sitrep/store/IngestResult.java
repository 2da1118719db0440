package org.sitrep.store;

/**
 * What storing one article did.
 *
 * @param duplicate the store already held the article (same text or same URL): nothing written
 * @param claims claims stored
 * @param newEvents events the article's claims created
 * @param joinedEvents claims that joined an event already stored
 */
public record IngestResult(boolean duplicate, int claims, int newEvents, int joinedEvents) {

  /** The result for an article the store already held. */
  public static final IngestResult DUPLICATE = new IngestResult(true, 0, 0, 0);
}
