package org.sitrep.clavin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScoresTest {

  @Test
  void countsErrorsUpTo161KmAsAccurate() {
    Scores s = new Scores(new double[] {0, 161, 161.5, Scores.MISSED_KM}, 1, 2, 2, 0.5);
    assertEquals(0.5, s.acc161());
    assertEquals(4, s.toponyms());
    assertEquals(0.5, s.exactId());
    assertEquals(4.0, s.docsPerSecond());
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(15.0, new Scores(new double[] {40, 10, 20, 0}, 0, 0, 1, 1).medianKm());
    assertEquals(20.0, new Scores(new double[] {40, 10, 20}, 0, 0, 1, 1).medianKm());
    assertEquals(0.0, new Scores(new double[] {}, 0, 0, 0, 0).medianKm());
  }

  @Test
  void meanIncludesUnresolvedToponyms() {
    assertEquals(10_019.5, new Scores(new double[] {0, Scores.MISSED_KM}, 0, 0, 1, 1).meanKm());
  }

  @Test
  void oneDegreeOfLatitudeIsAbout111Km() {
    assertEquals(111.2, Scores.haversineKm(0, 0, 1, 0), 0.05);
    assertEquals(0.0, Scores.haversineKm(51.5, -0.1, 51.5, -0.1));
  }
}
