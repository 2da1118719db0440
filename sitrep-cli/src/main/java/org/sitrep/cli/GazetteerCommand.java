package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.gazetteer.GazetteerHome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep gazetteer}: builds, describes, exports and extends the gazetteer index under
 * {@code $SITREP_HOME/gazetteer}. Its subcommands are {@code import} ({@link
 * GazetteerImportCommand}), {@code info} ({@link GazetteerInfoCommand}), {@code export} ({@link
 * GazetteerExportCommand}) and {@code add} ({@link GazetteerAddCommand}).
 */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    header = "Builds, describes, exports and extends the gazetteer.",
    description =
        "The gazetteer is a Lucene index of places in $SITREP_HOME/gazetteer (default"
            + " ~/.sitrep/gazetteer), built by './sitrep setup' from GeoNames cities500, countries"
            + " and administrative units, the project's curated places and the user's own.")
final class GazetteerCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  private GazetteerCommand() {}

  /** The command with its subcommands, over the Sitrep home that {@code home} gives. */
  static CommandLine commandLine(Streams streams, Supplier<Path> home) {
    Supplier<GazetteerHome> gazetteer = () -> new GazetteerHome(home.get());
    return new CommandLine(new GazetteerCommand())
        .addSubcommand(new GazetteerImportCommand(streams, gazetteer))
        .addSubcommand(new GazetteerInfoCommand(streams, gazetteer))
        .addSubcommand(new GazetteerExportCommand(streams, gazetteer))
        .addSubcommand(new GazetteerAddCommand(streams, gazetteer));
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
