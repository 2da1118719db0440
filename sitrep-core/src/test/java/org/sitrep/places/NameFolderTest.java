package org.sitrep.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.sitrep.gazetteer.NameFolding;

class NameFolderTest {

  @Test
  void dropsAccentsAndCase() {
    assertEquals("cuauhtemoc", NameFolding.fold("Cuauhtémoc"));
    assertEquals("saraqib", NameFolding.fold("SARĀQIB"));
  }

  @Test
  void dropsApostrophesAndTurnsHyphensIntoSpaces() {
    assertEquals("maarrat an numan", NameFolding.fold("Ma'arrat an-Nu‘mān"));
    assertEquals("deir ez zor", NameFolding.fold("Deir ez-Zor"));
    assertEquals("cote divoire", NameFolding.fold("Côte d’Ivoire"));
  }

  @Test
  void collapsesSpacesAndPunctuation() {
    assertEquals("st petersburg", NameFolding.fold("  St.   Petersburg, "));
  }

  @Test
  void foldsLettersThatDecompositionKeepsWhole() {
    assertEquals("luhansk", NameFolding.fold("Łuhańsk"));
    assertEquals("strasse", NameFolding.fold("Straße"));
  }

  @Test
  void foldsNothingToEmpty() {
    assertEquals("", NameFolding.fold(" - '"));
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
