package org.sitrep.cli;

import org.sitrep.store.PostgresCluster;

/** The crash contract on a real PostgreSQL server. */
class PostgresIngestCrashTest extends IngestCrashContract {

  private static int databases;

  @Override
  String freshStore() {
    PostgresCluster cluster = PostgresCluster.shared();
    String url = cluster.createDatabase("crash_" + ++databases);
    return url + (url.contains("?") ? "&" : "?") + "user=" + cluster.user();
  }
}
