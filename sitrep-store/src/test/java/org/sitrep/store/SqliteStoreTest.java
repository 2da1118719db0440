package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite files. */
class SqliteStoreTest extends StoreContract {

  @TempDir Path dir;
  private final AtomicInteger stores = new AtomicInteger();

  @Override
  StoreLocation freshLocation() {
    return StoreLocation.parse(dir.resolve("nested/store-" + stores.incrementAndGet() + ".db").toString());
  }

  @Test
  void keepsTheFileInWalModeAndLeavesNoConnectionOpenWhenClosed() throws Exception {
    StoreLocation location = freshLocation();
    Path wal = Path.of(location.display() + "-wal");
    try (Store store = Store.open(location)) {
      store.importEvents(List.of(acledEvent("SYR1", LocalDate.of(2020, 2, 3), 35.87, 36.80, 1)), n -> {});
      store.events(EventFilter.ALL, e -> store.page(EventFilter.ALL, 1, 0)); // two reads at once
      try (Connection c = DriverManager.getConnection(location.jdbcUrl());
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
        assertTrue(r.next());
        assertEquals("wal", r.getString(1), "readers and the writer do not block each other");
      }
      assertTrue(Files.exists(wal));
    }
    assertFalse(Files.exists(wal), "SQLite deletes the WAL file when the last connection closes");
  }
}
