package org.sitrep.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.store.Right;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep token create}: makes a token and prints it, the only time it is shown. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Makes an API token and prints it on standard output, once.",
    description = "The store keeps only its SHA-256: a token lost is revoked and made anew.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  made", "  2  usage error, or the name is taken", "  3  the store failed"})
final class TokenCreateCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "who holds it; the audit log names review actions by it")
  private String name;

  @Option(names = "--rights", paramLabel = "RIGHTS", defaultValue = "review,ingest",
      description = "review, ingest, or both joined with a comma; none for a token that only reads when reads"
          + " need one (default: ${DEFAULT-VALUE})")
  private String rights;

  private final Streams streams;
  private final Supplier<Path> home;

  TokenCreateCommand(Streams streams, Supplier<Path> home) {
    this.streams = streams;
    this.home = home;
  }

  @Override
  public Integer call() {
    StoreLocation location = store.location(home);
    Set<Right> granted = rights();
    String token;
    try (Store tokens = Store.open(location)) {
      token = tokens.createToken(name, granted);
    } catch (IllegalArgumentException e) {
      streams.err().println("sitrep: token create: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (StoreException e) {
      streams.err().println("sitrep: token create: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    streams.out().println(token);
    streams.out().flush();
    streams.err().println("sitrep: token create: made '" + name + "' (rights: " + TokenCommand.rights(granted)
        + ") in " + location.display() + "; keep the token now: it will not be shown again");
    return ExitCode.OK;
  }

  private Set<Right> rights() {
    if (rights.strip().equalsIgnoreCase("none")) {
      return EnumSet.noneOf(Right.class);
    }
    Set<Right> granted = EnumSet.noneOf(Right.class);
    try {
      for (String label : rights.split(",", -1)) {
        granted.add(Right.ofLabel(label));
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--rights: " + e.getMessage() + ", or none");
    }
    return granted;
  }
}
