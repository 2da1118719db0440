package org.sitrep.cli;

import java.util.Locale;
import org.sitrep.store.IngestResult;

/** Counts of one ingest run, for its progress lines and its summary. Not thread-safe: one run's. */
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

  /** "articles 12 new, 3 duplicate, 0 failed; 20 claims; events 15 new, 4 merged". */
  String line() {
    return String.format(
        Locale.ROOT,
        "articles %d new, %d duplicate, %d failed; %d claims; events %d new, %d merged",
        articlesNew, articlesDuplicate, articlesFailed, claims, eventsNew, eventsJoined);
  }
}
