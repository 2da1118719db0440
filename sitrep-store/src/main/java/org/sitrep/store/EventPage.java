package org.sitrep.store;

import java.util.List;

/**
 * One page of the events that pass a filter.
 *
 * @param events the page's events, newest first
 * @param total how many events pass the filter, on every page
 */
public record EventPage(List<StoredEvent> events, long total) {

  public EventPage {
    events = List.copyOf(events);
  }
}
