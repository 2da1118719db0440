package org.sitrep.eval;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.SubEventType;

/** Claims built in one line for tests. */
final class TestClaims {

  private TestClaims() {}

  static Claim event(
      SubEventType type,
      String actor1,
      Integer inter1,
      String actor2,
      int fatalities,
      LocalDate date,
      String location) {
    return new Claim(
        "c" + System.identityHashCode(type) + actor1 + location,
        "test",
        "a",
        date,
        date == null ? null : 1,
        type,
        actor1 == null ? null : new Actor(actor1, inter1 == null ? 1 : inter1, null),
        List.of(),
        inter1,
        actor2 == null ? null : new Actor(actor2, 7, null),
        List.of(),
        actor2 == null ? null : 7,
        Place.mentioned(location, null),
        null,
        null,
        fatalities,
        Claim.PUBLISHER,
        null,
        Modality.ASSERTED,
        null,
        List.of());
  }

  /** A claim that is not an event (say, a displacement figure). */
  static Claim nonEvent() {
    return new Claim(
        "n",
        "test",
        "a",
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        List.of(),
        null,
        null,
        null,
        null,
        0,
        Claim.PUBLISHER,
        null,
        Modality.ASSERTED,
        null,
        List.of());
  }
}
