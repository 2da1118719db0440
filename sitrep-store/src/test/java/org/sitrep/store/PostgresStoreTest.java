package org.sitrep.store;

import java.util.concurrent.atomic.AtomicInteger;

/** The store contract on a real PostgreSQL server, a new database per test. */
class PostgresStoreTest extends StoreContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  StoreLocation freshLocation() throws Exception {
    PostgresCluster cluster = PostgresCluster.shared();
    String url = cluster.createDatabase("store_" + DATABASES.incrementAndGet());
    return StoreLocation.parse(url + (url.contains("?") ? "&" : "?") + "user=" + cluster.user());
  }
}
