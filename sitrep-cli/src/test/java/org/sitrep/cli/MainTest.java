package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The top command: help, version, usage errors. None of these load the pipeline. */
class MainTest {

  @Test
  void helpExitsZeroAndListsTheCommands() {
    Run run = Run.of("--help");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("Usage: sitrep [-hV] [COMMAND]"), run.out());
    assertTrue(run.out().contains("  extract  "), run.out());
    assertTrue(run.out().contains("  setup  "), run.out());
    assertEquals("", run.err());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"extract", "setup"}) {
      Run run = Run.of(command, "--help");
      assertEquals(0, run.exit(), command);
      assertTrue(run.out().contains("Usage: sitrep " + command + " [-hV]"), run.out());
    }
  }

  @Test
  void versionNamesTheBuild() {
    Run run = Run.of("--version");
    assertEquals(0, run.exit());
    assertTrue(run.out().matches("(?s)sitrep \\d+\\.\\d+\\.\\d+\\S*\nJava .*"), run.out());
  }

  @Test
  void noCommandIsAUsageError() {
    Run run = Run.of();
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("sitrep: missing command\nUsage: sitrep"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void unknownCommandIsAUsageError() {
    Run run = Run.of("extrakt", "a.txt");
    assertEquals(2, run.exit());
    assertEquals(
        "sitrep: Unmatched arguments from index 0: 'extrakt', 'a.txt'\n"
            + "Did you mean: sitrep extract or sitrep export?\n"
            + "Try 'sitrep --help' for more information.\n",
        run.err());
  }

  @Test
  void unknownOptionExitsTwoWithAMessage() {
    Run run = Run.of("extract", "--bogus", "a.txt");
    assertEquals(2, run.exit());
    assertEquals(
        "sitrep: Unknown option: '--bogus'\n"
            + "Try 'sitrep extract --help' for more information.\n",
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void badDateIsAUsageError() {
    Run run = Run.of("extract", "--date", "3 May 2020", "a.txt");
    assertEquals(2, run.exit());
    assertEquals(
        "sitrep: Invalid value for option '--date': '3 May 2020' is not a day written YYYY-MM-DD\n"
            + "Try 'sitrep extract --help' for more information.\n",
        run.err());
  }

  @Test
  void unknownFormatIsAUsageError() {
    Run run = Run.of("extract", "--format", "xml", "a.txt");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("sitrep: Invalid value for option '--format': "), run.err());
  }

  @Test
  void extractWithoutFilesIsAUsageError() {
    Run run = Run.of("extract");
    assertEquals(2, run.exit());
    assertEquals(
        "sitrep: Missing required parameter: 'FILE'\n"
            + "Try 'sitrep extract --help' for more information.\n",
        run.err());
  }
}
