package org.sitrep.output;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimedFatalities;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.SubEventType;

/** Claims built by hand for the writer tests. */
final class Claims {

  private Claims() {}

  static final String TEXT = "Turkish forces said they neutralized 76 soldiers near Saraqib.";

  /** A claim with every column set. */
  static Claim full() {
    return new Claim(
        "0123456789abcdef",
        "0.1.0",
        "a1b2",
        LocalDate.of(2020, 2, 3),
        1,
        SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK,
        new Actor("Military Forces of Turkey (2016-)", 1, "TUR"),
        List.of(),
        8,
        new Actor("Military Forces of Syria (2000-)", 1, "SYR"),
        List.of(
            new Actor("Military Forces of Russia (2000-)", 1, "RUS"),
            new Actor("Militia (Pro-Government)", 3, "SYR")),
        1,
        new Place("Saraqib", "Syria", "Idleb", "Idleb", "Saraqib", 35.86167, 36.8, 2),
        new Source("Wire, \"Daily\"", "International"),
        "Turkish forces said they neutralized 76 soldiers near Saraqib.",
        76,
        "Turkish forces",
        "said",
        Modality.REPORTED,
        new ClaimedFatalities(76, "Turkish forces"),
        List.of(Evidence.of("actor1", TEXT, 0, 14), Evidence.of("cue", TEXT, 15, 19)));
  }

  /** A non-event claim with almost nothing known. */
  static Claim bare() {
    return new Claim(
        "ffff0000",
        "0.1.0",
        "c3d4",
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
        Modality.PLANNED,
        null,
        List.of());
  }
}
