package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a store lives: a SQLite file or a PostgreSQL database, told from what the user wrote
 * ({@code --db}, else {@code SITREP_DB}, else {@code sitrep.db} in the Sitrep home).
 *
 * @param kind the database
 * @param jdbcUrl the JDBC URL to connect to
 * @param display what messages call it: the file path, or the URL without its password
 */
public record StoreLocation(Kind kind, String jdbcUrl, String display) {

  /** The databases Sitrep stores to. */
  public enum Kind {
    SQLITE,
    POSTGRESQL
  }

  /** The environment variable naming the store when {@code --db} is not given. */
  public static final String ENVIRONMENT = "SITREP_DB";

  /** The store's file name in the Sitrep home. */
  public static final String DEFAULT_FILE = "sitrep.db";

  public StoreLocation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(display, "display");
  }

  /**
   * Reads {@code spec}: a {@code jdbc:postgresql://} or {@code postgresql://} URL, a {@code
   * jdbc:sqlite:} URL, or a file path (SQLite).
   *
   * @throws IllegalArgumentException for a blank spec or another database's URL
   */
  public static StoreLocation parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("no store given: a file path or a jdbc:postgresql:// URL");
    }
    String s = spec.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql:")) {
      return new StoreLocation(Kind.POSTGRESQL, s, withoutPassword(s));
    }
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      String url = "jdbc:postgresql://" + s.substring(s.indexOf("://") + 3);
      return new StoreLocation(Kind.POSTGRESQL, url, withoutPassword(url));
    }
    if (lower.startsWith("jdbc:sqlite:")) {
      return new StoreLocation(Kind.SQLITE, s, s.substring("jdbc:sqlite:".length()));
    }
    if (lower.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "unsupported database URL '" + withoutPassword(s) + "': use a file path (SQLite) or jdbc:postgresql://");
    }
    return file(Path.of(s));
  }

  /**
   * True when this is a SQLite file that does not exist yet: opening it would make an empty store,
   * so a command that only reads should say there is none.
   */
  public boolean isMissingFile() {
    return kind == Kind.SQLITE && !Files.isRegularFile(Path.of(display));
  }

  /** A SQLite store in {@code file}. */
  public static StoreLocation file(Path file) {
    return new StoreLocation(Kind.SQLITE, "jdbc:sqlite:" + file, file.toString());
  }

  /** {@code --db} when given, else {@code SITREP_DB} when set, else {@code home/sitrep.db}. */
  public static StoreLocation resolve(String option, String environment, Path home) {
    if (option != null && !option.isBlank()) {
      return parse(option);
    }
    if (environment != null && !environment.isBlank()) {
      return parse(environment);
    }
    return file(home.resolve(DEFAULT_FILE));
  }

  private static String withoutPassword(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1***").replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
  }
}
