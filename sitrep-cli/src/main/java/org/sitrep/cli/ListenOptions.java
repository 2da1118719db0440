package org.sitrep.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where {@code serve} and {@code demo} listen. */
final class ListenOptions {

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
      description = "the port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** The port, checked. */
  int port() {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(command.commandLine(), "--port must be 0 to 65535, was " + port);
    }
    return port;
  }
}
