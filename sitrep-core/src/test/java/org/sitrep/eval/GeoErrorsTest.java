package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GeoErrorsTest {

  @Test
  void acc161CountsErrorsUpToAndIncluding161Km() {
    assertEquals(0.5, GeoErrors.acc161(new double[] {0, 161, 161.01, 20_039}));
  }

  @Test
  void medianOfAnOddCountIsTheMiddleError() {
    assertEquals(5.0, GeoErrors.median(new double[] {900, 5, 1}));
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleErrors() {
    assertEquals(7.0, GeoErrors.median(new double[] {20_039, 4, 10, 0}));
  }

  @Test
  void meanIsTheArithmeticMean() {
    assertEquals(5.0, GeoErrors.mean(new double[] {0, 10, 5}));
  }

  @Test
  void aucOfOneHitAndOneMissIsOneHalf() {
    // x = ln(1 + 0) / ln(20039) = 0 and ln(1 + 20038) / ln(20039) = 1; trapezoid (0 + 1) / 2 / 1.
    assertEquals(0.5, GeoErrors.auc(new double[] {20_038, 0}), 1e-12);
  }

  @Test
  void aucIntegratesTheSortedNormalisedLogErrors() {
    // x sorted = 0, 0, 1: trapezoids 0 and 0.5, over n - 1 = 2 steps.
    assertEquals(0.25, GeoErrors.auc(new double[] {0, 20_038, 0}), 1e-12);
    // x = ln(100) / ln(20039) for all three: the area is that x.
    assertEquals(
        Math.log(100) / Math.log(20_039), GeoErrors.auc(new double[] {99, 99, 99}), 1e-12);
  }

  @Test
  void aucOfOneErrorIsItsNormalisedLog() {
    assertEquals(Math.log(161) / Math.log(20_039), GeoErrors.auc(new double[] {160}), 1e-12);
  }

  @Test
  void everyFigureOfNoErrorsIsZero() {
    double[] none = {};
    assertEquals(0.0, GeoErrors.acc161(none));
    assertEquals(0.0, GeoErrors.mean(none));
    assertEquals(0.0, GeoErrors.median(none));
    assertEquals(0.0, GeoErrors.auc(none));
  }
}
