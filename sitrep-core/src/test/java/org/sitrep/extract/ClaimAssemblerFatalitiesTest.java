package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimAssemblerFatalitiesTest {

  private static DeathCount separate(int n) {
    return new DeathCount(n, false, 0, 1);
  }

  private static DeathCount total(int n) {
    return new DeathCount(n, true, 0, 1);
  }

  @Test
  void noCountsIsZero() {
    assertEquals(0, ClaimAssembler.fatalities(List.of()));
  }

  @Test
  void sumsSeparateCounts() {
    assertEquals(5, ClaimAssembler.fatalities(List.of(separate(2), separate(3))));
  }

  @Test
  void aTotalReplacesTheSum() {
    assertEquals(4, ClaimAssembler.fatalities(List.of(separate(2), total(4), separate(3))));
  }

  @Test
  void theLargestOfSeveralTotalsWins() {
    assertEquals(9, ClaimAssembler.fatalities(List.of(total(4), total(9), total(6))));
  }

  @Test
  void aZeroTotalIsZero() {
    assertEquals(0, ClaimAssembler.fatalities(List.of(total(0))));
  }
}
