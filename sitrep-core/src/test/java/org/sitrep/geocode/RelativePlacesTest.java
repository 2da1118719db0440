package org.sitrep.geocode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.Haversine;

class RelativePlacesTest {

  private final RelativePlaces places = new RelativePlaces();

  @Test
  void readsADistanceAndDirection() {
    assertEquals(Optional.of(new RelativePlace("Idlib", 7.0, 0.0, false, 2)), places.read("7 km north of Idlib"));
    assertEquals(Optional.of(new RelativePlace("Idlib", 7.0, null, false, 2)), places.read("approximately 7km from Idlib city"));
    assertEquals(Optional.of(new RelativePlace("Aleppo", 10 * 1.609, 225.0, false, 2)), places.read("10 miles southwest of Aleppo"));
  }

  @Test
  void readsASideOfAPlace() {
    assertEquals(Optional.of(new RelativePlace("Saraqib", RelativePlaces.SIDE_KM, 270.0, false, 2)), places.read("west of Saraqib"));
    assertEquals(Optional.of(new RelativePlace("Saraqib", RelativePlaces.SIDE_KM, 270.0, false, 2)),
        places.read("the M4 highway west of Saraqib"));
  }

  @Test
  void readsAPartOfARegion() {
    RelativePlace place = places.read("southwestern Aleppo").orElseThrow();
    assertEquals("Aleppo", place.anchor());
    assertEquals(225.0, place.bearing());
    assertTrue(place.part());
  }

  @Test
  void readsSurroundings() {
    assertEquals(Optional.of(new RelativePlace("Aleppo", null, null, false, 2)), places.read("the outskirts of Aleppo"));
    assertEquals(Optional.of(new RelativePlace("Saraqib", null, null, false, 2)), places.read("near Saraqib"));
    assertEquals(Optional.of(new RelativePlace("Maaret al-Artik", null, null, false, 2)), places.read("near the village of Maaret al-Artik"));
  }

  @Test
  void findsNothingRelativeInAPlainName() {
    assertEquals(Optional.empty(), places.read("Saraqib"));
    assertEquals(Optional.empty(), places.read("in Reynosa"));
  }

  @Test
  void movesThePointOnTheBearing() {
    double[] p = RelativePlaces.point(new RelativePlace("X", 10.0, 90.0, false, 2), 0, 0);
    assertEquals(0, p[0], 1e-6);
    assertEquals(10 / 111.195, p[1], 2e-3);
    assertEquals(10, Haversine.km(0, 0, p[0], p[1]), 1e-6);
  }

  @Test
  void measuresKnownDistances() {
    // Damascus to Aleppo is about 310 km as the crow flies.
    assertEquals(310, Haversine.km(33.5138, 36.2765, 36.2021, 37.1343), 10);
  }
}
