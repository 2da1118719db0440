package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SetupCommandTest {

  @Test
  void loadsThePipelineAndReportsOnStandardError() {
    Run run = Run.of("setup");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("sitrep: place names: "), run.err());
    assertTrue(
        run.err().matches("(?s).*sitrep: pipeline \\S+ loaded in \\d+\\.\\d s\nsitrep: ready\n"),
        run.err());
  }
}
