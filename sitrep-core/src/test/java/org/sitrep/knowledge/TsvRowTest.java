package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TsvRowTest {

  private static final TsvRow ROW = new TsvRow("actors.tsv", 7,
      Map.of("name", "  HTS ", "inter", "2", "bad", "two", "aliases", " hts| HTS || tahrir al-sham |", "empty", "  "));

  @Test
  void getStripsTheCell() {
    assertEquals("HTS", ROW.get("name"));
    assertEquals("", ROW.get("empty"));
  }

  @Test
  void getNamesAnUnknownColumn() {
    assertEquals("actors.tsv: no column 'nope'", assertThrows(KnowledgeException.class, () -> ROW.get("nope")).getMessage());
  }

  @Test
  void requiredRejectsABlankCell() {
    assertEquals("HTS", ROW.required("name"));
    assertEquals("actors.tsv:7: empty empty",
        assertThrows(KnowledgeException.class, () -> ROW.required("empty")).getMessage());
  }

  @Test
  void listSplitsOnBarsWithoutBlanks() {
    assertEquals(List.of("hts", "HTS", "tahrir al-sham"), ROW.list("aliases"));
    assertEquals(List.of(), ROW.list("empty"));
  }

  @Test
  void integerReadsAWholeNumber() {
    assertEquals(2, ROW.integer("inter"));
  }

  @Test
  void integerNamesTheRowAndTheBadValue() {
    assertEquals("actors.tsv:7: bad is not a whole number: 'two'",
        assertThrows(KnowledgeException.class, () -> ROW.integer("bad")).getMessage());
  }

  @Test
  void errorNamesFileAndLine() {
    assertEquals("actors.tsv:7: odd", ROW.error("odd").getMessage());
  }
}
