package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class FieldKeysTest {

  @Test
  void foldsAccentsCasePunctuationAndLeadingArticle() {
    assertEquals(FieldKeys.location("Ma'arrat al-Nu'man"), FieldKeys.location("Maarrat al Numan"));
    assertEquals("maarratalnuman", FieldKeys.location("Ma'arrat al-Nu'man"));
    assertEquals(FieldKeys.location("al-Bab"), FieldKeys.location("Bab"));
    assertEquals(FieldKeys.location("El Fasher"), FieldKeys.location("Fasher"));
    assertEquals(FieldKeys.location("Ad-Dali"), FieldKeys.location("Dali"));
    assertEquals("sao paulo".replace(" ", ""), FieldKeys.location("São Paulo"));
    assertEquals(FieldKeys.location("Maʿarrat"), FieldKeys.location("Maarrat"));
  }

  @Test
  void keepsArticleLettersThatBeginAWord() {
    assertEquals("alba", FieldKeys.location("Alba"));
    assertEquals("ashdod", FieldKeys.location("Ashdod"));
    assertNotEquals(FieldKeys.location("Nayrab"), FieldKeys.location("Neirab"));
  }

  @Test
  void actorBaseDropsYearsAndUnit() {
    assertEquals(
        "Military Forces of Brazil",
        FieldKeys.actorBase("Military Forces of Brazil (2019-) Military Police"));
    assertEquals(
        "Police Forces of Kenya", FieldKeys.actorBase("Police Forces of Kenya (2013-2022)"));
    assertEquals("Protesters (Kenya)", FieldKeys.actorBase(" Protesters (Kenya) "));
    assertEquals("Al Shabaab", FieldKeys.actorBase("Al Shabaab"));
    assertEquals("", FieldKeys.actorBase(null));
  }
}
