package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top command, {@code sitrep}: it only holds the subcommands and the global options. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Turns news about armed conflict into ACLED-style event records, each field traced to"
            + " its words, each claim kept with its speaker.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every input was read",
      "  1  some input could not be read; the others were processed",
      "  2  usage error",
      "  3  Sitrep itself failed (pipeline did not load, or failed on an article)"
    })
final class SitrepCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  private final Streams streams;

  SitrepCommand(Streams streams) {
    this.streams = streams;
  }

  /** Without a subcommand: the usage, on standard error, as a usage error. */
  @Override
  public Integer call() {
    streams.err().println("sitrep: missing command");
    spec.commandLine().usage(streams.err());
    return ExitCode.USAGE;
  }
}
