package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A new, empty store that is deleted when closed: a SQLite file in a temporary folder, or a new
 * database on the PostgreSQL server a location names. For evaluations that must not touch real
 * data.
 *
 * <p>Not thread-safe.
 */
public final class TemporaryStore implements AutoCloseable {

  private static final Pattern DATABASE = Pattern.compile("^(jdbc:postgresql://[^/?]*/)([^?]*)(.*)$");

  private final StoreLocation location;
  private final Path folder;
  private final String serverUrl;
  private final String database;

  private TemporaryStore(StoreLocation location, Path folder, String serverUrl, String database) {
    this.location = location;
    this.folder = folder;
    this.serverUrl = serverUrl;
    this.database = database;
  }

  /** A temporary store like {@code like}: PostgreSQL for a PostgreSQL location, else SQLite. */
  public static TemporaryStore create(StoreLocation like) {
    if (like == null || like.kind() == StoreLocation.Kind.SQLITE) {
      try {
        Path folder = Files.createTempDirectory("sitrep-store-");
        return new TemporaryStore(StoreLocation.file(folder.resolve("sitrep.db")), folder, null, null);
      } catch (IOException e) {
        throw new StoreException("cannot create a temporary store: " + e.getMessage(), e);
      }
    }
    Matcher m = DATABASE.matcher(like.jdbcUrl());
    if (!m.matches()) {
      throw new StoreException("cannot tell the database of " + like.display());
    }
    String name = "sitrep_tmp_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(like.jdbcUrl()); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new StoreException("cannot create a temporary database on " + like.display() + ": " + e.getMessage(), e);
    }
    StoreLocation location = StoreLocation.parse(m.group(1) + name + m.group(3));
    return new TemporaryStore(location, null, like.jdbcUrl(), name);
  }

  /** Where the temporary store is. */
  public StoreLocation location() {
    return location;
  }

  /** Deletes the store. */
  @Override
  public void close() {
    if (folder != null) {
      try (Stream<Path> files = Files.walk(folder)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException | UncheckedIOException e) {
        // a temporary folder left behind is the system's to clean
      }
      return;
    }
    try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database);
    } catch (SQLException e) {
      throw new StoreException("cannot drop the temporary database " + database + ": " + e.getMessage(), e);
    }
  }
}
