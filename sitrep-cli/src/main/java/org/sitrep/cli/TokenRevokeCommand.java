package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code sitrep token revoke}: the token of that name works no more. */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    header = "Revokes an API token: requests that send it are refused from now on.",
    description = "The audit log keeps the name in the entries the token made.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  revoked", "  1  no token has that name", "  2  usage error", "  3  there is no store, or it failed"})
final class TokenRevokeCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Parameters(paramLabel = "NAME", description = "the token's name, as 'token list' shows it")
  private String name;

  private final Streams streams;
  private final Supplier<Path> home;

  TokenRevokeCommand(Streams streams, Supplier<Path> home) {
    this.streams = streams;
    this.home = home;
  }

  @Override
  public Integer call() {
    StoreLocation location = store.location(home);
    if (location.isMissingFile()) {
      streams.err().println("sitrep: token revoke: no store at " + location.display() + " (give --db)");
      return ExitCode.FAILURE;
    }
    try (Store tokens = Store.open(location)) {
      if (!tokens.revokeToken(name)) {
        streams.err().println("sitrep: token revoke: no token named '" + name + "' in " + location.display());
        return ExitCode.UNREADABLE_INPUT;
      }
    } catch (StoreException e) {
      streams.err().println("sitrep: token revoke: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    streams.err().println("sitrep: token revoke: '" + name + "' revoked");
    return ExitCode.OK;
  }
}
