package org.sitrep.store;

import java.util.List;

/** An event with every claim that reports it, in the order their articles were stored. */
public record EventDetail(StoredEvent event, List<ClaimReport> claims) {

  public EventDetail {
    claims = List.copyOf(claims);
  }
}
