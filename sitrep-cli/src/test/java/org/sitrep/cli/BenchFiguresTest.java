package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class BenchFiguresTest {

  private static BenchFigures figures(Double firstEvent, List<Double> runs) {
    return new BenchFigures(10, 2, 4.25, firstEvent, runs, 1234.56, 1500.04, 700.0, 7, 3);
  }

  @Test
  void medianOfAnOddCountIsTheMiddleRun() {
    assertEquals(2.0, figures(1.0, List.of(3.0, 1.0, 2.0)).articlesPerSecond());
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.5, figures(1.0, List.of(4.0, 1.0, 2.0, 3.0)).articlesPerSecond());
  }

  @Test
  void tablePrintsEveryFigureAndADashForNoEvent() {
    assertEquals(
        String.join(
            System.lineSeparator(),
            "articles             10",
            "threads              2",
            "load_s               4.25",
            "first_event_s        -",
            "articles_per_s       2.0",
            "articles_per_s_runs  1.0 3.0",
            "chars_per_s          1235",
            "peak_rss_mb          1500.0",
            "heap_used_mb         700.0",
            "claims               7",
            "events               3",
            ""),
        figures(null, List.of(1.0, 3.0)).table());
  }

  @Test
  void readsThePeakResidentSetFromProcStatus() {
    assertEquals(
        OptionalDouble.of(1000.0),
        ProcessMemory.vmHwmMb(List.of("Name:\tjava", "VmPeak:\t 9999 kB", "VmHWM:\t 1024000 kB")));
    assertEquals(OptionalDouble.empty(), ProcessMemory.vmHwmMb(List.of("Name:\tjava")));
  }
}
