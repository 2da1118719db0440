package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreLocation;
import org.sitrep.store.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code sitrep token list}: the store's tokens, never the tokens themselves. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    header = "Lists the API's tokens: name, rights and when each was made.",
    description = "Tab-separated, a header line first, by name.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  listed", "  2  usage error", "  3  there is no store, or it failed"})
final class TokenListCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  private final Streams streams;
  private final Supplier<Path> home;

  TokenListCommand(Streams streams, Supplier<Path> home) {
    this.streams = streams;
    this.home = home;
  }

  @Override
  public Integer call() {
    StoreLocation location = store.location(home);
    if (location.isMissingFile()) {
      streams.err().println("sitrep: token list: no store at " + location.display() + " (give --db)");
      return ExitCode.FAILURE;
    }
    try (Store tokens = Store.open(location)) {
      streams.out().println("name\trights\tcreated_at");
      for (Token t : tokens.tokens()) {
        streams.out().println(t.name() + "\t" + TokenCommand.rights(t.rights()) + "\t" + t.createdAt());
      }
    } catch (StoreException e) {
      streams.err().println("sitrep: token list: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    return ExitCode.OK;
  }
}
