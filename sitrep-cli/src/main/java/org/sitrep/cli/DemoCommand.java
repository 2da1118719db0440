package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.Pipeline;
import org.sitrep.server.ClaimReader;
import org.sitrep.server.ServerConfig;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep demo}: reads the example articles (the founding article among them) into a fresh
 * store and serves it.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Reads the example articles into a fresh store and serves the map page.",
    description = {
      "The store is demo/sitrep.db in the Sitrep home, made anew on every run. Prints 'Listening"
          + " on http://HOST:PORT/' once the page can be opened, and serves until stopped (Ctrl-C)."
    },
    footerHeading = "%nExit codes:%n",
    footer = {"  0  stopped", "  2  usage error", "  3  the examples could not be read or the port is taken"})
final class DemoCommand implements Callable<Integer> {

  /** Set by the launcher to the folder it lives in, where {@code examples/} is. */
  static final String ROOT_ENVIRONMENT = "SITREP_ROOT";

  @Mixin ListenOptions listen;

  @Option(names = "--examples", paramLabel = "DIR",
      description = "the articles to read (default: the examples folder beside the launcher)")
  private Path examples;

  private final Streams streams;
  private final Supplier<Pipeline> pipelines;
  private final Supplier<Path> home;

  DemoCommand(Streams streams, Supplier<Pipeline> pipelines, Supplier<Path> home) {
    this.streams = streams;
    this.pipelines = pipelines;
    this.home = home;
  }

  @Override
  public Integer call() {
    ServerConfig config = listen.config(home.get()); // a bad port fails before the reading
    Path folder = examples != null ? examples : defaultExamples();
    if (!Files.isDirectory(folder)) {
      streams.err().println("sitrep: demo: no examples folder at " + folder + "; name one with --examples DIR");
      return ExitCode.FAILURE;
    }
    Path db = home.get().resolve("demo").resolve("sitrep.db");
    try {
      fresh(db);
    } catch (IOException e) {
      streams.err().println("sitrep: demo: cannot make a fresh store at " + db + ": " + e.getMessage());
      return ExitCode.FAILURE;
    }
    int read = new CommandLine(new IngestCommand(streams, pipelines, home))
        .execute("--db", db.toString(), folder.toString());
    if (read == ExitCode.FAILURE || read == ExitCode.USAGE) {
      streams.err().println("sitrep: demo: reading " + folder + " failed; see above");
      return ExitCode.FAILURE;
    }
    return Serving.serve(streams, StoreLocation.file(db), config, ClaimReader.pipeline(pipelines));
  }

  private static Path defaultExamples() {
    String root = System.getenv(ROOT_ENVIRONMENT);
    return (root == null || root.isBlank() ? Path.of("") : Path.of(root)).resolve("examples").toAbsolutePath();
  }

  /** Removes the last demo's store, its journal files included. */
  private static void fresh(Path db) throws IOException {
    Files.createDirectories(db.getParent());
    for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
      Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
    }
  }
}
