package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.server.ServerConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where {@code serve} and {@code demo} listen, and whether reading their API needs a token. */
final class ListenOptions {

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
      description = "the port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(names = "--reads-need-token",
      description = "reading the API needs a token too, as writing always does (any token of './sitrep token"
          + " create'); the map page then needs one in its token field")
  boolean readsNeedToken;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The server's configuration for a Sitrep home: its basemap, and its gazetteer for added places. */
  ServerConfig config(Path home) {
    return new ServerConfig(host, port(), readsNeedToken, home);
  }

  /** The port, checked. */
  int port() {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(command.commandLine(), "--port must be 0 to 65535, was " + port);
    }
    return port;
  }
}
