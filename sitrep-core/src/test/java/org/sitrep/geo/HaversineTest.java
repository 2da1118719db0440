package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HaversineTest {

  @Test
  void samePointIsZeroKm() {
    assertEquals(0.0, Haversine.km(36.2, 37.1, 36.2, 37.1), 1e-9);
  }

  @Test
  void oneDegreeOfLatitudeIsAbout111Km() {
    assertEquals(Math.PI * Haversine.EARTH_RADIUS_KM / 180, Haversine.km(10, 20, 11, 20), 1e-6);
    assertEquals(111.195, Haversine.km(0, 0, 1, 0), 1e-3);
  }

  @Test
  void antipodesAreHalfACircumferenceApart() {
    assertEquals(Math.PI * Haversine.EARTH_RADIUS_KM, Haversine.km(30, 40, -30, -140), 1e-6);
  }

  @Test
  void longitudeShrinksTowardsThePoles() {
    assertEquals(Haversine.km(0, 0, 0, 1) / 2, Haversine.km(60, 0, 60, 1), 0.1);
  }
}
