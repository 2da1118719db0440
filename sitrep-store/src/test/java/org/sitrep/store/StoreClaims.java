package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.model.Place;
import org.sitrep.model.Source;
import org.sitrep.model.SubEventType;

/**
 * Articles and the claims a pipeline could read from them, built by hand for the store's tests and
 * the server's (through the test jar).
 */
public final class StoreClaims {

  public static final Actor SYRIA = new Actor("Military Forces of Syria (2000-)", 1, "SYR");
  public static final Actor TURKEY = new Actor("Military Forces of Turkey (2016-)", 8, "TUR");
  public static final Place SARAQIB = new Place("Saraqib", "Syria", "Idleb", "Idleb", null, 35.8645, 36.8059, 1);
  public static final Place NEAR_SARAQIB = new Place("Saraqib", "Syria", "Idleb", "Idleb", null, 35.90, 36.76, 2);
  public static final Place ALEPPO = new Place("Aleppo", "Syria", "Aleppo", "Jebel Saman", null, 36.2012, 37.1612, 1);

  private StoreClaims() {}

  public static Article article(String text, String source) {
    return Article.of(text, null, null, source, LocalDate.of(2020, 2, 4), source + ".txt");
  }

  public static Article article(String text, String source, String url) {
    return Article.of(text, null, url, source, LocalDate.of(2020, 2, 4), source + ".txt");
  }

  /** A shelling by Turkey of Syria's forces on {@code day} at {@code place}. */
  public static Claim shelling(Article a, int index, LocalDate day, Place place, int fatalities) {
    return shelling(a, index, day, place, fatalities, Modality.ASSERTED, List.of());
  }

  /** As {@link #shelling(Article, int, LocalDate, Place, int)}, told as surely as {@code modality}. */
  public static Claim shelling(Article a, int index, LocalDate day, Place place, int fatalities, Modality modality,
      List<Evidence> evidence) {
    return new Claim(
        a.id().substring(0, 12) + "-" + index, "test", a.id(), day, 1,
        SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, TURKEY, List.of(), 8, SYRIA, List.of(), 1,
        place, new Source(a.source(), "International"), "Turkish artillery shelled positions.",
        fatalities, modality == Modality.ASSERTED ? Claim.PUBLISHER : "Syrian state media",
        modality == Modality.ASSERTED ? null : "claimed", modality, null, evidence);
  }

  /** A claim that is no event: a statement about the future. */
  public static Claim statement(Article a, int index) {
    return new Claim(
        a.id().substring(0, 12) + "-" + index, "test", a.id(), null, null, null, null, List.of(), null,
        null, List.of(), null, SARAQIB, new Source(a.source(), "International"), "They will attack.", 0,
        "Russian Ministry of Defence", "said", Modality.PLANNED, null, List.of());
  }
}
