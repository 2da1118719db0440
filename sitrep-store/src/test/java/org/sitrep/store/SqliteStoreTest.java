package org.sitrep.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite files. */
class SqliteStoreTest extends StoreContract {

  @TempDir Path dir;
  private final AtomicInteger stores = new AtomicInteger();

  @Override
  StoreLocation freshLocation() {
    return StoreLocation.parse(dir.resolve("nested/store-" + stores.incrementAndGet() + ".db").toString());
  }
}
