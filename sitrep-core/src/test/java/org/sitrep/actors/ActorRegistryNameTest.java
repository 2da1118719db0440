package org.sitrep.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.model.Actor;

class ActorRegistryNameTest {

  private static final ActorRegistry REGISTRY = ActorRegistry.load(KnowledgeFiles.builtIn());
  private static final ActorEntry MILITARY = new ActorEntry("Military Forces of {forces_country} ({years})", 1, null);
  private static final LocalDate FEB_3_2020 = LocalDate.of(2020, 2, 3);
  private static final LocalDate FEB_6_2020 = LocalDate.of(2020, 2, 6);

  @Test
  void namesAStateForceWithAnOpenPeriodAsWrittenThen() {
    assertEquals(Optional.of(new Actor("Military Forces of Syria (2000-)", 1, "SYR")),
        REGISTRY.name(MILITARY, "SYR", FEB_3_2020, FEB_6_2020));
  }

  @Test
  void namesAStateForceWithItsClosedPeriodAsWrittenLater() {
    assertEquals(Optional.of(new Actor("Military Forces of Syria (2000-2024)", 1, "SYR")),
        REGISTRY.name(MILITARY, "SYR", FEB_3_2020, LocalDate.of(2026, 1, 1)));
  }

  @Test
  void namesTheLaterPeriodForALaterDay() {
    assertEquals(Optional.of(new Actor("Military Forces of Syria (2024-)", 1, "SYR")),
        REGISTRY.name(MILITARY, "SYR", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 1, 1)));
  }

  @Test
  void usesTheForcesNameOfTheCountry() {
    assertEquals(Optional.of(new Actor("Military Forces of the Philippines (2016-)", 1, "PHL")),
        REGISTRY.name(MILITARY, "PHL", FEB_3_2020, FEB_6_2020));
  }

  @Test
  void fillsTheCountryName() {
    assertEquals(Optional.of(new Actor("Protesters (India)", 6, "IND")),
        REGISTRY.name(new ActorEntry("Protesters ({country})", 6, null), "IND", FEB_3_2020, FEB_6_2020));
  }

  @Test
  void aFixedCountryWinsOverTheArticleCountry() {
    assertEquals(Optional.of(new Actor("Military Forces of Syria (2000-)", 1, "SYR")),
        REGISTRY.name(new ActorEntry(MILITARY.template(), 1, "SYR"), "TUR", FEB_3_2020, FEB_6_2020));
  }

  @Test
  void givesNothingForAnUnknownCountry() {
    assertEquals(Optional.empty(), REGISTRY.name(new ActorEntry("Protesters ({country})", 6, null), "XXX", FEB_3_2020, FEB_6_2020));
    assertEquals(Optional.empty(), REGISTRY.name(MILITARY, null, FEB_3_2020, FEB_6_2020));
  }

  @Test
  void keepsANameWithoutPlaceholders() {
    assertEquals(Optional.of(new Actor("Hayat Tahrir al-Sham", 2, "SYR")),
        REGISTRY.name(new ActorEntry("Hayat Tahrir al-Sham", 2, "SYR"), "SYR", FEB_3_2020, FEB_6_2020));
  }
}
