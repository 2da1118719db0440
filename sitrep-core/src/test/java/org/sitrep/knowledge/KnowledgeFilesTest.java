package org.sitrep.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeFilesTest {

  private static List<TsvRow> parse(String text) throws IOException {
    return KnowledgeFiles.parse("f.tsv", new StringReader(text));
  }

  @Test
  void skipsCommentsAndBlankLinesAndKeepsLineNumbers() throws IOException {
    List<TsvRow> rows = parse("# about\nname\tinter\n\n# a note\nHTS\t2\n");
    assertEquals(List.of(new TsvRow("f.tsv", 5, Map.of("name", "HTS", "inter", "2"))), rows);
  }

  @Test
  void fillsMissingTrailingCellsWithEmptyStrings() throws IOException {
    assertEquals(Map.of("name", "HTS", "inter", "", "aliases", ""), parse("name\tinter\taliases\nHTS\n").get(0).cells());
  }

  @Test
  void stripsHeaderNames() throws IOException {
    assertEquals("2", parse(" name \t inter \nHTS\t2\n").get(0).get("inter"));
  }

  @Test
  void keepsColumnsInHeaderOrder() throws IOException {
    assertEquals(List.of("b", "a", "c"), List.copyOf(parse("b\ta\tc\n1\t2\t3\n").get(0).cells().keySet()));
  }

  @Test
  void rejectsTooManyCellsNamingFileAndLine() {
    KnowledgeException e = assertThrows(KnowledgeException.class, () -> parse("# c\nname\tinter\nHTS\t2\textra\n"));
    assertEquals("f.tsv:3: 3 cells, header has 2", e.getMessage());
  }

  @Test
  void rejectsAFileWithoutHeader() {
    KnowledgeException e = assertThrows(KnowledgeException.class, () -> parse("# only comments\n\n"));
    assertEquals("f.tsv: no header line", e.getMessage());
  }

  @Test
  void aHeaderAloneGivesNoRows() throws IOException {
    assertEquals(List.of(), parse("name\tinter\n"));
  }

  @Test
  void readsTheBuiltInFiles() {
    List<TsvRow> rows = KnowledgeFiles.builtIn().rows("countries.tsv");
    assertEquals("Syria", rows.stream().filter(r -> r.get("iso3").equals("SYR")).findFirst().orElseThrow().get("name"));
  }

  @Test
  void namesAMissingBuiltInFile() {
    KnowledgeException e = assertThrows(KnowledgeException.class, () -> KnowledgeFiles.builtIn().rows("nope.tsv"));
    assertEquals("built-in knowledge file missing: nope.tsv", e.getMessage());
  }
}
