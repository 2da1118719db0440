package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameFoldingTest {

  @Test
  void dropsDiacriticsAndAyn() {
    assertEquals("maarrat al numan", NameFolding.fold("Maʿarrat al-Nuʿmān"));
  }

  @Test
  void dropsApostrophesOfEveryKind() {
    assertEquals("maarrat an numan", NameFolding.fold("Ma'arrat an-Nu'man"));
    assertEquals("maarrat an numan", NameFolding.fold("Ma`arrat an Nu`man"));
    assertEquals("maarrat an numan", NameFolding.fold("Ma‘arrat an Nu’mān"));
    assertEquals("maarrat an numan", NameFolding.fold("Maʾarrat an Nuʼman"));
  }

  @Test
  void turnsHyphensAndPunctuationIntoOneSpace() {
    assertEquals("nay rab", NameFolding.fold("Nay-rab"));
    assertEquals("deir ez zor", NameFolding.fold("  Deir ez-Zor, "));
    assertEquals("saint barthelemy", NameFolding.fold("Saint--Barthélemy"));
  }

  @Test
  void lowerCasesAndFoldsDottedCapitalI() {
    assertEquals("idlib", NameFolding.fold("İdlib"));
    assertEquals("idlib", NameFolding.fold("IDLIB"));
  }

  @Test
  void foldsLettersThatDecompositionLeavesWhole() {
    assertEquals("lodz", NameFolding.fold("Łódź"));
    assertEquals("strasse", NameFolding.fold("Straße"));
  }

  @Test
  void keepsOtherScriptsAndDigitsButDropsTheirMarks() {
    assertEquals("ادلب", NameFolding.fold("إدلب"));
    assertEquals("km 42", NameFolding.fold("KM-42"));
  }

  @Test
  void foldsNothingToEmpty() {
    assertEquals("", NameFolding.fold(" -'- "));
  }
}
