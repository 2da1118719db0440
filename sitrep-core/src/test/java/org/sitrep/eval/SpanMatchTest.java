package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.TextSpan;

class SpanMatchTest {

  private static TextSpan s(int start, int end) {
    return new TextSpan(start, end);
  }

  @Test
  void eachGoldSpanTakesThePredictedSpanThatOverlapsItMost() {
    SpanMatch m =
        SpanMatch.of(List.of(s(0, 5), s(10, 15)), List.of(s(1, 4), s(10, 12), s(12, 15)), List.of());
    assertEquals(0, m.predictedOf(0));
    assertEquals(2, m.predictedOf(1));
    assertEquals(2, m.truePositives());
    assertEquals(1, m.falsePositives());
  }

  @Test
  void aPredictedSpanIsPairedWithOneGoldSpanOnly() {
    // "New York City" predicted whole; gold has "New York" and "City" apart.
    SpanMatch m = SpanMatch.of(List.of(s(0, 8), s(9, 13)), List.of(s(0, 13)), List.of());
    assertEquals(0, m.predictedOf(0));
    assertEquals(-1, m.predictedOf(1));
    assertEquals(1, m.truePositives());
    assertEquals(0, m.falsePositives());
  }

  @Test
  void findingAnAnnotationWithoutCoordinatesIsNoFalsePositive() {
    SpanMatch m = SpanMatch.of(List.of(s(0, 5)), List.of(s(20, 25), s(30, 35)), List.of(s(22, 28)));
    assertEquals(-1, m.predictedOf(0));
    assertEquals(0, m.truePositives());
    assertEquals(1, m.falsePositives());
  }

  @Test
  void touchingSpansDoNotOverlap() {
    SpanMatch m = SpanMatch.of(List.of(s(0, 5)), List.of(s(5, 9)), List.of());
    assertEquals(-1, m.predictedOf(0));
    assertEquals(1, m.falsePositives());
  }
}
