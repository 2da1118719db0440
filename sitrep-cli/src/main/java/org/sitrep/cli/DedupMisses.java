package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sitrep.store.DedupEvaluation;
import org.sitrep.store.StoredEvent;

/**
 * The rows {@code eval dedup} did not merge into their own event, or also merged into another, as
 * TSV for reading: the claim, its own event and the event it joined (or, for a new event, the
 * best-fitting other one).
 */
final class DedupMisses {

  private static final String[] PARTS = {"claim", "own", "other"};

  /** The columns of each of the three events, in the order {@link #cells} gives them. */
  private static final List<String> FIELDS = List.of(
      "origin", "date", "precision", "type", "location", "lat", "lon", "geo_precision", "actor1", "actor2", "fatalities");

  private DedupMisses() {}

  private static List<String> cells(StoredEvent e) {
    return List.of(
        e.origin(), String.valueOf(e.eventDate()), String.valueOf(e.timePrecision()), String.valueOf(e.subEventType()),
        String.valueOf(e.location()), String.valueOf(e.latitude()), String.valueOf(e.longitude()),
        String.valueOf(e.geoPrecision()), String.valueOf(e.actor1()), String.valueOf(e.actor2()),
        Integer.toString(e.fatalities()));
  }

  static void write(Path file, List<DedupEvaluation.Miss> misses) throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      List<String> header = new ArrayList<>(List.of("row", "outcome", "own_score", "other_score"));
      for (String part : PARTS) {
        for (String field : FIELDS) {
          header.add(part + "_" + field);
        }
      }
      w.println(String.join("\t", header));
      for (DedupEvaluation.Miss m : misses) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(m.row()), m.outcome(),
            String.valueOf(m.ownScore()), String.valueOf(m.otherScore())));
        for (StoredEvent e : new StoredEvent[] {m.claim(), m.own(), m.other()}) {
          cells.addAll(e == null ? Collections.nCopies(FIELDS.size(), "") : cells(e));
        }
        w.println(String.join("\t", cells.stream().map(EvalCommand::cell).toList()));
      }
    }
  }
}
