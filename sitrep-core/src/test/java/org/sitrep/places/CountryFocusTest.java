package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryFocusTest {

  private final CountryFocus focus = new CountryFocus(Samples.places());

  private String country(List<String> names, List<String> known) {
    return focus.focus(names, known).map(FocusCountry::countryIso3).orElse("none");
  }

  @Test
  void townAndProvinceOfOneCountryGiveThatCountryAlone() {
    FocusCountry found = focus.focus(List.of("Saraqib", "Idlib")).orElseThrow();
    assertEquals("SYR", found.countryIso3());
    assertEquals("Syria", found.countryName());
    assertEquals(1.0, found.score(), 1e-9);
  }

  @Test
  void aTownNamedAloneGivesItsCountry() {
    assertEquals("MEX", country(List.of("Cuauhtemoc municipality", "Chihuahua"), List.of()));
    assertEquals("UKR", country(List.of("Luhansk"), List.of()));
  }

  @Test
  void anAmbiguousNameAloneGoesToItsMorePopulousPlace() {
    FocusCountry found = focus.focus(List.of("Tripoli")).orElseThrow();
    assertEquals("LBY", found.countryIso3());
    assertTrue(found.score() > 0.5 && found.score() < 1.0, "score " + found.score());
    assertEquals(1.0, found.votes().values().stream().mapToDouble(d -> d).sum(), 1e-9);
  }

  @Test
  void anAmbiguousNameFollowsTheNamesBesideIt() {
    assertEquals("LBY", country(List.of("Tripoli", "Misrata"), List.of()));
    assertEquals("LBN", country(List.of("Tripoli", "Akkar"), List.of()));
  }

  @Test
  void countriesKnownFromTheTextOutvoteTowns() {
    assertEquals("LBN", country(List.of("Tripoli"), List.of("LBN")));
    assertEquals("MEX", country(List.of("Saraqib", "Mexico"), List.of()));
    assertEquals("SYR", country(List.of("Chihuahua"), List.of("SYR", "SYR")));
  }

  @Test
  void aGroupThatOperatesInOneCountryVotesForIt() {
    // An ambiguous town alone goes to its more populous place; the Lebanese group beside it decides.
    assertEquals("LBY", focus.focus(List.of("Tripoli"), List.of(), List.of()).orElseThrow().countryIso3());
    assertEquals("LBN", focus.focus(List.of("Tripoli"), List.of(), List.of(Set.of("LBN"))).orElseThrow().countryIso3());
    // Split over three countries, a group weighs less than a country named outright.
    assertEquals("SYR", focus.focus(List.of(), List.of("SYR"), List.of(Set.of("SOM", "KEN", "ETH"))).orElseThrow().countryIso3());
  }

  @Test
  void aCountryNameBeatsAnAdminUnitOfTheSameName() {
    assertEquals("GEO", country(List.of("Georgia"), List.of()));
  }

  @Test
  void nameUnknownToTheIndexIsIgnored() {
    assertEquals("SYR", country(List.of("Nayrab", "Saraqib"), List.of()));
    assertEquals(Optional.empty(), focus.focus(List.of("Nayrab", "")));
    assertEquals(Optional.empty(), focus.focus(List.of()));
  }

  @Test
  void countryKnownOnlyByCodeIsNamedByItsCode() {
    FocusCountry found = focus.focus(List.of(), List.of("SDN")).orElseThrow();
    assertEquals("SDN", found.countryName());
  }

  @Test
  void bestPicksTheFirstCandidateInTheFocusCountry() {
    assertEquals("North Lebanon", focus.best("Tripoli", "LBN").orElseThrow().admin1());
    assertEquals(PlaceName.Kind.ADMIN1, focus.best("Idlib", "SYR").orElseThrow().kind());
    assertEquals(Optional.empty(), focus.best("Idlib", "MEX"));
    assertEquals(Optional.empty(), focus.best("Nayrab", "SYR"));
  }

  @Test
  void emptyIndexFocusesOnlyOnKnownCountries() {
    CountryFocus none = new CountryFocus(PlaceNames.empty());
    assertEquals(Optional.empty(), none.focus(List.of("Idlib")));
    assertEquals("SYR", none.focus(List.of("Idlib"), List.of("SYR")).orElseThrow().countryIso3());
  }
}
