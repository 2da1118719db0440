package org.sitrep.output;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimedFatalities;
import org.sitrep.model.Evidence;

/**
 * The output record of a claim: every column, in order, with its value. ACLED's columns come
 * first under ACLED's names, then Sitrep's claim columns, then provenance.
 *
 * <p>Values are JSON-ready: strings, integers, four-decimal {@link BigDecimal} coordinates, maps
 * and lists for the nested columns, and null for what is not known. Every writer takes its columns
 * from here, so the formats cannot disagree.
 *
 * <p>Thread-safe: it has no mutable state.
 */
public final class ClaimColumns {

  private record Column(String name, Function<Claim, Object> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("event_id_cnty", Claim::eventIdCnty),
          new Column("event_date", c -> c.eventDate() == null ? null : c.eventDate().toString()),
          new Column("year", Claim::year),
          new Column("time_precision", Claim::timePrecision),
          new Column("event_type", c -> c.eventType() == null ? null : c.eventType().label()),
          new Column(
              "sub_event_type", c -> c.subEventType() == null ? null : c.subEventType().label()),
          new Column("actor1", c -> name(c.actor1())),
          new Column("assoc_actor_1", c -> names(c.assocActor1())),
          new Column("inter1", Claim::inter1),
          new Column("actor2", c -> name(c.actor2())),
          new Column("assoc_actor_2", c -> names(c.assocActor2())),
          new Column("inter2", Claim::inter2),
          new Column("interaction", Claim::interaction),
          new Column("country", c -> c.place().country()),
          new Column("admin1", c -> c.place().admin1()),
          new Column("admin2", c -> c.place().admin2()),
          new Column("admin3", c -> c.place().admin3()),
          new Column("location", c -> c.place().location()),
          new Column("latitude", c -> degrees(c.place().latitude())),
          new Column("longitude", c -> degrees(c.place().longitude())),
          new Column("geo_precision", c -> c.place().geoPrecision()),
          new Column("source", c -> c.source() == null ? null : c.source().name()),
          new Column("source_scale", c -> c.source() == null ? null : c.source().scale()),
          new Column("notes", Claim::notes),
          new Column("fatalities", Claim::fatalities),
          new Column("speaker", Claim::speaker),
          new Column("cue", Claim::cue),
          new Column("modality", c -> c.modality().label()),
          new Column("claimed_fatalities", c -> claimed(c.claimedFatalities())),
          new Column("evidence", c -> evidence(c.evidence())),
          new Column("claim_id", Claim::id),
          new Column("pipeline_version", Claim::pipelineVersion),
          new Column("article_id", Claim::articleId));

  private static final List<String> NAMES = COLUMNS.stream().map(Column::name).toList();

  private ClaimColumns() {}

  /** The column names, in output order. */
  public static List<String> names() {
    return NAMES;
  }

  /** The claim's value for every column, in output order (a new, modifiable map). */
  public static Map<String, Object> values(Claim claim) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (Column column : COLUMNS) {
      row.put(column.name(), column.value().apply(claim));
    }
    return row;
  }

  private static String name(Actor actor) {
    return actor == null ? null : actor.name();
  }

  private static String names(List<Actor> actors) {
    return actors.isEmpty()
        ? null
        : actors.stream().map(Actor::name).collect(Collectors.joining("; "));
  }

  private static BigDecimal degrees(Double value) {
    return value == null ? null : BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
  }

  private static Map<String, Object> claimed(ClaimedFatalities claimed) {
    if (claimed == null) {
      return null;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("count", claimed.count());
    map.put("speaker", claimed.speaker());
    return map;
  }

  private static List<Map<String, Object>> evidence(List<Evidence> evidence) {
    return evidence.stream()
        .map(
            e -> {
              Map<String, Object> map = new LinkedHashMap<>();
              map.put("field", e.field());
              map.put("start", e.start());
              map.put("end", e.end());
              map.put("text", e.text());
              return map;
            })
        .toList();
  }
}
