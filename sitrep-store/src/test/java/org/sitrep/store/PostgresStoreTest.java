package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL server, a new database per test. */
class PostgresStoreTest extends StoreContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  StoreLocation freshLocation() throws Exception {
    return location("store_" + DATABASES.incrementAndGet());
  }

  private static StoreLocation location(String database) {
    PostgresCluster cluster = PostgresCluster.shared();
    String url = cluster.createDatabase(database);
    return StoreLocation.parse(url + (url.contains("?") ? "&" : "?") + "user=" + cluster.user());
  }

  @Test
  void keepsItsReadConnectionsForTheNextReadAndClosesEveryConnectionWhenClosed() throws Exception {
    String database = "store_closing_" + DATABASES.incrementAndGet();
    try (Store store = Store.open(location(database))) {
      store.importEvents(List.of(acledEvent("SYR1", LocalDate.of(2020, 2, 3), 35.87, 36.80, 1)), n -> {});
      for (int i = 0; i < 3; i++) {
        store.events(EventFilter.ALL, e -> store.page(EventFilter.ALL, 1, 0)); // two reads at once
      }
      assertEquals(3, sessions(database), "the write connection and two read connections, kept open");
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (sessions(database) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(50); // a server process ends a moment after its client closes the connection
    }
    assertEquals(0, sessions(database), "no connection is left open");
  }

  private static long sessions(String database) throws Exception {
    try (Connection c = PostgresCluster.shared().connect();
        PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = ?")) {
      s.setString(1, database);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next());
        return r.getLong(1);
      }
    }
  }
}
