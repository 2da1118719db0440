package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.output.ClaimColumns;

/**
 * Sitrep's store: every article once, every claim read from it, and the events the claims report,
 * in SQLite or PostgreSQL. Each article is written in one transaction with its claims and the
 * events they create or join, so a store killed mid-ingest holds whole articles only, and the next
 * ingest of the same input completes the rest. Analysts' review actions are written in one
 * transaction each, with their entries in the audit log.
 *
 * <p>Thread-safe. Writes are serialised on the store's one write connection. Reads run on
 * connections of their own ({@link ReadConnections}), each seeing the store as it was when it
 * began, so a long export neither waits for writes nor holds them up; only a SQLite file that
 * cannot be put in WAL mode has its reads share the write connection, and wait, as one.
 */
public final class Store implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int IMPORT_BATCH = 20_000;

  private final StoreLocation location;
  private final Connection connection;
  private final ReadConnections readers; // null when reads share the write connection
  private final EventReview review;

  private Store(StoreLocation location, Connection connection, ReadConnections readers) {
    this.location = location;
    this.connection = connection;
    this.readers = readers;
    this.review = new EventReview(connection, new AuditLog(connection));
  }

  /**
   * Opens the store, creating it (and a SQLite file's folder) when needed and bringing its schema
   * up to date.
   *
   * @throws StoreException naming the store and the problem
   */
  public static Store open(StoreLocation location) {
    if (location.kind() == StoreLocation.Kind.SQLITE) {
      createFolder(location);
    }
    try {
      Flyway.configure()
          .dataSource(location.jdbcUrl(), null, null)
          .locations("classpath:db/migration")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new StoreException("cannot prepare the store " + location.display() + ": " + firstLine(e), e);
    }
    try {
      Connection c = DriverManager.getConnection(location.jdbcUrl());
      boolean separateReads = true;
      if (location.kind() == StoreLocation.Kind.SQLITE) {
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA busy_timeout = 30000");
          // In WAL mode readers and the writer do not block each other. The mode stays with the
          // file; where it cannot be had, a reader would hold commits up, so reads share the writer.
          separateReads = "wal".equalsIgnoreCase(journalMode(s));
          s.execute("PRAGMA synchronous = NORMAL");
          s.execute("PRAGMA foreign_keys = ON");
          s.execute("PRAGMA cache_size = -65536"); // 64 MB: big imports keep their indexes in memory
        }
      }
      c.setAutoCommit(false);
      return new Store(location, c, separateReads ? new ReadConnections(location) : null);
    } catch (SQLException e) {
      throw new StoreException("cannot open the store " + location.display() + ": " + e.getMessage(), e);
    }
  }

  /** Sets WAL mode and returns the mode the file is in after. */
  private static String journalMode(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("PRAGMA journal_mode = WAL")) {
      return r.next() ? r.getString(1) : "";
    }
  }

  /** Where the store lives. */
  public StoreLocation location() {
    return location;
  }

  /** True when the store holds the article: the same normalised text, or the same URL. */
  public boolean knows(Article article) {
    return read(c -> storedId(c, article).isPresent());
  }

  /**
   * Stores the article with its claims in one transaction; each event claim joins the stored
   * event it reports (see {@link EventMatcher}) or starts a new one. Nothing is written for an
   * article the store already holds.
   */
  public synchronized IngestResult ingest(Article article, List<Claim> claims, String pipelineVersion) {
    try {
      if (storedId(connection, article).isPresent()) {
        return IngestResult.DUPLICATE;
      }
      insertArticle(article, pipelineVersion);
      int newEvents = 0;
      int joined = 0;
      Set<String> ownEvents = new HashSet<>(); // one article's claims are distinct events by design
      for (Claim claim : claims) {
        String eventId = null;
        if (claim.isEvent()) {
          StoredEvent reported = ClaimEvent.of(claim);
          // A claim that best fits an event this article already told of is another telling of
          // it, not a report of the next-best event: it stays apart.
          Optional<StoredEvent> match = EventMatcher.best(reported, ClaimEvent.otherPlaces(claim), candidates(reported))
              .filter(e -> !ownEvents.contains(e.id()));
          if (match.isPresent()) {
            eventId = match.get().id();
            insertClaim(claim, reported, eventId);
            List<Integer> tolls = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            if (!Consensus.countsOnly(match.get())) {
              readReports(eventId, tolls, sources);
            }
            EventRows.update(connection, Consensus.joined(match.get(), reported, tolls, sources));
            joined++;
          } else {
            eventId = reported.id();
            EventRows.insert(connection, reported);
            insertClaim(claim, reported, eventId);
            newEvents++;
          }
          ownEvents.add(eventId);
        } else {
          insertClaim(claim, ClaimEvent.of(claim), null);
        }
      }
      connection.commit();
      return new IngestResult(false, claims.size(), newEvents, joined);
    } catch (SQLException | RuntimeException e) {
      rollback();
      if (e instanceof StoreException s) {
        throw s;
      }
      throw failure("store " + article.origin() + " in", e);
    }
  }

  /**
   * Adds events imported from elsewhere (ACLED) in batches; an event whose id or {@code
   * event_id_cnty} is already stored is left as it is. Returns how many were added.
   */
  public synchronized long importEvents(Iterable<StoredEvent> events, Consumer<Long> progress) {
    long added = 0;
    long seen = 0;
    try (PreparedStatement insert = connection.prepareStatement(EventRows.INSERT)) {
      int batch = 0;
      for (StoredEvent e : events) {
        EventRows.bind(insert, e);
        insert.addBatch();
        seen++;
        if (++batch == IMPORT_BATCH) {
          added += executed(insert.executeBatch());
          connection.commit();
          batch = 0;
          progress.accept(seen);
        }
      }
      added += executed(insert.executeBatch());
      connection.commit();
      progress.accept(seen);
      return added;
    } catch (SQLException e) {
      rollback();
      throw failure("import into", e);
    }
  }

  /** The event of that id. */
  public Optional<StoredEvent> event(String id) {
    return read(c -> EventRows.find(c, id));
  }

  /**
   * One page of the events that pass {@code filter}, newest first, and how many pass it.
   *
   * @param limit at most this many events
   * @param offset after skipping this many
   */
  public EventPage page(EventFilter filter, int limit, long offset) {
    EventQuery page = EventQuery.page(filter, limit, offset);
    EventQuery count = EventQuery.count(filter);
    return read(c -> {
      List<StoredEvent> events = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(page.sql()); PreparedStatement n = c.prepareStatement(count.sql())) {
        page.bind(s);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            events.add(EventRows.read(r));
          }
        }
        count.bind(n);
        try (ResultSet r = n.executeQuery()) {
          r.next();
          return new EventPage(events, r.getLong(1));
        }
      }
    });
  }

  /** The event of that id with every claim that reports it and the words around each. */
  public Optional<EventDetail> detail(String id) {
    String sql = "SELECT c.json, a.text, a.title, a.url, a.published FROM claims c JOIN articles a ON a.id = c.article_id"
        + " WHERE c.event_id = ? ORDER BY a.ingested_at, c.id";
    return read(c -> {
      Optional<StoredEvent> event = EventRows.find(c, id);
      if (event.isEmpty()) {
        return Optional.empty();
      }
      List<ClaimReport> claims = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, id);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            claims.add(report(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
          }
        }
      }
      return Optional.of(new EventDetail(event.get(), claims));
    });
  }

  /** A stored claim with its article's words around the sentence it came from. */
  private static ClaimReport report(String json, String text, String title, String url, String published) {
    Map<String, Object> claim;
    try {
      claim = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      throw new StoreException("a stored claim is not JSON: " + e.getOriginalMessage(), e);
    }
    int start = Integer.MAX_VALUE;
    int end = 0;
    if (claim.get("evidence") instanceof List<?> evidence) {
      for (Object span : evidence) {
        if (span instanceof Map<?, ?> m && m.get("start") instanceof Number b && m.get("end") instanceof Number e) {
          start = Math.min(start, b.intValue());
          end = Math.max(end, e.intValue());
        }
      }
    }
    int[] context = start > end ? new int[] {0, Math.min(text.length(), 600)} : ArticleContext.around(text, start, end);
    return new ClaimReport(claim, title, url, published == null ? null : LocalDate.parse(published),
        text.substring(context[0], context[1]), context[0]);
  }

  /** The id of the event a claim reports; empty for claims that are no events. */
  public Optional<String> eventOfClaim(String claimId) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT event_id FROM claims WHERE id = ?")) {
        s.setString(1, claimId);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
        }
      }
    });
  }

  /**
   * Every event that passes {@code filter}, by date then id, to {@code each}: the events as they
   * were when the call began, however long {@code each} takes; writes meanwhile go ahead.
   */
  public void events(EventFilter filter, Consumer<StoredEvent> each) {
    EventQuery query = EventQuery.of(filter);
    read(c -> {
      try (PreparedStatement s = c.prepareStatement(query.sql())) {
        s.setFetchSize(1_000);
        query.bind(s);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            each.accept(EventRows.read(r));
          }
        }
      }
      return null;
    });
  }

  /**
   * The id of the stored article that {@code article} is (the same text, else the same URL).
   */
  public Optional<String> storedArticleId(Article article) {
    return read(c -> storedId(c, article));
  }

  /** The place names of events without a point, with how many wait at each, most first. */
  public List<UnresolvedPlace> unresolvedPlaces() {
    String sql = "SELECT location, country, COUNT(*) FROM events WHERE latitude IS NULL AND location IS NOT NULL"
        + " GROUP BY location, country ORDER BY COUNT(*) DESC, location";
    return read(c -> {
      List<UnresolvedPlace> places = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
        while (r.next()) {
          places.add(new UnresolvedPlace(r.getString(1), r.getString(2), r.getLong(3)));
        }
      }
      return places;
    });
  }

  /** The ids of the events without a point told at {@code location} (any case), in id order. */
  public List<String> eventsWaitingAt(String location) {
    return ids("SELECT id FROM events WHERE latitude IS NULL AND LOWER(location) = ? ORDER BY id",
        location.toLowerCase(Locale.ROOT));
  }

  /** The ids of the events an article's claims report, each once, in id order. */
  public List<String> eventsOfArticle(String articleId) {
    return ids("SELECT DISTINCT event_id FROM claims WHERE article_id = ? AND event_id IS NOT NULL ORDER BY event_id",
        articleId);
  }

  /** The first column of each row a query with one text parameter gives. */
  private List<String> ids(String sql, String parameter) {
    return read(c -> {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, parameter);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            ids.add(r.getString(1));
          }
        }
      }
      return ids;
    });
  }

  /**
   * {@code who} confirms the event: right as it stands, every editable field reviewed. Returns
   * the event after it; the audit log keeps it.
   *
   * @throws NoSuchRecordException when there is no such event
   */
  public synchronized StoredEvent confirm(String eventId, String who) {
    return inTransaction("review in", () -> review.confirm(eventId, analyst(who)));
  }

  /**
   * {@code who} rejects the event: it did not happen as told. It stays, marked; later reports
   * that join it only count.
   *
   * @throws NoSuchRecordException when there is no such event
   */
  public synchronized StoredEvent reject(String eventId, String who) {
    return inTransaction("review in", () -> review.reject(eventId, analyst(who)));
  }

  /**
   * {@code who} sets ACLED fields of the event: {@code event_date}, {@code time_precision}, {@code
   * event_type}, {@code sub_event_type} (which sets the event type too), {@code actor1}, {@code
   * assoc_actor_1}, {@code actor2}, {@code assoc_actor_2}, {@code country}, {@code admin1}, {@code
   * admin2}, {@code location}, {@code latitude}, {@code longitude}, {@code geo_precision}, {@code
   * fatalities}, {@code notes}. Later reports leave the fields set (and the ones that go with them)
   * as they are.
   *
   * @param fields names and JSON values: strings, numbers, null to clear a name or the point
   * @throws IllegalArgumentException naming a field that cannot be set or its bad value
   * @throws NoSuchRecordException when there is no such event
   */
  public synchronized StoredEvent edit(String eventId, Map<String, Object> fields, String who) {
    return inTransaction("review in", () -> review.edit(eventId, fields, analyst(who)));
  }

  /**
   * {@code who} merges event {@code otherId} into {@code eventId}: the other's claims join it,
   * and the other is deleted (its audit log stays). The event is made anew from all its claims,
   * keeping its reviewed fields; an ACLED event keeps ACLED's coding, and is never the one deleted.
   *
   * @throws IllegalArgumentException when the two are one, or the other was imported from ACLED
   * @throws NoSuchRecordException when either event is missing
   */
  public synchronized StoredEvent merge(String eventId, String otherId, String who) {
    return inTransaction("review in", () -> review.merge(eventId, otherId, analyst(who)));
  }

  /**
   * {@code who} splits the claim off its event: it becomes an event of its own, made from it as
   * ingest makes one, and its old event is made anew from the claims left. Returns the new event.
   *
   * @throws IllegalArgumentException when the claim reports no event or is its event's only one
   * @throws NoSuchRecordException when there is no such claim
   */
  public synchronized StoredEvent split(String claimId, String who) {
    return inTransaction("review in", () -> review.split(claimId, analyst(who)));
  }

  /** What analysts did to the event, newest first; entries outlive a merged event. */
  public List<AuditEntry> audit(String eventId) {
    return read(c -> AuditLog.of(c, eventId));
  }

  /**
   * Makes an API token of that name and rights and returns it: the only time it is seen, as the
   * store keeps its SHA-256 alone.
   *
   * @throws IllegalArgumentException when the name is no token name or is taken
   */
  public synchronized String createToken(String name, Set<Right> rights) {
    return inTransaction("write a token to", () -> Tokens.create(connection, name, rights));
  }

  /** The token that {@code token} is, if the store made it and it is not revoked. */
  public Optional<Token> token(String token) {
    return read(c -> Tokens.find(c, token));
  }

  /** Every token, by name. */
  public List<Token> tokens() {
    return read(Tokens::all);
  }

  /** Revokes the token of that name; false when there is none. */
  public synchronized boolean revokeToken(String name) {
    return inTransaction("revoke a token in", () -> Tokens.revoke(connection, name));
  }

  /** Work on the connection that the store commits when it ends, or rolls back when it fails. */
  @FunctionalInterface
  private interface Work<T> {
    T run() throws SQLException;
  }

  /** Runs {@code read} on a read connection, or on the write connection when reads share it. */
  private <T> T read(ReadConnections.Read<T> read) {
    if (readers == null) {
      synchronized (this) {
        return inTransaction("read", () -> read.run(connection));
      }
    }
    try {
      return readers.read(read);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  private <T> T inTransaction(String what, Work<T> work) {
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException e) {
      rollback();
      throw failure(what, e);
    } catch (RuntimeException e) {
      rollback();
      throw e;
    }
  }

  private static String analyst(String who) {
    if (who == null || who.isBlank()) {
      throw new IllegalArgumentException("a review action needs the analyst's name");
    }
    return who;
  }

  /** How many articles, claims and events the store holds. */
  public StoreCounts counts() {
    return read(c -> {
      try (Statement s = c.createStatement()) {
        return new StoreCounts(count(s, "articles"), count(s, "claims"), count(s, "events"));
      }
    });
  }

  /** Waits for the reads and the write under way to end, then closes every connection. */
  @Override
  public void close() {
    SQLException failure = null;
    if (readers != null) {
      try {
        readers.close(); // first, and outside the lock: a read under way may be waiting for a write
      } catch (SQLException e) {
        failure = e;
      }
    }
    synchronized (this) {
      try {
        connection.close();
      } catch (SQLException e) {
        failure = ReadConnections.joined(failure, e);
      }
    }
    if (failure != null) {
      throw failure("close", failure);
    }
  }

  /** The id of the stored article that {@code article} is: the same text, else the same URL. */
  private static Optional<String> storedId(Connection c, Article article) throws SQLException {
    String sql = "SELECT id FROM articles WHERE id = ? OR url = ? ORDER BY CASE WHEN id = ? THEN 0 ELSE 1 END";
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, article.id());
      s.setString(2, article.url()); // a null URL matches no row
      s.setString(3, article.id());
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  private void insertArticle(Article a, String pipelineVersion) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(
        "INSERT INTO articles (id, url, title, source, published, origin, text, pipeline_version, ingested_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, a.id());
      s.setString(2, a.url());
      s.setString(3, a.title());
      s.setString(4, a.source());
      s.setString(5, a.published() == null ? null : a.published().toString());
      s.setString(6, a.origin());
      s.setString(7, a.text());
      s.setString(8, pipelineVersion);
      s.setString(9, Instant.now().toString());
      s.executeUpdate();
    }
  }

  /** Stores claim {@code c}, whose event as the claim alone tells it is {@code e}. */
  private void insertClaim(Claim c, StoredEvent e, String eventId) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(
        "INSERT INTO claims (id, article_id, event_id, event_date, time_precision, sub_event_type, actor1,"
            + " actor2, location, latitude, longitude, geo_precision, fatalities, speaker, modality, source, json)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
      s.setString(1, c.id());
      s.setString(2, c.articleId());
      s.setString(3, eventId);
      s.setString(4, e.eventDate() == null ? null : e.eventDate().toString());
      s.setObject(5, e.timePrecision());
      s.setString(6, e.subEventType());
      s.setString(7, e.actor1());
      s.setString(8, e.actor2());
      s.setString(9, e.location());
      s.setObject(10, e.latitude());
      s.setObject(11, e.longitude());
      s.setObject(12, e.geoPrecision());
      s.setInt(13, c.fatalities());
      s.setString(14, c.speaker());
      s.setString(15, c.modality().label());
      s.setString(16, e.source());
      s.setString(17, json(c));
      s.executeUpdate();
    }
  }

  /**
   * For reading misses: the stored event, other than {@code excluded}, that fits the claim best,
   * whose sentence also names {@code otherPlaces}.
   */
  synchronized Optional<StoredEvent> rival(StoredEvent claim, List<String> otherPlaces, String excluded) {
    try {
      StoredEvent best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (StoredEvent e : candidates(claim)) {
        double score = e.id().equals(excluded) || e.id().equals(claim.id())
            ? Double.NEGATIVE_INFINITY : EventMatcher.score(claim, otherPlaces, e);
        if (score > bestScore) {
          best = e;
          bestScore = score;
        }
      }
      return Optional.ofNullable(best);
    } catch (SQLException e) {
      throw failure("read", e);
    }
  }

  /** Stored events whose days and place could make them the one {@code e} reports. */
  private List<StoredEvent> candidates(StoredEvent e) throws SQLException {
    if (e.firstDay() == null) {
      return List.of();
    }
    // The lower bound on day_from adds no condition (no event spans more than MAX_SPAN_DAYS) but
    // lets the index of first days narrow the search instead of scanning every event.
    String days = "day_from >= ? AND day_to >= ? AND day_from <= ?";
    String sql;
    if (e.hasPoint()) {
      sql = "SELECT " + EventRows.COLUMNS + " FROM events WHERE " + days
          + " AND (latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ? OR country = ? OR LOWER(location) = ?) ORDER BY id";
    } else {
      sql = "SELECT " + EventRows.COLUMNS + " FROM events WHERE " + days + " AND (country = ? OR LOWER(location) = ?) ORDER BY id";
    }
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      int i = 1;
      s.setString(i++, e.firstDay().minusDays(1 + EventDays.MAX_SPAN_DAYS).toString());
      s.setString(i++, e.firstDay().minusDays(1).toString());
      s.setString(i++, e.lastDay().plusDays(1).toString());
      if (e.hasPoint()) {
        double km = EventMatcher.radiusKm(3, 3);
        double dLat = km / 111.0;
        double dLon = km / (111.0 * Math.max(0.1, Math.cos(Math.toRadians(e.latitude()))));
        s.setDouble(i++, e.latitude() - dLat);
        s.setDouble(i++, e.latitude() + dLat);
        s.setDouble(i++, e.longitude() - dLon);
        s.setDouble(i++, e.longitude() + dLon);
      }
      s.setString(i++, e.country());
      s.setString(i, lower(e.location()));
      List<StoredEvent> found = new ArrayList<>();
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          found.add(EventRows.read(r));
        }
      }
      return found;
    }
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  /** The tolls and sources of every claim of an event, in the order the claims were stored. */
  private void readReports(String eventId, List<Integer> tolls, List<String> sources) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT c.fatalities, c.source FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.event_id = ?"
            + " ORDER BY a.ingested_at, c.id")) {
      s.setString(1, eventId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          tolls.add(r.getInt(1));
          sources.add(r.getString(2));
        }
      }
    }
  }

  private static String json(Claim c) {
    try {
      return JSON.writeValueAsString(ClaimColumns.values(c));
    } catch (JsonProcessingException e) {
      throw new StoreException("cannot write claim " + c.id() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static long count(Statement s, String table) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static long executed(int[] counts) {
    long n = 0;
    for (int c : counts) {
      n += c == Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, c);
    }
    return n;
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection is gone; the transaction is lost with it, which is what a rollback wants
    }
  }

  private StoreException failure(String what, Exception e) {
    return new StoreException("cannot " + what + " the store " + location.display() + ": " + e.getMessage(), e);
  }

  private static void createFolder(StoreLocation location) {
    Path parent = Path.of(location.display()).toAbsolutePath().getParent();
    try {
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      throw new StoreException("cannot create the folder of the store " + location.display() + ": " + e.getMessage(), e);
    }
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage()).strip();
    int newline = m.indexOf('\n');
    return newline < 0 ? m : m.substring(0, newline);
  }
}
