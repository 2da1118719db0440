package org.sitrep.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.sitrep.Pipeline;
import org.sitrep.Sitrep;
import org.sitrep.SitrepHome;
import org.sitrep.eval.Extractor;
import org.sitrep.geo.GeoparserFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The {@code sitrep} program. {@link #main} only exits with what {@link #run} returns; the
 * commands are registered in {@link #commandLine}, the one place that lists them.
 *
 * <p>Exit codes: 0 every input read; 1 some input unreadable, the others processed; 2 usage
 * error; 3 Sitrep itself failed. See {@link ExitCode}.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err));
  }

  /** Runs {@code sitrep} with {@code args} over the given streams; returns the exit code. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, new Streams(in, out, err), Sitrep::load);
  }

  /** Runs {@code sitrep} with the pipeline that {@code pipelines} gives (loaded at most once). */
  static int run(String[] args, Streams streams, Supplier<Pipeline> pipelines) {
    return commandLine(streams, pipelines).execute(args);
  }

  /** The {@code sitrep} command and its subcommands: register new commands here. */
  static CommandLine commandLine(Streams streams, Supplier<Pipeline> pipelines) {
    Supplier<Pipeline> once = new OnceSupplier<>(pipelines);
    CommandLine cl =
        new CommandLine(new SitrepCommand(streams))
            .addSubcommand(new ExtractCommand(streams, once))
            .addSubcommand(new IngestCommand(streams, once, SitrepHome::dir))
            .addSubcommand(new ImportAcledCommand(streams, SitrepHome::dir))
            .addSubcommand(new ExportCommand(streams, SitrepHome::dir))
            .addSubcommand(new ServeCommand(streams, once, SitrepHome::dir))
            .addSubcommand(new DemoCommand(streams, once, SitrepHome::dir))
            .addSubcommand(new SetupCommand(streams, once))
            .addSubcommand(new BenchCommand(streams, once))
            .addSubcommand(new BenchStoreCommand(streams))
            .addSubcommand(new BenchApiCommand(streams))
            .addSubcommand(
                new EvalCommand(() -> Extractor.of(once.get()), GeoparserFactory.load()))
            .addSubcommand(GazetteerCommand.commandLine(streams, SitrepHome::dir))
            .addSubcommand(TokenCommand.commandLine(streams, SitrepHome::dir))
            .addSubcommand(new GeocodeCommand(streams, SitrepHome::dir));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(streams.out(), true, StandardCharsets.UTF_8));
    cl.setErr(new PrintWriter(streams.err(), true, StandardCharsets.UTF_8));
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          streams.err().println("sitrep: failed: " + e);
          return ExitCode.FAILURE;
        });
    return cl;
  }

  /** A usage error: the message and where to find help, in two lines on standard error. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("sitrep: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println(
        "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    return ExitCode.USAGE;
  }
}
