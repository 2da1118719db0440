package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Right;
import org.sitrep.store.Store;
import org.sitrep.store.StoreLocation;

/** token create, list and revoke in-process, over a real SQLite store. */
class TokenCommandTest {

  @TempDir Path dir;

  @Test
  void createsListsAndRevokesTokens() {
    String db = dir.resolve("store/sitrep.db").toString();
    Run made = Run.of("token", "create", "ana", "--rights", "review", "--db", db);
    assertEquals(ExitCode.OK, made.exit(), made.err());
    String token = made.out().strip();
    assertTrue(token.matches("[A-Za-z0-9_-]{43}"), "the token alone on standard output: " + made.out());
    assertTrue(made.err().contains("it will not be shown again"), made.err());
    assertEquals(ExitCode.OK, Run.of("token", "create", "feed-bot", "--db", db).exit());

    Run list = Run.of("token", "list", "--db", db);
    assertEquals(ExitCode.OK, list.exit(), list.err());
    List<String> lines = list.out().lines().toList();
    assertEquals(3, lines.size(), list.out());
    assertEquals("name\trights\tcreated_at", lines.get(0));
    assertTrue(lines.get(1).startsWith("ana\treview\t"), lines.get(1));
    assertTrue(lines.get(2).startsWith("feed-bot\treview,ingest\t"), "both rights by default: " + lines.get(2));
    assertFalse(list.out().contains(token));
    try (Store store = Store.open(StoreLocation.parse(db))) {
      assertEquals(Set.of(Right.REVIEW), store.token(token).orElseThrow().rights());
    }

    Run revoked = Run.of("token", "revoke", "ana", "--db", db);
    assertEquals(ExitCode.OK, revoked.exit(), revoked.err());
    try (Store store = Store.open(StoreLocation.parse(db))) {
      assertTrue(store.token(token).isEmpty(), "a revoked token opens nothing");
    }
    List<String> left = Run.of("token", "list", "--db", db).out().lines().toList();
    assertEquals(2, left.size(), left.toString());
    assertTrue(left.get(1).startsWith("feed-bot\t"), left.get(1));
  }

  @Test
  void refusesTakenNamesUnknownRightsAndMissingTokensNamingThem() {
    String db = dir.resolve("sitrep.db").toString();
    assertEquals(ExitCode.OK, Run.of("token", "create", "ana", "--db", db).exit());
    Run taken = Run.of("token", "create", "ana", "--db", db);
    assertEquals(ExitCode.USAGE, taken.exit());
    assertTrue(taken.err().contains("'ana' exists already"), taken.err());
    assertEquals("", taken.out());
    Run rights = Run.of("token", "create", "ben", "--rights", "review,admin", "--db", db);
    assertEquals(ExitCode.USAGE, rights.exit());
    assertTrue(rights.err().contains("no right 'admin'"), rights.err());
    Run name = Run.of("token", "create", "two words", "--db", db);
    assertEquals(ExitCode.USAGE, name.exit());
    assertTrue(name.err().contains("token name"), name.err());
    Run readOnly = Run.of("token", "create", "viewer", "--rights", "none", "--db", db);
    assertEquals(ExitCode.OK, readOnly.exit(), readOnly.err());
    assertTrue(readOnly.err().contains("(rights: none)"), readOnly.err());
    Run unknown = Run.of("token", "revoke", "ben", "--db", db);
    assertEquals(ExitCode.UNREADABLE_INPUT, unknown.exit());
    assertTrue(unknown.err().contains("no token named 'ben'"), unknown.err());
    Run nowhere = Run.of("token", "list", "--db", dir.resolve("nothing.db").toString());
    assertEquals(ExitCode.FAILURE, nowhere.exit());
    assertTrue(nowhere.err().contains("no store at"), nowhere.err());
  }
}
