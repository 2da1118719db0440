package org.sitrep.cli;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sitrep.store.Right;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep token}: the API's tokens in a store. Its subcommands are {@code create} ({@link
 * TokenCreateCommand}), {@code list} ({@link TokenListCommand}) and {@code revoke} ({@link
 * TokenRevokeCommand}).
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    header = "Makes, lists and revokes the API's tokens.",
    description =
        "Every write to the HTTP API needs a token, sent as 'Authorization: Bearer TOKEN'; its"
            + " rights say which writes: review (confirm, reject, edit, merge, split) and ingest"
            + " (post articles). The store keeps only a hash of each token.")
final class TokenCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  private TokenCommand() {}

  /** The command with its subcommands, over the stores that {@code home} locates. */
  static CommandLine commandLine(Streams streams, Supplier<Path> home) {
    return new CommandLine(new TokenCommand())
        .addSubcommand(new TokenCreateCommand(streams, home))
        .addSubcommand(new TokenListCommand(streams, home))
        .addSubcommand(new TokenRevokeCommand(streams, home));
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  /** Rights as {@code --rights} takes them: {@code review,ingest}, or {@code none}. */
  static String rights(Set<Right> rights) {
    return rights.isEmpty() ? "none" : rights.stream().sorted().map(Right::label).collect(Collectors.joining(","));
  }
}
