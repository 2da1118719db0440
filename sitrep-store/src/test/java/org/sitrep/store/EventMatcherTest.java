package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that decide whether a report tells of a stored event. */
class EventMatcherTest {

  private static final LocalDate DAY = LocalDate.of(2020, 5, 1);

  private static StoredEvent at(String origin, String location, double lat, double lon, String type) {
    return new StoredEvent(origin + location + lat, null, origin, DAY, 1, "Battles", type, "Taliban", null, 2,
        "Military Forces of Afghanistan (2014-2021)", null, 1, 12, "Afghanistan", null, null, null, location,
        lat, lon, 1, "Wire", null, 0, 1);
  }

  @Test
  void readsSpellingSlipsAndRomanisedVowelsAsOnePlace() {
    assertTrue(EventMatcher.sameLocation(at("x", "Cororite", 0, 0, null), at("x", "Cocorite", 0, 0, null)));
    assertTrue(EventMatcher.sameLocation(at("x", "Souramuri", 0, 0, null), at("x", "Sauramuri", 0, 0, null)));
    assertFalse(EventMatcher.sameLocation(at("x", "Ariha", 0, 0, null), at("x", "Arida", 0, 0, null)), "short names exactly");
    assertFalse(EventMatcher.sameLocation(at("x", "Saraqib", 0, 0, null), at("x", "Sarmin", 0, 0, null)));
    assertTrue(EventMatcher.sameLocation(at("x", "Dharkenley", 0, 0, null), at("x", "Mogadishu-Dharkenley", 0, 0, null)));
    assertFalse(EventMatcher.sameLocation(at("x", "Prince", 0, 0, null), at("x", "Port-au-Prince", 0, 0, null)));
  }

  @Test
  void prefersTheImportedEventAndJoinsNoneOfTwoThatFitAlike() {
    StoredEvent report = at(StoredEvent.SITREP, "Sangin", 32.07, 64.83, "Armed clash");
    StoredEvent acled = at(StoredEvent.ACLED, "Sangin", 32.07, 64.83, "Armed clash");
    StoredEvent machine = at(StoredEvent.SITREP, "Sangin", 32.07, 64.83, "Armed clash");
    assertEquals(acled, EventMatcher.best(report, List.of(machine, acled)).orElseThrow());
    assertTrue(EventMatcher.best(report, List.of(acled, at(StoredEvent.ACLED, "Sangin", 32.07, 64.83, "Armed clash"))).isEmpty());
  }

  @Test
  void keepsMachineEventsOfOtherPlacesApartHoweverNear() {
    StoredEvent report = at(StoredEvent.SITREP, "Sangin", 32.07, 64.83, "Armed clash");
    assertTrue(EventMatcher.best(report, List.of(at(StoredEvent.SITREP, "Musa Qala", 32.10, 64.85, "Armed clash"))).isEmpty());
  }

  @Test
  void findsTheEventAtAnotherPlaceTheSentenceNames() {
    StoredEvent report = at(StoredEvent.SITREP, "Nuzgar", 39.6, 47.0, "Armed clash");
    StoredEvent there = at(StoredEvent.ACLED, "Qazaxlar", 30.0, 60.0, "Armed clash");
    assertTrue(EventMatcher.best(report, List.of(there)).isEmpty());
    assertEquals(there, EventMatcher.best(report, List.of("Qazaxlar"), List.of(there)).orElseThrow());
  }
}
