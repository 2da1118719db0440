package org.sitrep.cli;

/** The crash contract on SQLite. */
class SqliteIngestCrashTest extends IngestCrashContract {

  private int stores;

  @Override
  String freshStore() {
    return dir.resolve("store-" + ++stores + ".db").toString();
  }
}
