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
    return event(origin, location, lat, lon, type, DAY, 1, "Taliban", "Afghanistan");
  }

  private static StoredEvent event(String origin, String location, double lat, double lon, String type,
      LocalDate day, int timePrecision, String actor1, String country) {
    return event(origin, location, lat, lon, type, day, timePrecision, actor1,
        "Military Forces of Afghanistan (2014-2021)", country);
  }

  private static StoredEvent event(String origin, String location, double lat, double lon, String type,
      LocalDate day, int timePrecision, String actor1, String actor2, String country) {
    return new StoredEvent(origin + location + lat + day + actor1, null, origin, day, timePrecision, "Battles", type,
        actor1, null, 2, actor2, null, 1, 12, country, null, null, null, location, lat, lon, 1, "Wire", null, 0, 1,
        "asserted", ReviewState.UNREVIEWED, List.of());
  }

  @Test
  void readsSpellingSlipsAndRomanisedVowelsAsOnePlace() {
    assertTrue(EventMatcher.sameLocation(at("x", "Cororite", 0, 0, null), at("x", "Cocorite", 0, 0, null)));
    assertTrue(EventMatcher.sameLocation(at("x", "Souramuri", 0, 0, null), at("x", "Sauramuri", 0, 0, null)));
    assertFalse(EventMatcher.sameLocation(at("x", "Ariha", 0, 0, null), at("x", "Arida", 0, 0, null)), "short names exactly");
    assertFalse(EventMatcher.sameLocation(at("x", "Saraqib", 0, 0, null), at("x", "Sarmin", 0, 0, null)));
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
  void aStrategicDevelopmentMayBeToldAsAnyEventButAProtestIsNoBattle() {
    assertTrue(EventMatcher.compatibleTypes("Strategic developments", "Explosions/Remote violence"));
    assertTrue(EventMatcher.compatibleTypes("Protests", "Strategic developments"));
    assertTrue(EventMatcher.compatibleTypes("Riots", "Battles"));
    assertFalse(EventMatcher.compatibleTypes("Protests", "Battles"));
  }

  @Test
  void aProvinceIsOneHoweverSpelledWithinACountry() {
    StoredEvent tartar = withAdmin1(at(StoredEvent.SITREP, "Nameless Hills", 40.3, 46.9, "Armed clash"), "Tartar District");
    assertTrue(EventMatcher.sameProvince(tartar, withAdmin1(at(StoredEvent.ACLED, "Terter", 40.3, 46.9, null), "Tartar")));
    assertFalse(EventMatcher.sameProvince(tartar, withAdmin1(at(StoredEvent.ACLED, "Aghdam", 40.0, 46.9, null), "Agdam")));
    assertFalse(EventMatcher.sameProvince(tartar, at(StoredEvent.ACLED, "Terter", 40.3, 46.9, null)), "no province known");
  }

  private static StoredEvent withAdmin1(StoredEvent e, String admin1) {
    return new StoredEvent(e.id(), e.eventIdCnty(), e.origin(), e.eventDate(), e.timePrecision(), e.eventType(),
        e.subEventType(), e.actor1(), e.assocActor1(), e.inter1(), e.actor2(), e.assocActor2(), e.inter2(),
        e.interaction(), e.country(), admin1, e.admin2(), e.admin3(), e.location(), e.latitude(), e.longitude(),
        e.geoPrecision(), e.source(), e.notes(), e.fatalities(), e.claims(), e.modality(), e.reviewState(),
        e.reviewedFields());
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

  @Test
  void theDayCountsMostWhenBothKnowIt() {
    StoredEvent report = at(StoredEvent.SITREP, "Sangin", 32.07, 64.83, "Armed clash");
    double sameDay = EventMatcher.score(report, at(StoredEvent.ACLED, "Sangin", 32.07, 64.83, "Armed clash"));
    double nextDay = EventMatcher.score(report,
        event(StoredEvent.ACLED, "Sangin", 32.07, 64.83, "Armed clash", DAY.plusDays(1), 1, "Taliban", "Afghanistan"));
    double thatWeek = EventMatcher.score(report,
        event(StoredEvent.ACLED, "Sangin", 32.07, 64.83, "Armed clash", DAY.plusDays(1), 2, "Taliban", "Afghanistan"));
    // Both sure of the day: +2 for the same day, -2 for another; a report of that week is neither.
    assertEquals(4, sameDay - nextDay, 1e-9);
    assertEquals(2, sameDay - thatWeek, 1e-9);
  }

  @Test
  void aNameHeldInTheOtherIsOnePlaceWithinACountry() {
    assertTrue(EventMatcher.nameWithin("Acapulco", "Acapulco de Juarez"));
    assertTrue(EventMatcher.nameWithin("Barangay Marbel", "Marbel"));
    assertFalse(EventMatcher.nameWithin("Acapulco Juarez", "Acapulco de Juarez"), "whole words, together");
    assertFalse(EventMatcher.nameWithin("de la", "Buena Vista de la Salud"), "a word of four letters at least");
    // Geocoded 300 km apart, as a misread town can be: the name still joins them, in one country only.
    StoredEvent report = event(StoredEvent.SITREP, "Acapulco", 16.86, -99.88, "Attack", DAY, 1, "Taliban", "Mexico");
    StoredEvent acled = event(StoredEvent.ACLED, "Acapulco de Juarez", 19.5, -99.88, "Attack", DAY, 1, "Taliban", "Mexico");
    StoredEvent abroad = event(StoredEvent.ACLED, "Acapulco de Juarez", 19.5, -99.88, "Attack", DAY, 1, "Taliban", "Peru");
    assertEquals(acled, EventMatcher.best(report, List.of(acled)).orElseThrow());
    assertTrue(EventMatcher.best(report, List.of(abroad)).isEmpty());
  }

  @Test
  void aCityIsOneHoweverSpelledWhenThePointsAreNear() {
    StoredEvent kyiv = event(StoredEvent.SITREP, "Kyiv", 50.45, 30.52, "Peaceful protest", DAY, 1, "Taliban", "Ukraine");
    StoredEvent district = event(StoredEvent.ACLED, "Kiev-Pecherskyi", 50.43, 30.54, "Peaceful protest", DAY, 1, "Taliban", "Ukraine");
    StoredEvent farAway = event(StoredEvent.ACLED, "Kiev-Pecherskyi", 48.0, 30.54, "Peaceful protest", DAY, 1, "Taliban", "Ukraine");
    assertEquals(district, EventMatcher.best(kyiv, List.of(district)).orElseThrow());
    assertTrue(EventMatcher.best(kyiv, List.of(farAway)).isEmpty(), "spelled alike only counts near");
    StoredEvent holubivske = event(StoredEvent.SITREP, "Holubivske", 48.6, 38.6, "Armed clash", DAY, 1, "Taliban", "Ukraine");
    StoredEvent holubivka = event(StoredEvent.ACLED, "Holubivka", 48.62, 38.6, "Armed clash", DAY, 1, "Taliban", "Ukraine");
    StoredEvent donetsk = event(StoredEvent.ACLED, "Donetsk-Kirovskyi", 48.6, 38.6, "Armed clash", DAY, 1, "Taliban", "Ukraine");
    StoredEvent donetskyi = event(StoredEvent.SITREP, "Donetskyi", 48.6, 38.6, "Armed clash", DAY, 1, "Taliban", "Ukraine");
    assertTrue(EventMatcher.score(holubivske, holubivka) < EventMatcher.score(kyiv, district), "two endings are two villages");
    assertTrue(EventMatcher.score(donetskyi, donetsk) < EventMatcher.score(kyiv, district), "an ending is no spelling");
  }

  @Test
  void readsAnyUnidentifiedGroupAsOneSideAndRioterAsProtester() {
    StoredEvent report = event(StoredEvent.SITREP, "Sangin", 32.07, 64.83, "Attack", DAY, 1,
        "Unidentified Armed Group (Afghanistan)", null, "Afghanistan");
    StoredEvent gang = event(StoredEvent.ACLED, "Sangin", 32.07, 64.83, "Attack", DAY, 1,
        "Unidentified Gang and/or Police Militia", null, "Afghanistan");
    StoredEvent police = event(StoredEvent.ACLED, "Sangin", 32.07, 64.83, "Attack", DAY, 1,
        "Police Forces of Afghanistan (2014-2021) Border Police", null, "Afghanistan");
    assertTrue(EventMatcher.score(report, gang) > EventMatcher.score(report, police));
    StoredEvent protest = event(StoredEvent.SITREP, "Kabul", 34.5, 69.2, "Peaceful protest", DAY, 1,
        "Protesters (Afghanistan)", null, "Afghanistan");
    StoredEvent riot = event(StoredEvent.ACLED, "Kabul", 34.5, 69.2, "Peaceful protest", DAY, 1,
        "Rioters (Afghanistan)", null, "Afghanistan");
    StoredEvent soldiers = event(StoredEvent.ACLED, "Kabul", 34.5, 69.2, "Peaceful protest", DAY, 1,
        "Military Forces of Afghanistan (2014-2021)", null, "Afghanistan");
    assertTrue(EventMatcher.score(protest, riot) > EventMatcher.score(protest, soldiers));
  }

  @Test
  void aNamedGroupSaysMoreThanTheLabelsEveryReportUses() {
    StoredEvent report = event(StoredEvent.SITREP, "Sangin", 32.07, 64.83, "Attack", DAY, 1, "Taliban",
        "Civilians (Afghanistan)", "Afghanistan");
    StoredEvent byName = event(StoredEvent.ACLED, "Sangin", 32.07, 64.83, "Attack", DAY, 1, "Taliban",
        "Police Forces of Afghanistan (2014-2021)", "Afghanistan");
    StoredEvent byLabel = event(StoredEvent.ACLED, "Sangin", 32.07, 64.83, "Attack", DAY, 1,
        "Unidentified Armed Group (Afghanistan)", "Civilians (Afghanistan)", "Afghanistan");
    assertEquals(0.5, EventMatcher.score(report, byName) - EventMatcher.score(report, byLabel), 1e-9);
  }

  @Test
  void aCityAndItsDistrictAreOnePlaceThoughTheDistrictNamedExactlyCountsMore() {
    StoredEvent report = event(StoredEvent.SITREP, "Kiev-Pecherskyi", 50.43, 30.54, "Peaceful protest", DAY, 1, "Taliban", "Ukraine");
    StoredEvent district = event(StoredEvent.ACLED, "Kiev-Pecherskyi", 50.43, 30.54, "Peaceful protest", DAY, 1, "Taliban", "Ukraine");
    StoredEvent city = event(StoredEvent.ACLED, "Kiev", 50.43, 30.54, "Peaceful protest", DAY, 1, "Taliban", "Ukraine");
    StoredEvent otherDistrict = event(StoredEvent.ACLED, "Kiev-Podilskyi", 50.43, 30.54, "Peaceful protest", DAY, 1, "Taliban", "Ukraine");
    assertEquals(1, EventMatcher.score(report, district) - EventMatcher.score(report, city), 1e-9);
    assertTrue(EventMatcher.score(report, city) > EventMatcher.score(report, otherDistrict));
  }

  @Test
  void aReportThatFitsLooselyNeedsAClearerLead() {
    // Same place, a loose date, sides apart: the best fits loosely, and one point ahead is not enough.
    StoredEvent report = event(StoredEvent.SITREP, "Sangin", 32.07, 64.83, "Armed clash", DAY, 2, "Haqqani Network",
        "Civilians (Afghanistan)", "Afghanistan");
    StoredEvent clash = event(StoredEvent.ACLED, "Sangin", 32.07, 64.83, "Armed clash", DAY, 1, "ISKP", "Afghanistan");
    StoredEvent attack = event(StoredEvent.ACLED, "Sangin", 32.07, 64.83, "Attack", DAY, 1, "ISKP", "Afghanistan");
    assertEquals(1, EventMatcher.score(report, clash) - EventMatcher.score(report, attack), 1e-9);
    assertTrue(EventMatcher.score(report, clash) < 9, "a loose fit");
    assertTrue(EventMatcher.best(report, List.of(clash, attack)).isEmpty());
    // Sides shared, the fit is sure, and one point ahead is enough.
    StoredEvent sure = event(StoredEvent.SITREP, "Sangin", 32.07, 64.83, "Armed clash", DAY, 2, "ISKP", "Afghanistan");
    assertTrue(EventMatcher.score(sure, clash) >= 9);
    assertEquals(clash, EventMatcher.best(sure, List.of(clash, attack)).orElseThrow());
  }
}
