package org.sitrep.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeoparserFactoryTest {

  @Test
  void unavailableFactoryTellsToRunSetup() {
    GeoparserFactory factory = GeoparserFactory.unavailable();
    assertEquals(
        "no geoparser yet: run ./sitrep setup",
        assertThrows(GeoparserUnavailableException.class, factory::geoparser).getMessage());
    assertThrows(GeoparserUnavailableException.class, factory::coverage);
    assertThrows(GeoparserUnavailableException.class, factory::places);
  }

  @Test
  void spansOverlapWhenTheyShareACharacter() {
    assertEquals(true, new TextSpan(0, 5).overlaps(new TextSpan(4, 9)));
    assertEquals(false, new TextSpan(0, 5).overlaps(new TextSpan(5, 9)));
    assertEquals(2, new TextSpan(0, 5).overlap(new TextSpan(3, 9)));
  }
}
