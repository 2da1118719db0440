package org.sitrep.extract;

import java.util.Locale;

/** What a trigger word says about an event; see {@code triggers.tsv}. */
public enum TriggerKind {
  EVENT, VIOLENCE, CLASH, TERRITORY, DEATH, INJURY, PROTEST, WEAK_PROTEST, RIOT, MOB,
  INTERVENTION, UNREST, DISPLACEMENT, DISASTER, CRIME, NEGATION, STATEMENT, FORCE, WEAPONS, SEIZURE;

  static TriggerKind of(String label) {
    return valueOf(label.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Kinds that by themselves make a sentence tell of an event. */
  boolean startsEvent() {
    return switch (this) {
      case EVENT, VIOLENCE, CLASH, TERRITORY, PROTEST, RIOT, MOB, DISPLACEMENT, STATEMENT -> true;
      default -> false;
    };
  }
}
