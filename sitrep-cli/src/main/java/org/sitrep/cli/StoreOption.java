package org.sitrep.cli;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Option;

/** The {@code --db} option of every command that uses a store. */
final class StoreOption {

  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "The store: a SQLite file or a jdbc:postgresql:// URL (default: $SITREP_DB, else"
              + " sitrep.db in the Sitrep home).")
  String db;

  /** Where the store is: {@code --db}, else {@code SITREP_DB}, else the home's file. */
  StoreLocation location(Supplier<Path> home) {
    return StoreLocation.resolve(db, System.getenv(StoreLocation.ENVIRONMENT), home.get());
  }
}
