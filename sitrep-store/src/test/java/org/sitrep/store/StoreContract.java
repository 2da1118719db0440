package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.StoreClaims.ALEPPO;
import static org.sitrep.store.StoreClaims.NEAR_SARAQIB;
import static org.sitrep.store.StoreClaims.SARAQIB;
import static org.sitrep.store.StoreClaims.article;
import static org.sitrep.store.StoreClaims.shelling;
import static org.sitrep.store.StoreClaims.statement;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;

/** What every store must do, whatever its database; subclasses give the database. */
abstract class StoreContract {

  private static final LocalDate FEB_3 = LocalDate.of(2020, 2, 3);

  /** A new, empty store location. */
  abstract StoreLocation freshLocation() throws Exception;

  private Store fresh() throws Exception {
    return Store.open(freshLocation());
  }

  @Test
  void storesAnArticleOnceBySameTextOrSameUrl() throws Exception {
    try (Store store = fresh()) {
      Article a = article("Shelling hit Saraqib.", "Wire", "https://example.org/a");
      assertFalse(store.ingest(a, List.of(shelling(a, 0, FEB_3, SARAQIB, 2)), "test").duplicate());
      assertTrue(store.ingest(a, List.of(shelling(a, 0, FEB_3, SARAQIB, 2)), "test").duplicate());
      Article sameUrl = article("Shelling hit Saraqib, updated.", "Wire", "https://example.org/a");
      assertTrue(store.knows(sameUrl));
      assertTrue(store.ingest(sameUrl, List.of(), "test").duplicate());
      assertEquals(new StoreCounts(1, 1, 1), store.counts());
    }
  }

  @Test
  void makesOneEventOfTwoReportsOfIt() throws Exception {
    try (Store store = fresh()) {
      Article a = article("Turkish shelling killed 7 near Saraqib.", "Wire");
      Article b = article("Five soldiers died in Saraqib under Turkish fire.", "Gazette");
      store.ingest(a, List.of(shelling(a, 0, FEB_3, NEAR_SARAQIB, 7)), "test");
      IngestResult second = store.ingest(b, List.of(shelling(b, 0, FEB_3.plusDays(1), SARAQIB, 5)), "test");
      assertEquals(new IngestResult(false, 1, 0, 1), second);
      String id = store.eventOfClaim(shelling(b, 0, FEB_3, SARAQIB, 5).id()).orElseThrow();
      assertEquals(store.eventOfClaim(shelling(a, 0, FEB_3, SARAQIB, 7).id()).orElseThrow(), id);
      StoredEvent event = store.event(id).orElseThrow();
      assertEquals(2, event.claims());
      assertEquals(5, event.fatalities(), "the lowest toll of the reports");
      assertEquals("Wire; Gazette", event.source());
      assertEquals(1, event.geoPrecision(), "the finer place wins");
      assertEquals(new StoreCounts(2, 2, 1), store.counts());
    }
  }

  @Test
  void keepsApartEventsFarApartInPlaceOrTime() throws Exception {
    try (Store store = fresh()) {
      Article a = article("Shelling in Saraqib.", "Wire");
      Article b = article("Shelling in Aleppo.", "Wire");
      Article c = article("Shelling in Saraqib again, weeks later.", "Wire");
      store.ingest(a, List.of(shelling(a, 0, FEB_3, SARAQIB, 1)), "test");
      assertEquals(1, store.ingest(b, List.of(shelling(b, 0, FEB_3, ALEPPO, 1)), "test").newEvents());
      assertEquals(1, store.ingest(c, List.of(shelling(c, 0, FEB_3.plusDays(20), SARAQIB, 1)), "test").newEvents());
      assertEquals(3, store.counts().events());
    }
  }

  @Test
  void keepsTheClaimsOfOneArticleAsSeparateEventsAndStoresNonEventClaims() throws Exception {
    try (Store store = fresh()) {
      Article a = article("Two shellings of Saraqib, and a warning.", "Wire");
      IngestResult r = store.ingest(a, List.of(
          shelling(a, 0, FEB_3, SARAQIB, 1), shelling(a, 1, FEB_3, SARAQIB, 2), statement(a, 2)), "test");
      assertEquals(new IngestResult(false, 3, 2, 0), r);
      assertTrue(store.eventOfClaim(statement(a, 2).id()).isEmpty());
      assertEquals(new StoreCounts(1, 3, 2), store.counts());
    }
  }

  @Test
  void attachesAReportToTheAcledEventItTellsOf() throws Exception {
    try (Store store = fresh()) {
      StoredEvent acled = acledEvent("SYR1", FEB_3, 35.87, 36.80, 9);
      assertEquals(1, store.importEvents(List.of(acled), n -> {}));
      assertEquals(0, store.importEvents(List.of(acled), n -> {}), "importing again adds nothing");
      Article a = article("Turkish shelling killed 4 in Saraqib.", "Wire");
      assertEquals(1, store.ingest(a, List.of(shelling(a, 0, FEB_3, SARAQIB, 4)), "test").joinedEvents());
      StoredEvent event = store.event("acled:SYR1").orElseThrow();
      assertEquals(9, event.fatalities(), "ACLED's coding stays");
      assertEquals(1, event.claims());
    }
  }

  @Test
  void joinsNeitherOfTwoEventsThatFitItEquallyWell() throws Exception {
    try (Store store = fresh()) {
      store.importEvents(List.of(acledEvent("SYR1", FEB_3, 35.87, 36.80, 9), acledEvent("SYR2", FEB_3, 35.87, 36.80, 9)), n -> {});
      Article a = article("Turkish shelling hit Saraqib.", "Wire");
      IngestResult r = store.ingest(a, List.of(shelling(a, 0, FEB_3, SARAQIB, 0)), "test");
      assertEquals(new IngestResult(false, 1, 1, 0), r);
    }
  }

  @Test
  void anEventIsAsSureAsItsSurestClaim() throws Exception {
    try (Store store = fresh()) {
      Article a = article("Syrian state media claimed Turkish shelling of Saraqib.", "Wire");
      Article b = article("Turkish artillery shelled Saraqib, our reporter saw.", "Gazette");
      store.ingest(a, List.of(shelling(a, 0, FEB_3, SARAQIB, 0, Modality.CLAIMED, List.of())), "test");
      String id = store.eventOfClaim(shelling(a, 0, FEB_3, SARAQIB, 0).id()).orElseThrow();
      assertEquals("claimed", store.event(id).orElseThrow().modality());
      store.ingest(b, List.of(shelling(b, 0, FEB_3, SARAQIB, 0)), "test");
      assertEquals("asserted", store.event(id).orElseThrow().modality());
      store.importEvents(List.of(acledEvent("SYR9", FEB_3.plusDays(9), 35.87, 36.80, 1)), n -> {});
      assertEquals(List.of("acled:SYR9"), store.page(
          new EventFilter(null, null, null, null, null, null, null, null, "asserted", null), 10, 0)
          .events().stream().map(StoredEvent::id).filter(e -> e.startsWith("acled")).toList());
      assertEquals(0, store.page(new EventFilter(null, null, null, null, null, null, null, null, "claimed", null), 10, 0).total());
    }
  }

  @Test
  void pagesNewestFirstWithTheTotalAndFiltersBySubTypeAndWords() throws Exception {
    try (Store store = fresh()) {
      List<StoredEvent> events = new ArrayList<>();
      for (int day = 1; day <= 5; day++) {
        events.add(acledEvent("SYR" + day, FEB_3.plusDays(day), 35.87, 36.80, day));
      }
      store.importEvents(events, n -> {});
      EventPage page = store.page(EventFilter.ALL, 2, 1);
      assertEquals(5, page.total());
      assertEquals(List.of("SYR4", "SYR3"), page.events().stream().map(StoredEvent::eventIdCnty).toList());
      assertEquals(5, store.page(new EventFilter(null, null, null, null, null, null, null,
          "SHELLING/artillery/missile attack", null, null), 10, 0).total());
      assertEquals(0, store.page(new EventFilter(null, null, null, null, null, null, null, "Air/drone strike", null, null), 10, 0).total());
      assertEquals(5, store.page(text("turkish saraqib"), 10, 0).total(), "all words, in notes or place");
      assertEquals(0, store.page(text("turkish aleppo"), 10, 0).total());
      assertEquals(0, store.page(text("%"), 10, 0).total(), "wildcards are taken literally");
    }
  }

  private static EventFilter text(String words) {
    return new EventFilter(null, null, null, null, null, null, null, null, null, words);
  }

  @Test
  void detailsAnEventsClaimsWithTheSentencesAroundThem() throws Exception {
    try (Store store = fresh()) {
      String text = "Fighting went on in Idlib. Turkish artillery shelled Saraqib at dawn. Five died. Talks resume today.";
      Article a = article(text, "Wire", "https://example.org/saraqib");
      int start = text.indexOf("Turkish");
      int end = text.indexOf(" Five");
      Evidence sentence = Evidence.of("sentence", text, start, end);
      Evidence location = Evidence.of("location", text, text.indexOf("Saraqib"), text.indexOf("Saraqib") + 7);
      store.ingest(a, List.of(shelling(a, 0, FEB_3, SARAQIB, 5, Modality.ASSERTED, List.of(sentence, location))), "test");
      String id = store.eventOfClaim(shelling(a, 0, FEB_3, SARAQIB, 5).id()).orElseThrow();
      EventDetail detail = store.detail(id).orElseThrow();
      assertEquals(id, detail.event().id());
      ClaimReport claim = detail.claims().get(0);
      assertEquals("https://example.org/saraqib", claim.url());
      assertEquals("Fighting went on in Idlib. Turkish artillery shelled Saraqib at dawn. Five died.", claim.context());
      assertEquals(0, claim.contextStart());
      assertEquals("publisher", claim.claim().get("speaker"));
      assertTrue(store.detail("no-such-event").isEmpty());
    }
  }

  @Test
  void givesTheSameEventIdsWhenTheSameInputIsReadAgain() throws Exception {
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (List<String> ids : List.of(first, second)) {
      try (Store store = fresh()) {
        Article a = article("Shelling in Saraqib.", "Wire");
        Article b = article("Shelling in Aleppo.", "Wire");
        store.ingest(a, List.of(shelling(a, 0, FEB_3, SARAQIB, 1)), "test");
        store.ingest(b, List.of(shelling(b, 0, FEB_3, ALEPPO, 1)), "test");
        store.events(EventFilter.ALL, e -> ids.add(e.id()));
      }
    }
    assertEquals(2, first.size());
    assertEquals(first, second);
  }

  @Test
  void exportsByDaysPlaceCountryTypeActorAndSource() throws Exception {
    try (Store store = fresh()) {
      store.importEvents(List.of(
          acledEvent("SYR1", FEB_3, 35.87, 36.80, 1),
          monthEvent("SYR2", LocalDate.of(2020, 3, 15)),
          acledEvent("SYR3", LocalDate.of(2020, 4, 1), 36.20, 37.16, 1)), n -> {});
      assertEquals(List.of("SYR1"), ids(store, new EventFilter(FEB_3, FEB_3, null, null, null, null, null)));
      assertEquals(List.of("SYR2"), ids(store, new EventFilter(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 2), null, null, null, null, null)),
          "an event known to the month overlaps each of its days");
      assertEquals(List.of("SYR3"), ids(store, new EventFilter(null, null, new double[] {37, 36, 38, 37}, null, null, null, null)));
      assertEquals(3, ids(store, new EventFilter(null, null, null, "syria", null, null, null)).size());
      assertEquals(0, ids(store, new EventFilter(null, null, null, "Yemen", null, null, null)).size());
      assertEquals(3, ids(store, new EventFilter(null, null, null, null, "shelling/artillery/missile attack", null, null)).size());
      assertEquals(3, ids(store, new EventFilter(null, null, null, null, null, "turkey", null)).size());
      assertEquals(1, ids(store, new EventFilter(null, null, null, null, null, null, "monthly")).size());
    }
  }

  /** Two reports of one shelling of Saraqib: the Wire's (7 dead, near it) first, then the Gazette's (5, in it). */
  private static final Article WIRE = article("Turkish shelling killed 7 near Saraqib.", "Wire");
  private static final Article GAZETTE = article("Five soldiers died in Saraqib under Turkish fire.", "Gazette");
  private static final Claim WIRE_CLAIM = shelling(WIRE, 0, FEB_3, NEAR_SARAQIB, 7);
  private static final Claim GAZETTE_CLAIM = shelling(GAZETTE, 0, FEB_3.plusDays(1), SARAQIB, 5);

  /** The event of the Wire's report, stored alone. */
  private static String wireEvent(Store store) {
    store.ingest(WIRE, List.of(WIRE_CLAIM), "test");
    return store.eventOfClaim(WIRE_CLAIM.id()).orElseThrow();
  }

  @Test
  void findsAStoredArticleByTextOrUrlAndTheEventsItReports() throws Exception {
    try (Store store = fresh()) {
      String id = wireEvent(store);
      Article web = article("Shelling in Aleppo.", "Web", "https://example.org/aleppo");
      store.ingest(web, List.of(shelling(web, 0, FEB_3, ALEPPO, 1), statement(web, 1)), "test");
      assertEquals(WIRE.id(), store.storedArticleId(article(WIRE.text(), "Other")).orElseThrow());
      assertEquals(web.id(), store.storedArticleId(article("Updated.", "Web", "https://example.org/aleppo")).orElseThrow());
      assertTrue(store.storedArticleId(article("Never read.", "Wire")).isEmpty());
      assertEquals(List.of(id), store.eventsOfArticle(WIRE.id()));
      assertEquals(1, store.eventsOfArticle(web.id()).size(), "a statement reports no event");
    }
  }

  @Test
  void confirmsAnEventLoggingWhoAndTheEventBeforeAndAfter() throws Exception {
    try (Store store = fresh()) {
      String id = wireEvent(store);
      StoredEvent confirmed = store.confirm(id, "ana");
      assertEquals(ReviewState.CONFIRMED, confirmed.reviewState());
      assertEquals(EventEdit.FIELDS, confirmed.reviewedFields(), "every field confirmed as it stands");
      assertEquals(confirmed, store.event(id).orElseThrow());
      List<AuditEntry> log = store.audit(id);
      assertEquals(1, log.size());
      AuditEntry entry = log.get(0);
      assertEquals("ana", entry.who());
      assertEquals(ReviewAction.CONFIRM, entry.action());
      assertEquals(id, entry.eventId());
      assertEquals("unreviewed", entry.before().get("sitrep_review_state"));
      assertEquals("confirmed", entry.after().get("sitrep_review_state"));
      assertTrue(entry.at().isAfter(Instant.now().minusSeconds(60)), entry.at().toString());
      assertThrows(NoSuchRecordException.class, () -> store.confirm("no-such-event", "ana"));

      store.ingest(GAZETTE, List.of(GAZETTE_CLAIM), "test");
      StoredEvent joined = store.event(id).orElseThrow();
      assertEquals(2, joined.claims());
      assertEquals(7, joined.fatalities(), "a confirmed toll stays");
      assertEquals(2, joined.geoPrecision(), "a confirmed place stays");
      assertEquals("Wire; Gazette", joined.source(), "sources are no analyst's judgement: they grow");
    }
  }

  @Test
  void rejectsAnEventThatLaterReportsOnlyCount() throws Exception {
    try (Store store = fresh()) {
      String id = wireEvent(store);
      StoredEvent rejected = store.reject(id, "ana");
      assertEquals(ReviewState.REJECTED, rejected.reviewState());
      assertEquals(ReviewAction.REJECT, store.audit(id).get(0).action());
      assertEquals(1, store.ingest(GAZETTE, List.of(GAZETTE_CLAIM), "test").joinedEvents());
      StoredEvent joined = store.event(id).orElseThrow();
      assertEquals(2, joined.claims());
      assertEquals(7, joined.fatalities());
      assertEquals("Wire", joined.source());
      assertEquals(ReviewState.REJECTED, joined.reviewState());
    }
  }

  @Test
  void editsFieldsThatALaterJoiningReportLeavesAlone() throws Exception {
    try (Store store = fresh()) {
      String id = wireEvent(store);
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("fatalities", 9);
      fields.put("notes", "  Checked with the hospital.  ");
      fields.put("actor2", null);
      StoredEvent edited = store.edit(id, fields, "ana");
      assertEquals(ReviewState.EDITED, edited.reviewState());
      assertEquals(List.of("actor2", "fatalities", "notes"), edited.reviewedFields());
      assertEquals(9, edited.fatalities());
      assertEquals("Checked with the hospital.", edited.notes());
      assertEquals(null, edited.actor2());
      assertEquals(7, ((Number) store.audit(id).get(0).before().get("fatalities")).intValue());
      assertEquals(9, ((Number) store.audit(id).get(0).after().get("fatalities")).intValue());

      store.ingest(GAZETTE, List.of(GAZETTE_CLAIM), "test");
      StoredEvent joined = store.event(id).orElseThrow();
      assertEquals(2, joined.claims());
      assertEquals(9, joined.fatalities(), "the edited toll, not the report's lower one");
      assertEquals("Checked with the hospital.", joined.notes());
      assertEquals(null, joined.actor2(), "the sides an analyst set");
      assertEquals(1, joined.geoPrecision(), "a place no one reviewed: the finer wins");
      assertEquals(ReviewState.EDITED, joined.reviewState());
    }
  }

  @Test
  void editsTheTypeDatePlaceAndDerivedColumns() throws Exception {
    try (Store store = fresh()) {
      String id = wireEvent(store);
      StoredEvent edited = store.edit(id, Map.of("sub_event_type", "air/drone strike", "event_date", "2020-03-30",
          "time_precision", 3, "latitude", 36.2, "longitude", 37.16, "location", "Aleppo"), "ana");
      assertEquals("Air/drone strike", edited.subEventType());
      assertEquals("Explosions/Remote violence", edited.eventType());
      assertEquals(List.of("event_date", "time_precision", "event_type", "sub_event_type", "location", "latitude",
          "longitude"), edited.reviewedFields());
      assertEquals(LocalDate.of(2020, 3, 1), edited.firstDay());
      EventFilter aleppoInMarch = new EventFilter(LocalDate.of(2020, 3, 2), null, new double[] {37, 36, 38, 37},
          null, null, null, null);
      assertEquals(List.of(id), store.page(aleppoInMarch, 10, 0).events().stream().map(StoredEvent::id).toList(),
          "its new days and grid cell find it");
    }
  }

  @Test
  void refusesBadEditsNamingTheFieldAndChangesNothing() throws Exception {
    try (Store store = fresh()) {
      String id = wireEvent(store);
      StoredEvent before = store.event(id).orElseThrow();
      assertRefused(store, id, Map.of("fatalities", -1), "fatalities");
      assertRefused(store, id, Map.of("fatalities", 2.5), "fatalities");
      assertRefused(store, id, Map.of("fatalities", "5"), "fatalities");
      assertRefused(store, id, Map.of("latitude", 95), "latitude");
      assertRefused(store, id, Map.of("time_precision", 4), "time_precision");
      assertRefused(store, id, Map.of("event_date", "yesterday"), "event_date");
      assertRefused(store, id, Map.of("event_type", "Battles"), "event_type");
      assertRefused(store, id, Map.of("sub_event_type", "Skirmish"), "sub_event_type");
      assertRefused(store, id, Map.of("colour", "red"), "colour");
      assertRefused(store, id, Map.of("actor1", 7), "actor1");
      assertRefused(store, id, Map.of("notes", "x".repeat(6_000)), "notes");
      Map<String, Object> half = new LinkedHashMap<>();
      half.put("latitude", null);
      assertRefused(store, id, half, "latitude and longitude");
      assertRefused(store, id, Map.of(), "nothing to edit");
      assertEquals(before, store.event(id).orElseThrow());
      assertTrue(store.audit(id).isEmpty());
    }
  }

  private static void assertRefused(Store store, String id, Map<String, Object> fields, String named) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> store.edit(id, fields, "ana"));
    assertTrue(e.getMessage().contains(named), e.getMessage());
  }

  @Test
  void mergesTwoEventsMovingTheClaimsAndLoggingBoth() throws Exception {
    try (Store store = fresh()) {
      Article aleppo = article("Shelling in Aleppo killed 3.", "Observer");
      Claim aleppoClaim = shelling(aleppo, 0, FEB_3, ALEPPO, 3);
      String id = wireEvent(store);
      store.ingest(aleppo, List.of(aleppoClaim), "test");
      String other = store.eventOfClaim(aleppoClaim.id()).orElseThrow();
      StoredEvent merged = store.merge(id, other, "ana");
      assertEquals(2, merged.claims());
      assertEquals(3, merged.fatalities(), "the lowest toll of all the claims");
      assertEquals("Wire; Observer", merged.source());
      assertEquals(id, store.eventOfClaim(aleppoClaim.id()).orElseThrow());
      assertTrue(store.event(other).isEmpty(), "the other event is deleted");
      assertEquals(new StoreCounts(2, 2, 1), store.counts());
      assertEquals(ReviewAction.MERGE, store.audit(id).get(0).action());
      AuditEntry gone = store.audit(other).get(0);
      assertEquals(ReviewAction.MERGE, gone.action());
      assertEquals(other, gone.before().get("sitrep_event_id"));
      assertEquals(id, gone.after().get("sitrep_event_id"), "the event it joined");
      assertEquals(2, store.detail(id).orElseThrow().claims().size());

      assertThrows(IllegalArgumentException.class, () -> store.merge(id, id, "ana"));
      assertThrows(NoSuchRecordException.class, () -> store.merge(id, other, "ana"));
      store.importEvents(List.of(acledEvent("SYR1", FEB_3.plusDays(9), 35.87, 36.80, 9)), n -> {});
      IllegalArgumentException acled = assertThrows(IllegalArgumentException.class,
          () -> store.merge(id, "acled:SYR1", "ana"));
      assertTrue(acled.getMessage().contains("ACLED"), acled.getMessage());
      StoredEvent intoAcled = store.merge("acled:SYR1", id, "ana");
      assertEquals(2, intoAcled.claims());
      assertEquals(9, intoAcled.fatalities(), "ACLED's coding stays");
    }
  }

  @Test
  void splitsAClaimOffIntoAnEventOfItsOwn() throws Exception {
    try (Store store = fresh()) {
      String id = wireEvent(store);
      store.ingest(GAZETTE, List.of(GAZETTE_CLAIM), "test");
      assertEquals(5, store.event(id).orElseThrow().fatalities());
      StoredEvent split = store.split(GAZETTE_CLAIM.id(), "ana");
      assertEquals(GAZETTE_CLAIM.id(), split.id());
      assertEquals(1, split.claims());
      assertEquals(5, split.fatalities());
      assertEquals("Gazette", split.source());
      assertEquals(ReviewState.UNREVIEWED, split.reviewState());
      assertEquals(split.id(), store.eventOfClaim(GAZETTE_CLAIM.id()).orElseThrow());
      StoredEvent left = store.event(id).orElseThrow();
      assertEquals(1, left.claims());
      assertEquals(7, left.fatalities(), "the toll of the claims left");
      assertEquals("Wire", left.source());
      assertEquals(2, left.geoPrecision());
      assertEquals(new StoreCounts(2, 2, 2), store.counts());
      AuditEntry made = store.audit(split.id()).get(0);
      assertEquals(ReviewAction.SPLIT, made.action());
      assertEquals(GAZETTE_CLAIM.id(), made.claimId());
      assertEquals(null, made.before());
      assertEquals(2, ((Number) store.audit(id).get(0).before().get("sitrep_claims")).intValue());

      IllegalArgumentException only = assertThrows(IllegalArgumentException.class,
          () -> store.split(WIRE_CLAIM.id(), "ana"));
      assertTrue(only.getMessage().contains("only claim"), only.getMessage());
      assertThrows(NoSuchRecordException.class, () -> store.split("no-such-claim", "ana"));
    }
  }

  @Test
  void splittingTheClaimAnEventIsNamedAfterGivesTheNewEventAnotherId() throws Exception {
    try (Store store = fresh()) {
      String id = wireEvent(store);
      assertEquals(WIRE_CLAIM.id(), id);
      store.ingest(GAZETTE, List.of(GAZETTE_CLAIM), "test");
      StoredEvent split = store.split(WIRE_CLAIM.id(), "ana");
      assertEquals(WIRE_CLAIM.id() + "-2", split.id());
      assertEquals(7, split.fatalities());
      assertEquals(id, store.eventOfClaim(GAZETTE_CLAIM.id()).orElseThrow());
      assertEquals(1, store.event(id).orElseThrow().claims());
      assertEquals(5, store.event(id).orElseThrow().fatalities());
      Article warning = article("They will attack Saraqib.", "Wire", "https://example.org/warning");
      store.ingest(warning, List.of(statement(warning, 0)), "test");
      assertThrows(IllegalArgumentException.class, () -> store.split(statement(warning, 0).id(), "ana"));
    }
  }

  @Test
  void keepsReviewsAndTheAuditLogWhenReopened() throws Exception {
    StoreLocation location = freshLocation();
    String id;
    String token;
    try (Store store = Store.open(location)) {
      id = wireEvent(store);
      store.edit(id, Map.of("fatalities", 9), "ana");
      store.reject(id, "ben");
      token = store.createToken("ana", EnumSet.of(Right.REVIEW));
    }
    try (Store store = Store.open(location)) {
      StoredEvent event = store.event(id).orElseThrow();
      assertEquals(ReviewState.REJECTED, event.reviewState());
      assertEquals(List.of("fatalities"), event.reviewedFields());
      assertEquals(9, event.fatalities());
      assertEquals(List.of("ben", "ana"), store.audit(id).stream().map(AuditEntry::who).toList(), "newest first");
      assertEquals(List.of(ReviewAction.REJECT, ReviewAction.EDIT),
          store.audit(id).stream().map(AuditEntry::action).toList());
      assertEquals("ana", store.token(token).orElseThrow().name());
    }
  }

  @Test
  void keepsTokensHashedAndFindsThemByTheTokenItself() throws Exception {
    StoreLocation location = freshLocation();
    try (Store store = Store.open(location)) {
      String token = store.createToken("ana", EnumSet.of(Right.REVIEW, Right.INGEST));
      String other = store.createToken("feed-bot", EnumSet.of(Right.INGEST));
      assertEquals(43, token.length(), "32 random bytes, base64url");
      assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
      Token found = store.token(token).orElseThrow();
      assertEquals("ana", found.name());
      assertEquals(Set.of(Right.REVIEW, Right.INGEST), found.rights());
      assertFalse(store.token(other).orElseThrow().allows(Right.REVIEW));
      assertTrue(store.token(token + "x").isEmpty());
      assertEquals(List.of("ana", "feed-bot"), store.tokens().stream().map(Token::name).toList());
      try (Connection c = DriverManager.getConnection(location.jdbcUrl());
          Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT name, hash, rights, created_at FROM tokens WHERE name = 'ana'")) {
        assertTrue(r.next());
        for (int column = 1; column <= 4; column++) {
          assertFalse(r.getString(column).contains(token), "the token is nowhere in the table");
        }
        assertEquals(Tokens.hash(token), r.getString("hash"));
        assertEquals(64, r.getString("hash").length());
        assertEquals("review;ingest", r.getString("rights"));
      }
      IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
          () -> store.createToken("ana", EnumSet.of(Right.REVIEW)));
      assertTrue(taken.getMessage().contains("'ana' exists"), taken.getMessage());
      assertThrows(IllegalArgumentException.class, () -> store.createToken("two words", EnumSet.noneOf(Right.class)));
      assertTrue(store.revokeToken("ana"));
      assertTrue(store.token(token).isEmpty());
      assertFalse(store.revokeToken("ana"));
    }
  }

  @Test
  void writesAndPagesWhileAnExportStreams() throws Exception {
    try (Store store = fresh()) {
      store.importEvents(List.of(acledEvent("SYR1", FEB_3, 35.87, 36.80, 1),
          acledEvent("SYR2", FEB_3.plusDays(1), 35.87, 36.80, 2)), n -> {});
      CountDownLatch streaming = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      ExecutorService threads = Executors.newFixedThreadPool(2);
      try {
        Future<List<StoredEvent>> export = threads.submit(() -> {
          List<StoredEvent> seen = new ArrayList<>();
          store.events(EventFilter.ALL, e -> {
            seen.add(e);
            streaming.countDown();
            await(release); // an export to a slow client: the first event sent, the rest waiting
          });
          return seen;
        });
        assertTrue(streaming.await(10, TimeUnit.SECONDS), "the export began");
        try {
          Future<StoredEvent> confirmed = threads.submit(() -> store.confirm("acled:SYR2", "ana"));
          assertEquals(ReviewState.CONFIRMED, confirmed.get(10, TimeUnit.SECONDS).reviewState(),
              "a review is written while the export streams");
          Article later = article("Shelling in Aleppo killed 3.", "Observer");
          Future<IngestResult> ingested = threads.submit(
              () -> store.ingest(later, List.of(shelling(later, 0, FEB_3.plusDays(30), ALEPPO, 3)), "test"));
          assertEquals(new IngestResult(false, 1, 1, 0), ingested.get(10, TimeUnit.SECONDS),
              "an article is stored while the export streams");
          Future<EventPage> page = threads.submit(() -> store.page(EventFilter.ALL, 10, 0));
          assertEquals(3, page.get(10, TimeUnit.SECONDS).total(), "a page is read, with the writes, while the export streams");
          Future<Optional<EventDetail>> detail = threads.submit(() -> store.detail("acled:SYR2"));
          assertEquals(ReviewState.CONFIRMED, detail.get(10, TimeUnit.SECONDS).orElseThrow().event().reviewState());
        } finally {
          release.countDown();
        }
        List<StoredEvent> exported = export.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("SYR1", "SYR2"), exported.stream().map(StoredEvent::eventIdCnty).toList(),
            "the export reads the store as it was when it began");
        assertEquals(ReviewState.UNREVIEWED, exported.get(1).reviewState());
      } finally {
        threads.shutdownNow();
      }
      assertEquals(3, ids(store, EventFilter.ALL).size(), "the next export sees the writes");
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void refusesReadsAndWritesOnceClosed() throws Exception {
    Store store = fresh();
    store.close();
    store.close();
    assertThrows(StoreException.class, () -> store.page(EventFilter.ALL, 10, 0));
    assertThrows(StoreException.class, () -> store.events(EventFilter.ALL, e -> {}));
    assertThrows(StoreException.class, () -> store.confirm("no-such-event", "ana"));
  }

  @Test
  void refusesAnUnusableLocationWithAClearMessage() {
    StoreException e = assertThrows(StoreException.class,
        () -> Store.open(StoreLocation.parse("jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2")));
    assertTrue(e.getMessage().startsWith("cannot prepare the store jdbc:postgresql://127.0.0.1:1/nothing"), e.getMessage());
  }

  private static List<String> ids(Store store, EventFilter filter) {
    List<String> ids = new ArrayList<>();
    store.events(filter, e -> ids.add(e.eventIdCnty()));
    return ids;
  }

  static StoredEvent acledEvent(String id, LocalDate day, double lat, double lon, int fatalities) {
    return new StoredEvent("acled:" + id, id, StoredEvent.ACLED, day, 1, "Explosions/Remote violence",
        "Shelling/artillery/missile attack", "Military Forces of Turkey (2016-)", null, 8,
        "Military Forces of Syria (2000-)", null, 1, 18, "Syria", "Idleb", "Idleb", null, "Saraqib",
        lat, lon, 1, "SOHR", "Turkish forces shelled Saraqib.", fatalities, 0, "asserted", ReviewState.UNREVIEWED, List.of());
  }

  private static StoredEvent monthEvent(String id, LocalDate day) {
    return new StoredEvent("acled:" + id, id, StoredEvent.ACLED, day, 3, "Explosions/Remote violence",
        "Shelling/artillery/missile attack", "Military Forces of Turkey (2016-)", null, 8, null, null, null,
        80, "Syria", "Idleb", null, null, "Idleb", 35.93, 36.63, 3, "Monthly digest", "Shelling in March.", 0, 0, "asserted", ReviewState.UNREVIEWED, List.of());
  }
}
