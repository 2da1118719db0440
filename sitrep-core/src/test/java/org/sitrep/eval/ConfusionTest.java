package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionTest {

  /** A A, A A, A B, B B, C A: accuracy 3/5; F1 A = 4/6, B = 2/3, C = 0; D never occurs. */
  private static Confusion handComputed() {
    Confusion c = new Confusion();
    c.add("A", "A");
    c.add("A", "A");
    c.add("A", "B");
    c.add("B", "B");
    c.add("C", "A");
    return c;
  }

  @Test
  void computesAccuracyAndPerClassF1() {
    Confusion c = handComputed();
    assertEquals(0.6, c.accuracy(), 1e-9);
    assertEquals(2.0 / 3, c.f1("A"), 1e-9);
    assertEquals(2.0 / 3, c.f1("B"), 1e-9);
    assertEquals(0.0, c.f1("C"), 1e-9);
  }

  @Test
  void averagesF1OverClassesPresentInGoldOrPredictionOnly() {
    assertEquals(4.0 / 9, handComputed().macroF1(), 1e-9);
  }

  @Test
  void countsAClassThatIsOnlyPredictedAsZero() {
    Confusion c = new Confusion();
    c.add("A", "A");
    c.add("A", "B");
    // A: tp 1, fn 1 -> 2/3; B: never gold, predicted once -> 0.
    assertEquals((2.0 / 3) / 2, c.macroF1(), 1e-9);
  }

  @Test
  void listsMostFrequentConfusionsFirst() {
    Confusion c = handComputed();
    c.add("C", "A");
    assertEquals(
        List.of(new Confusion.Cell("C", "A", 2), new Confusion.Cell("A", "B", 1)),
        c.topConfusions(10));
    assertEquals(1, c.topConfusions(1).size());
  }

  @Test
  void scoresZeroWithoutRows() {
    assertEquals(0.0, new Confusion().accuracy());
    assertEquals(0.0, new Confusion().macroF1());
  }
}
