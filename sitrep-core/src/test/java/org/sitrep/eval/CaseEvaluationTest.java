package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.SubEventType;

class CaseEvaluationTest {

  static CaseReader.Rows readFixture() throws Exception {
    try (Reader in =
        new InputStreamReader(
            CaseEvaluationTest.class.getResourceAsStream("case-small.tsv"),
            StandardCharsets.UTF_8)) {
      return CaseReader.read(in, "case-small.tsv");
    }
  }

  @Test
  void mapsCaseLabelsToSubEventTypesAndNoEvent() {
    assertEquals("Air/drone strike", CaseLabels.ofCode("AIR_STRIKE").orElseThrow());
    assertEquals(
        "Looting/property destruction", CaseLabels.ofCode("PROPERTY_DISTRUCT").orElseThrow());
    assertEquals(CaseLabels.NO_EVENT, CaseLabels.ofCode("ATTRIB").orElseThrow());
    assertEquals(CaseLabels.NO_EVENT, CaseLabels.ofCode(" diplo ").orElseThrow());
    assertEquals(26, CaseLabels.classes().size());
    for (SubEventType type : SubEventType.values()) {
      assertEquals(1, CaseLabels.classes().stream().filter(type.label()::equals).count());
    }
  }

  @Test
  void readsByHeaderNameKeepsQuotesAndReportsUnknownLabels() throws Exception {
    CaseReader.Rows read = readFixture();
    assertEquals(4, read.rows().size());
    assertEquals(
        new CaseRow(
            "1",
            "Hundreds of nurses marched peacefully through Lindow demanding \"fair pay\".",
            "Peaceful protest"),
        read.rows().get(0));
    assertEquals(CaseLabels.NO_EVENT, read.rows().get(2).gold());
    assertEquals(
        List.of("case-small.tsv: data row 5, column SubType: unknown label 'FLOOD'"),
        read.problems());
    assertNull(read.rows().get(0).article("t").published());
  }

  @Test
  void failsWithoutTheSnippetColumn() {
    EvalInputException e =
        assertThrows(
            EvalInputException.class,
            () -> CaseReader.read(new StringReader("id\tText\tSubType\n1\tx\tOTHER\n"), "c.tsv"));
    assertEquals(
        "c.tsv: missing column EventSnippet; the header has id, text, subtype", e.getMessage());
  }

  @Test
  void predictsTheFirstEventClaimsTypeOrNoEvent() throws Exception {
    List<CaseRow> rows = readFixture().rows();
    Extractor extractor =
        article -> {
          String t = article.text();
          if (t.contains("marched")) {
            return List.of(
                TestClaims.nonEvent(),
                TestClaims.event(SubEventType.PEACEFUL_PROTEST, null, null, null, 0, null, null),
                TestClaims.event(SubEventType.ARMED_CLASH, null, null, null, 0, null, null));
          }
          if (t.contains("clashed") || t.contains("Jets")) {
            return List.of(
                TestClaims.event(SubEventType.ARMED_CLASH, null, null, null, 0, null, null));
          }
          return List.of();
        };
    CaseResult result = CaseEvaluation.evaluate(rows, extractor, "t", Progress.NONE);
    // protest right, clash right, diplo -> NO_EVENT right, air strike predicted as clash.
    assertEquals(4, result.rows());
    assertEquals(0.75, result.confusion().accuracy(), 1e-9);
    // F1: protest 1, no event 1, clash 2/3, air strike 0 -> (1 + 1 + 2/3 + 0) / 4
    assertEquals((2 + 2.0 / 3) / 4, result.confusion().macroF1(), 1e-9);
    assertEquals(
        List.of(
            new CaseResult.Miss(
                "4", "Air/drone strike", "Armed clash", "Jets bombed a depot outside Tamsk.")),
        result.misses());
    assertEquals(
        List.of("rows", "accuracy", "macro_f1", "rows_per_s"),
        List.copyOf(result.toMap().keySet()));
  }
}
