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

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
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
