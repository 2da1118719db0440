package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitrep ingest} killed with SIGKILL in the middle of a folder leaves a consistent store,
 * and running it again completes the work without duplicates: the same articles, claims and
 * events as one uninterrupted run. Every run is a real {@code sitrep} process.
 */
abstract class IngestCrashContract {

  private static final int ARTICLES = 80;
  private static final String[] TOWNS = {"Saraqib", "Sarmin", "Binnish", "Taftanaz", "Ariha", "Kafranbel"};

  @TempDir Path dir;

  /** The {@code --db} value of a new, empty store. */
  abstract String freshStore() throws Exception;

  @Test
  void aKilledIngestLeavesAConsistentStoreThatTheNextRunCompletes() throws Exception {
    Path folder = articles();
    String store = freshStore();
    Process first = ingest(folder, store);
    long stored = waitForArticles(store, 3, first);
    first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback by the process
    first.waitFor(30, TimeUnit.SECONDS);
    long afterKill = count(store, "articles");
    assertTrue(afterKill >= stored && afterKill < ARTICLES, "killed mid-run: " + afterKill + " of " + ARTICLES);
    assertConsistent(store);

    assertEquals(0, run(ingest(folder, store)), "the second run completes");
    assertConsistent(store);
    assertEquals(0, run(ingest(folder, store)), "a third run adds nothing");

    String reference = freshStore(); // read on two threads: stored in the same order all the same
    assertEquals(0, run(ingest(folder, reference, "--threads", "2")));
    for (String table : List.of("articles", "claims", "events")) {
      assertEquals(count(reference, table), count(store, table), table);
    }
    assertEquals(ids(reference, "SELECT id FROM events ORDER BY id"), ids(store, "SELECT id FROM events ORDER BY id"),
        "the same event ids as an uninterrupted run on two threads");
    assertEquals(ARTICLES, count(store, "articles"));
  }

  /** Every claim belongs to a stored article and event; every event counts its claims. */
  private void assertConsistent(String store) throws SQLException {
    assertEquals(0, scalar(store, "SELECT COUNT(*) FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE a.id IS NULL"));
    assertEquals(0, scalar(store, "SELECT COUNT(*) FROM claims c LEFT JOIN events e ON e.id = c.event_id"
        + " WHERE c.event_id IS NOT NULL AND e.id IS NULL"));
    assertEquals(0, scalar(store, "SELECT COUNT(*) FROM events e WHERE e.claims <>"
        + " (SELECT COUNT(*) FROM claims c WHERE c.event_id = e.id)"));
    assertEquals(0, scalar(store, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS"
        + " (SELECT 1 FROM claims c WHERE c.article_id = a.id)"), "no article stored without its claims");
  }

  private Path articles() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("articles"));
    for (int i = 0; i < ARTICLES; i++) {
      String town = TOWNS[i % TOWNS.length];
      int day = 1 + i % 28;
      Files.writeString(folder.resolve(String.format("%03d.txt", i)),
          "On February " + day + ", 2020, gunmen attacked a checkpoint in " + town + ", killing " + (i % 7 + 2)
              + " soldiers, the observatory said. Report number " + i + ".\n");
    }
    return folder;
  }

  private Process ingest(Path folder, String store, String... options) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "ingest", folder.toString(), "--db", store, "--date", "2020-03-01", "--source", "Observatory"));
    command.addAll(List.of(options));
    ProcessBuilder b = new ProcessBuilder(command);
    b.environment().put("SITREP_HOME", dir.resolve("home").toString());
    b.environment().remove("SITREP_DB");
    b.redirectErrorStream(true);
    b.redirectOutput(dir.resolve("ingest-" + System.nanoTime() + ".log").toFile());
    return b.start();
  }

  private static int run(Process p) throws InterruptedException {
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "ingest finished");
    return p.exitValue();
  }

  private long waitForArticles(String store, int atLeast, Process p) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline && p.isAlive()) {
      long n = countQuietly(store);
      if (n >= atLeast) {
        return n;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("ingest stored fewer than " + atLeast + " articles before it ended");
  }

  private long countQuietly(String store) {
    try {
      return count(store, "articles");
    } catch (SQLException e) {
      return 0; // not created yet
    }
  }

  private long count(String store, String table) throws SQLException {
    return scalar(store, "SELECT COUNT(*) FROM " + table);
  }

  private long scalar(String store, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(jdbc(store)); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private List<String> ids(String store, String sql) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbc(store)); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        ids.add(r.getString(1));
      }
    }
    return ids;
  }

  private static String jdbc(String store) {
    return store.startsWith("jdbc:") ? store : "jdbc:sqlite:" + store;
  }
}
