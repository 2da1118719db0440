package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.input.ArticleReader;
import org.sitrep.model.Actor;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Evidence;
import org.sitrep.model.Modality;
import org.sitrep.model.SubEventType;
import org.sitrep.text.Words;

/**
 * The article Sitrep was founded on ({@code examples/000_d798bd0d972f16b5.txt}, read with {@code
 * --date 2020-02-06}) yields the claims a careful analyst finds in it (docs: SEED.md), and none of
 * the claims it must not yield.
 */
class FoundingArticleTest {

  private static final String SYRIA = "Military Forces of Syria (2000-)";
  private static final String TURKEY = "Military Forces of Turkey (2016-)";
  private static final String RUSSIA = "Military Forces of Russia (2000-)";
  private static final LocalDate FEB_3 = LocalDate.of(2020, 2, 3);

  private static Article article;
  private static List<Claim> claims;

  @BeforeAll
  static void read() throws Exception {
    Path file = Path.of("..", "examples", "000_d798bd0d972f16b5.txt");
    article = new ArticleReader().read(file).articles().get(0).withPublished(LocalDate.of(2020, 2, 6));
    claims = TestPipeline.PIPELINE.read(article).claims();
  }

  @Test
  void takesItsDateFromTheFirstLine() throws Exception {
    Article asRead = new ArticleReader().read(Path.of("..", "examples", "000_d798bd0d972f16b5.txt")).articles().get(0);
    assertEquals(LocalDate.of(2020, 2, 6), asRead.published());
  }

  @Test
  void findsTheOffensiveInEachVillageOfFebruary3() {
    for (String village : List.of("nay rab", "tor naba")) {
      Claim claim = only(c -> c.isEvent() && folded(c.place().location()).equals(village));
      assertTrue(Set.of(SubEventType.GOVERNMENT_REGAINS_TERRITORY, SubEventType.ARMED_CLASH).contains(claim.subEventType()));
      assertEquals(SYRIA, name(claim.actor1()));
      assertEquals(FEB_3, claim.eventDate());
      assertEquals(1, claim.timePrecision());
      assertEquals(0, claim.fatalities());
      assertEquals(Modality.ASSERTED, claim.modality());
      assertEquals(Claim.PUBLISHER, claim.speaker());
    }
  }

  @Test
  void findsTheAttackOnTurkishTroopsNearSaraqib() {
    Claim claim = only(c -> c.isEvent() && SYRIA.equals(name(c.actor1())) && TURKEY.equals(name(c.actor2())));
    assertTrue(Set.of(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubEventType.ARMED_CLASH).contains(claim.subEventType()));
    assertEquals("Saraqib", claim.place().location());
    assertEquals(FEB_3, claim.eventDate());
    assertEquals(Modality.ASSERTED, claim.modality());
    assertEquals(8, claim.inter2(), "Turkish troops in Syria are external forces");
  }

  @Test
  void keepsTheTurkishStrikesAndTheirClaimedTollApart() {
    Claim claim = only(c -> c.isEvent() && TURKEY.equals(name(c.actor1())) && SYRIA.equals(name(c.actor2())));
    assertTrue(Set.of(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, SubEventType.AIR_DRONE_STRIKE).contains(claim.subEventType()));
    assertEquals(Modality.REPORTED, claim.modality());
    assertEquals("reportedly", claim.cue());
    assertNotNull(claim.claimedFatalities());
    assertEquals(76, claim.claimedFatalities().count());
    assertEquals("Turkish Armed Forces", claim.claimedFatalities().speaker());
    assertTrue(claim.fatalities() <= 76);
    assertEquals(FEB_3, claim.eventDate());
  }

  @Test
  void attributesTheAttackOnSaraqibToProAssadSources() {
    Claim claim = only(c -> c.isEvent() && c.modality() == Modality.CLAIMED);
    assertEquals(SubEventType.ARMED_CLASH, claim.subEventType());
    assertEquals(SYRIA, name(claim.actor1()));
    assertEquals("Saraqib", claim.place().location());
    assertEquals("According to", claim.cue());
    assertTrue(claim.speaker().toLowerCase().contains("pro-government sources"), claim.speaker());
    assertTrue(claim.evidence().stream().anyMatch(e -> e.field().equals("speaker") && e.text().equals("some pro-Assad sources")));
  }

  @Test
  void findsTheFightingInSouthwesternAleppoAroundTheArticlesDate() {
    Claim claim = only(c -> c.isEvent() && "Aleppo".equals(c.place().location()));
    assertEquals(SubEventType.ARMED_CLASH, claim.subEventType());
    assertTrue(SYRIA.equals(name(claim.actor1())) || SYRIA.equals(name(claim.actor2())));
    assertEquals(LocalDate.of(2020, 2, 6), claim.eventDate());
    assertEquals(2, claim.timePrecision());
  }

  @Test
  void findsTheBombingCampaignBySyriaWithRussia() {
    Claim claim = only(c -> c.subEventType() == SubEventType.AIR_DRONE_STRIKE);
    assertEquals(SYRIA, name(claim.actor1()));
    assertEquals(List.of(RUSSIA), claim.assocActor1().stream().map(Actor::name).toList());
    assertEquals("Greater Idlib", claim.place().location());
  }

  @Test
  void findsTurkishPositionsNearSaraqib() {
    Claim claim = only(c -> c.subEventType() == SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
    assertEquals(TURKEY, name(claim.actor1()));
    assertEquals("Saraqib", claim.place().location());
    assertEquals(Modality.ASSERTED, claim.modality());
  }

  @Test
  void keepsTheAllegedChemicalProvocationAsAClaimOfTheRussianMinistry() {
    Claim claim = only(c -> !c.isEvent() && "Russian Ministry of Defence".equals(c.speaker()));
    assertTrue(Set.of(Modality.ALLEGED, Modality.PLANNED).contains(claim.modality()));
    assertEquals("Maaret al-Artik", claim.place().location());
    assertEquals(LocalDate.of(2020, 2, 4), claim.eventDate());
    assertEquals("White Helmets", name(claim.actor1()));
  }

  @Test
  void keepsTheDisplacementAsAClaimOfTurkishStateMedia() {
    Claim claim = only(c -> !c.isEvent() && "Turkish state media".equals(c.speaker()));
    assertEquals(Modality.REPORTED, claim.modality());
    assertTrue(claim.notes().contains("displaced"));
  }

  @Test
  void capturesNoTownThatTheRegimeOnlySeeksToCapture() {
    for (Claim c : claims) {
      String place = folded(c.place().location());
      assertFalse(c.isEvent() && (place.contains("saramin") || place.contains("sarmin")), c::toString);
    }
  }

  @Test
  void reportsNoChemicalAttack() {
    assertTrue(claims.stream().noneMatch(c -> c.subEventType() == SubEventType.CHEMICAL_WEAPON));
  }

  @Test
  void neverTakesTheArmedGroupsForCiviliansOrCharities() {
    for (Claim c : claims) {
      for (Actor actor : actors(c)) {
        String name = actor.name().toLowerCase();
        assertFalse(name.contains("humanitarian") || name.contains("organization") || name.contains("democracy"), name);
        if (name.contains("tahrir") || name.contains("turkistan") || name.contains("hurras")) {
          assertEquals(2, actor.inter(), name);
        }
      }
    }
  }

  @Test
  void makesNothingOfThePhotoCredit() {
    int creditEnd = article.text().indexOf('\n');
    for (Claim c : claims) {
      for (Evidence e : c.evidence()) {
        assertTrue(e.start() > creditEnd, "evidence from the credit line: " + e);
      }
      String all = String.join(" ", c.speaker(), String.valueOf(c.place().location()), actors(c).toString()).toUpperCase();
      assertFalse(all.contains("SPUTNIK") || all.contains("AFP") || all.contains("KLIMENTYEV"), all);
    }
  }

  @Test
  void pointsEveryEvidenceSpanAtTheWordsItQuotes() {
    for (Claim c : claims) {
      for (Evidence e : c.evidence()) {
        assertEquals(article.text().substring(e.start(), e.end()), e.text());
      }
    }
  }

  @Test
  void givesTheSameIdsToTheSameInput() {
    List<String> again = TestPipeline.PIPELINE.read(article).claims().stream().map(Claim::id).toList();
    assertEquals(claims.stream().map(Claim::id).toList(), again);
    assertEquals(claims.size(), Set.copyOf(again).size(), "ids are unique");
    assertTrue(claims.stream().allMatch(c -> c.pipelineVersion().equals(TestPipeline.PIPELINE.version())));
  }

  private static Claim only(Predicate<Claim> which) {
    List<Claim> found = claims.stream().filter(which).toList();
    assertEquals(1, found.size(), () -> "expected one claim, found " + found + " among " + claims);
    return found.get(0);
  }

  private static List<Actor> actors(Claim c) {
    List<Actor> all = new java.util.ArrayList<>();
    if (c.actor1() != null) {
      all.add(c.actor1());
    }
    if (c.actor2() != null) {
      all.add(c.actor2());
    }
    all.addAll(c.assocActor1());
    all.addAll(c.assocActor2());
    return all;
  }

  private static String name(Actor actor) {
    return actor == null ? null : actor.name();
  }

  private static String folded(String name) {
    return name == null ? "" : String.join(" ", Words.split(name));
  }
}
