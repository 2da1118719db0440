package org.sitrep.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void foldsCaseAccentsAndApostrophes() {
    assertEquals("maarrat", Words.fold("Ma'arrat"));
    assertEquals("maarrat", Words.fold("Ma’arrat"));
    assertEquals("hama", Words.fold("Ḥamā"));
    assertEquals("cuauhtemoc", Words.fold("Cuauhtémoc"));
    assertEquals("daesh", Words.fold("Da`esh"));
  }

  @Test
  void foldKeepsHyphens() {
    assertEquals("al-sham", Words.fold("al-Sham"));
  }

  @Test
  void splitsOnSpacesHyphensDashesAndSlashes() {
    assertEquals(List.of("hayat", "tahrir", "al", "sham"), Words.split("Hayat Tahrir al-Sham"));
    assertEquals(List.of("ypg", "pkk"), Words.split("YPG/PKK"));
    assertEquals(List.of("deir", "ez", "zor"), Words.split("  Deir   ez–Zor "));
  }

  @Test
  void splitDropsWordsThatFoldToNothing() {
    assertEquals(List.of("people", "s"), Words.split("people 's"));
    assertEquals(List.of(), Words.split(" ' - "));
    assertEquals(List.of(), Words.split(""));
  }
}
