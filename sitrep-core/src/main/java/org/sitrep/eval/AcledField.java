package org.sitrep.eval;

import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;

/**
 * A field of the ACLED record that {@code eval acled} scores: the column its gold value is read
 * from, the same value of a claim, and the form in which the two are compared.
 */
public enum AcledField {
  EVENT_TYPE("event_type", "event_type", c -> c.eventType() == null ? "" : c.eventType().label()),
  SUB_EVENT_TYPE(
      "sub_event_type",
      "sub_event_type",
      c -> c.subEventType() == null ? "" : c.subEventType().label()),
  ACTOR1("actor1", "actor1", c -> name(c.actor1())),
  /** actor1 without its years and unit: the actor is right even if its period or unit is not. */
  ACTOR1_BASE("actor1_base", "actor1", c -> name(c.actor1()), FieldKeys::actorBase),
  ACTOR2("actor2", "actor2", c -> name(c.actor2())),
  INTER1("inter1", "inter1", c -> c.inter1() == null ? "" : c.inter1().toString()),
  FATALITIES("fatalities", "fatalities", c -> Integer.toString(c.fatalities())),
  /** Gold values are stored as ISO dates by {@link AcledReader}. */
  EVENT_DATE(
      "event_date", "event_date", c -> c.eventDate() == null ? "" : c.eventDate().toString()),
  LOCATION("location", "location", c -> c.place().location(), FieldKeys::location);

  private final String key;
  private final String column;
  private final Function<Claim, String> predicted;
  private final UnaryOperator<String> comparable;

  AcledField(String key, String column, Function<Claim, String> predicted) {
    this(key, column, predicted, s -> s == null ? "" : s.strip());
  }

  AcledField(
      String key,
      String column,
      Function<Claim, String> predicted,
      UnaryOperator<String> comparable) {
    this.key = key;
    this.column = column;
    this.predicted = predicted;
    this.comparable = comparable;
  }

  private static String name(Actor actor) {
    return actor == null ? "" : actor.name();
  }

  /** The name of the field in the output ({@code actor1_base}). */
  public String key() {
    return key;
  }

  /** The ACLED column its gold value comes from ({@code actor1} for {@code actor1_base}). */
  public String column() {
    return column;
  }

  /** The claim's value of the field, "" when it has none. */
  public String predicted(Claim claim) {
    String value = predicted.apply(claim);
    return value == null ? "" : value;
  }

  /** True when {@code claim} has the gold value {@code gold}. */
  public boolean matches(String gold, Claim claim) {
    return comparable.apply(gold).equals(comparable.apply(predicted(claim)));
  }
}
