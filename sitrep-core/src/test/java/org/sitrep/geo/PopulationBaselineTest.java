package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PopulationBaselineTest {

  private static final Map<String, PlaceLookup.Place> PLACES =
      Map.of(
          "Lindow", new PlaceLookup.Place(10.0, 20.0, 1L),
          "Port Karvo", new PlaceLookup.Place(11.0, 21.0, 2L),
          "Karvo", new PlaceLookup.Place(12.0, 22.0, null));

  private final PopulationBaseline baseline =
      new PopulationBaseline(name -> Optional.ofNullable(PLACES.get(name)));

  @Test
  void resolvesEachSpanToTheMostPopulousPlaceOfItsName() {
    String text = "From Lindow to Oster.";
    assertEquals(
        List.of(
            new ResolvedToponym(5, 11, "Lindow", 10.0, 20.0, 1L),
            new ResolvedToponym(15, 20, "Oster", null, null, null)),
        baseline.resolve(text, List.of(new TextSpan(5, 11), new TextSpan(15, 20))));
  }

  @Test
  void findsKnownCapitalisedRunsLongestFirst() {
    String text = "Ships left Port Karvo for Karvo. Then Lindow, said Oster Smith.";
    assertEquals(
        List.of(
            new ResolvedToponym(11, 21, "Port Karvo", 11.0, 21.0, 2L),
            new ResolvedToponym(26, 31, "Karvo", 12.0, 22.0, null),
            new ResolvedToponym(38, 44, "Lindow", 10.0, 20.0, 1L)),
        baseline.parse(text));
  }

  @Test
  void doesNotJoinWordsAcrossPunctuation() {
    assertEquals(
        List.of(new ResolvedToponym(6, 11, "Karvo", 12.0, 22.0, null)),
        baseline.parse("Port, Karvo."));
  }
}
