package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class NameFolderTest {

  @Test
  void dropsAccentsAndCase() {
    assertEquals("cuauhtemoc", NameFolder.fold("Cuauhtémoc"));
    assertEquals("saraqib", NameFolder.fold("SARĀQIB"));
  }

  @Test
  void dropsApostrophesAndTurnsHyphensIntoSpaces() {
    assertEquals("maarrat an numan", NameFolder.fold("Ma'arrat an-Nu‘mān"));
    assertEquals("deir ez zor", NameFolder.fold("Deir ez-Zor"));
    assertEquals("cote divoire", NameFolder.fold("Côte d’Ivoire"));
  }

  @Test
  void collapsesSpacesAndPunctuation() {
    assertEquals("st petersburg", NameFolder.fold("  St.   Petersburg, "));
  }

  @Test
  void foldsLettersThatDecompositionKeepsWhole() {
    assertEquals("luhansk", NameFolder.fold("Łuhańsk"));
    assertEquals("strasse", NameFolder.fold("Straße"));
  }

  @Test
  void foldsNothingToEmpty() {
    assertEquals("", NameFolder.fold(" - '"));
  }

  @Test
  void stripsALeadingArabicArticle() {
    assertEquals("hasakah", NameFolder.stripArticle("al hasakah"));
    assertEquals("raqqah", NameFolder.stripArticle("ar raqqah"));
    assertEquals("fasher", NameFolder.stripArticle("el fasher"));
  }

  @Test
  void keepsANameWithoutArticle() {
    String name = "aleppo";
    assertSame(name, NameFolder.stripArticle(name));
    assertEquals("al", NameFolder.stripArticle("al"));
  }

  @Test
  void stripsAGenericUnitWord() {
    assertEquals("idlib", NameFolder.stripUnitWord("idlib province"));
    assertEquals("cuauhtemoc", NameFolder.stripUnitWord("cuauhtemoc municipality"));
    assertEquals("idlib", NameFolder.stripUnitWord("governorate of idlib"));
    assertEquals("aleppo", NameFolder.stripUnitWord("aleppo"));
  }
}
