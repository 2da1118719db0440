package org.sitrep.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --db} option of every command that uses a store. */
final class StoreOption {

  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "The store: a SQLite file or a jdbc:postgresql:// URL (default: $SITREP_DB, else"
              + " sitrep.db in the Sitrep home).")
  String db;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /**
   * Where the store is: {@code --db}, else {@code SITREP_DB}, else the home's file.
   *
   * @throws ParameterException (a usage error) when the value names no store Sitrep can use
   */
  StoreLocation location(Supplier<Path> home) {
    try {
      return StoreLocation.resolve(db, System.getenv(StoreLocation.ENVIRONMENT), home.get());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), e.getMessage());
    }
  }
}
