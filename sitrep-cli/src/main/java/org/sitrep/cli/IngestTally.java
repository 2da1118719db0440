package org.sitrep.cli;

import java.util.Locale;
import org.sitrep.store.IngestResult;

/** Counts of one ingest run, for its progress lines and its summary. */
final class IngestTally {

  int inputs;
  int articlesNew;
  int articlesDuplicate;
  int articlesFailed;
  int claims;
  int eventsNew;
  int eventsJoined;

  void add(IngestResult r) {
    if (r.duplicate()) {
      articlesDuplicate++;
      return;
    }
    articlesNew++;
    claims += r.claims();
    eventsNew += r.newEvents();
    eventsJoined += r.joinedEvents();
  }

  /** "12 new, 3 duplicate, 0 failed articles; 20 claims; 15 new events, 4 claims joined events". */
  String line() {
    return String.format(
        Locale.ROOT,
        "articles %d new, %d duplicate, %d failed; %d claims; events %d new, %d merged",
        articlesNew, articlesDuplicate, articlesFailed, claims, eventsNew, eventsJoined);
  }
}
