package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CityDistrictsTest {

  @Test
  void splitsACityFromItsDistrict() {
    assertEquals(List.of("Rio de Janeiro", "North Zone"), CityDistricts.parts("Rio de Janeiro-North Zone"));
    assertEquals("Mogadishu", CityDistricts.city("Mogadishu-Hodan"));
  }

  @Test
  void leavesOtherHyphenatedNamesWhole() {
    assertNull(CityDistricts.city("Port-au-Prince"));
    assertNull(CityDistricts.city("Zolote-5"));
    assertEquals(List.of(), CityDistricts.parts("Saraqib"));
  }
}
