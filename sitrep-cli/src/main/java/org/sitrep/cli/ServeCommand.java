package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.Pipeline;
import org.sitrep.server.ClaimReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sitrep serve}: the HTTP API and the map page over a store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Serves the store's events: the HTTP API and the map page.",
    description = {
      "Prints 'Listening on http://HOST:PORT/' once it accepts requests and serves until"
          + " stopped (Ctrl-C). The API is described in docs/api.md and at /api/openapi.json."
          + " Writes need a token of './sitrep token create'; the pipeline loads when the first"
          + " article is posted."
    },
    footerHeading = "%nExit codes:%n",
    footer = {"  0  stopped", "  2  usage error", "  3  the store could not be opened or the port is taken"})
final class ServeCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Mixin ListenOptions listen;

  private final Streams streams;
  private final Supplier<Pipeline> pipelines;
  private final Supplier<Path> home;

  ServeCommand(Streams streams, Supplier<Pipeline> pipelines, Supplier<Path> home) {
    this.streams = streams;
    this.pipelines = pipelines;
    this.home = home;
  }

  @Override
  public Integer call() {
    return Serving.serve(streams, store.location(home), listen.config(home.get()),
        ClaimReader.pipeline(pipelines));
  }
}
