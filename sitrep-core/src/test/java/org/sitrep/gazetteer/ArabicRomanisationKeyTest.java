package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ArabicRomanisationKeyTest {

  @Test
  void maaratAlNumanVariantsShareOneKey() {
    assertEquals("maratnaman", ArabicRomanisationKey.of("Maarat al-Numan"));
    assertEquals("maratnaman", ArabicRomanisationKey.of("Ma'arrat an-Nu'man"));
    assertEquals("maratnaman", ArabicRomanisationKey.of("Maaret al-Noman"));
    assertEquals("maratnaman", ArabicRomanisationKey.of("Maarat al-Nu'man"));
    assertEquals("maratnaman", ArabicRomanisationKey.of("Maʿarrat al-Nuʿmān"));
    assertEquals("maratnaman", ArabicRomanisationKey.of("Ma`arret en Nu`man"));
  }

  @Test
  void nayrabVariantsShareOneKey() {
    assertEquals("nayrab", ArabicRomanisationKey.of("Nayrab"));
    assertEquals("nayrab", ArabicRomanisationKey.of("Neirab"));
    assertEquals("nayrab", ArabicRomanisationKey.of("Nay-rab"));
    assertEquals("nayrab", ArabicRomanisationKey.of("al-Nayrab"));
    assertEquals("nayrab", ArabicRomanisationKey.of("Nairab"));
  }

  @Test
  void tarnabaAndTorNabaShareOneKey() {
    assertEquals(ArabicRomanisationKey.of("Tarnaba"), ArabicRomanisationKey.of("Tor-naba"));
  }

  @Test
  void sarminAndSaraminAreOneEditApart() {
    String sarmin = ArabicRomanisationKey.of("Sarmin");
    String saramin = ArabicRomanisationKey.of("Saramin");
    assertNotEquals(sarmin, saramin);
    assertEquals(1, Levenshtein.distance(sarmin, saramin));
    assertEquals(sarmin, ArabicRomanisationKey.of("Sermin"));
  }

  @Test
  void dropsArticlesAtTheStartAndInside() {
    assertEquals(ArabicRomanisationKey.of("Zor"), ArabicRomanisationKey.of("ez-Zor"));
    assertEquals(ArabicRomanisationKey.of("Deir Zor"), ArabicRomanisationKey.of("Deir ez-Zor"));
    assertEquals(ArabicRomanisationKey.of("Sham"), ArabicRomanisationKey.of("Ash-Sham"));
    assertEquals(
        ArabicRomanisationKey.of("Abd Aziz"), ArabicRomanisationKey.of("Abd ul Aziz"));
  }

  @Test
  void keepsALoneArticleWord() {
    assertEquals("al", ArabicRomanisationKey.of("Al"));
  }

  @Test
  void mergesQAndKAndSpellingsOfDiphthongsAndLongVowels() {
    assertEquals(ArabicRomanisationKey.of("Saraqib"), ArabicRomanisationKey.of("Sarakeb"));
    assertEquals(ArabicRomanisationKey.of("Deir"), ArabicRomanisationKey.of("Dayr"));
    assertEquals(ArabicRomanisationKey.of("Khan Sheikhoun"), ArabicRomanisationKey.of("Khan Shaykhun"));
    assertEquals(ArabicRomanisationKey.of("Kismaayo"), ArabicRomanisationKey.of("Kismayo"));
  }

  @Test
  void dropsAWordFinalHAfterAVowel() {
    assertEquals(ArabicRomanisationKey.of("Raqqa"), ArabicRomanisationKey.of("Ar-Raqqah"));
    assertEquals("shaykh", ArabicRomanisationKey.of("Sheikh"));
  }

  @Test
  void keepsTheDigraphsKhGhSh() {
    assertNotEquals(ArabicRomanisationKey.of("Khan"), ArabicRomanisationKey.of("Kan"));
    assertNotEquals(ArabicRomanisationKey.of("Shams"), ArabicRomanisationKey.of("Sams"));
    assertNotEquals(ArabicRomanisationKey.of("Ghazal"), ArabicRomanisationKey.of("Gazal"));
  }

  @Test
  void hasNoKeyForOtherScripts() {
    assertEquals("", ArabicRomanisationKey.of("إدلب"));
    assertEquals("", ArabicRomanisationKey.of("--"));
  }
}
