package org.sitrep.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import org.sqlite.SQLiteConfig;

/**
 * The store's connections for reading, apart from the one it writes on, so that a long read (an
 * export streamed to a slow client) neither waits for writes nor holds them up. At most {@value
 * #MAX} reads run at once, each on a connection lent to it alone; a connection is opened when none
 * is idle and kept for the next read.
 *
 * <p>Each read is one read-only transaction that sees the store as it was when the read began.
 * SQLite gives that to a reader of a database in WAL mode without blocking the writer or being
 * blocked by it (the store opens SQLite files in WAL mode; see {@link Store#open}). PostgreSQL gives
 * it with REPEATABLE READ; and a transaction, unlike autocommit, lets its driver fetch a long result
 * in batches of the statement's fetch size instead of all at once.
 *
 * <p>Thread-safe.
 */
final class ReadConnections implements AutoCloseable {

  /** At most this many reads at once; more wait for one to end. */
  static final int MAX = 8;

  /** Work on a connection that no other thread uses meanwhile. */
  @FunctionalInterface
  interface Read<T> {
    T run(Connection c) throws SQLException;
  }

  private final StoreLocation location;
  private final Semaphore permits = new Semaphore(MAX, true);
  private final Deque<Connection> idle = new ArrayDeque<>(); // guarded by itself
  private volatile boolean closed;

  ReadConnections(StoreLocation location) {
    this.location = location;
  }

  /** Runs {@code read} in a read-only transaction on a connection of its own. */
  <T> T read(Read<T> read) throws SQLException {
    permits.acquireUninterruptibly();
    try {
      if (closed) {
        throw new SQLException("the store is closed");
      }
      Connection c = borrow();
      boolean ended = false;
      try {
        T result = read.run(c);
        c.commit();
        ended = true;
        return result;
      } finally {
        if (!ended) {
          ended = rollback(c);
        }
        if (ended) {
          synchronized (idle) {
            idle.push(c);
          }
        } else {
          closeQuietly(c);
        }
      }
    } finally {
      permits.release();
    }
  }

  /** Waits for the reads under way to end, then closes every connection. */
  @Override
  public void close() throws SQLException {
    closed = true;
    permits.acquireUninterruptibly(MAX);
    try {
      SQLException failure = null;
      synchronized (idle) {
        for (Connection c; (c = idle.poll()) != null; ) {
          try {
            c.close();
          } catch (SQLException e) {
            failure = joined(failure, e);
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      permits.release(MAX); // reads that come later are told the store is closed
    }
  }

  private Connection borrow() throws SQLException {
    synchronized (idle) {
      Connection c = idle.poll();
      if (c != null) {
        return c;
      }
    }
    return open();
  }

  private Connection open() throws SQLException {
    boolean sqlite = location.kind() == StoreLocation.Kind.SQLITE;
    Connection c = sqlite
        ? DriverManager.getConnection(location.jdbcUrl(), sqliteReadOnly().toProperties())
        : DriverManager.getConnection(location.jdbcUrl());
    try {
      if (!sqlite) {
        c.setReadOnly(true);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      c.setAutoCommit(false);
      return c;
    } catch (SQLException e) {
      closeQuietly(c);
      throw e;
    }
  }

  private static SQLiteConfig sqliteReadOnly() {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(30_000);
    return config;
  }

  /** Ends a failed read's transaction; false when the connection cannot, and is no use any more. */
  private static boolean rollback(Connection c) {
    try {
      c.rollback();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // a connection that cannot close is gone already
    }
  }

  /** The first of several failures to close, with the later ones suppressed in it. */
  static SQLException joined(SQLException first, SQLException next) {
    if (first == null) {
      return next;
    }
    first.addSuppressed(next);
    return first;
  }
}
