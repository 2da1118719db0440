package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcledReaderTest {

  static AcledReader.Rows readFixture() throws IOException, EvalInputException {
    try (Reader in =
        new InputStreamReader(
            AcledReaderTest.class.getResourceAsStream("acled-small.csv"), StandardCharsets.UTF_8)) {
      return AcledReader.read(in, "acled-small.csv");
    }
  }

  @Test
  void readsColumnsByNameWhateverTheirOrderAndExtraColumns() throws Exception {
    AcledReader.Rows read = readFixture();
    assertEquals(3, read.rows().size());
    AcledRow clash = read.rows().get(1);
    assertEquals(2, clash.row());
    assertEquals("Armed clash", clash.gold(AcledField.SUB_EVENT_TYPE));
    assertEquals("Battles", clash.gold(AcledField.EVENT_TYPE));
    assertEquals(
        "Military Forces of Freedonia (2019-) Border Guard", clash.gold(AcledField.ACTOR1));
    assertEquals("Red Hand Brigade", clash.gold(AcledField.ACTOR2));
    assertEquals("1", clash.gold(AcledField.INTER1));
    assertEquals("2", clash.gold(AcledField.FATALITIES));
    assertEquals("2021-03-02", clash.gold(AcledField.EVENT_DATE));
    assertEquals("al-Karvo", clash.gold(AcledField.LOCATION));
    assertEquals(LocalDate.of(2021, 3, 3), clash.published());
    assertEquals(
        "On 2 March 2021, Freedonian border guards clashed with the Red Hand Brigade near Karvo,"
            + " north of Lindow. Two fighters were killed.",
        clash.notes());
  }

  @Test
  void readsTheSameRowsWhateverTheColumnOrder() throws Exception {
    String a =
        "notes,timestamp,event_date,event_type,sub_event_type,actor1,actor2,inter1,fatalities,location\n"
            + "Rioters burned a car in Oster.,1614729600,1-Mar-21,Riots,Violent"
            + " demonstration,Rioters (Freedonia),,5,0,Oster\n";
    String b =
        "location,fatalities,inter1,actor2,actor1,sub_event_type,event_type,event_date,timestamp,notes\n"
            + "Oster,0,5,,Rioters (Freedonia),Violent"
            + " demonstration,Riots,1-Mar-21,1614729600,Rioters burned a car in Oster.\n";
    assertEquals(
        AcledReader.read(new StringReader(a), "a.csv").rows(),
        AcledReader.read(new StringReader(b), "b.csv").rows());
  }

  @Test
  void cleansTheNotesAndUsesTheUploadDayAsPublicationDay() throws Exception {
    AcledRow attack = readFixture().rows().get(2);
    assertEquals("On 3 March 2021, gunmen shot villagers in Oster.", attack.notes());
    assertEquals(LocalDate.of(2021, 3, 4), attack.published());
    assertEquals(LocalDate.of(2021, 3, 4), attack.article("x").published());
    assertEquals("10", attack.gold(AcledField.FATALITIES));
  }

  @Test
  void reportsRowsWithUnreadableDatesByRowAndColumn() throws Exception {
    List<String> problems = readFixture().problems();
    assertEquals(
        List.of(
            "acled-small.csv: data row 4, column event_date: cannot read date 'yesterday'"
                + " (expected e.g. 9-May-20, 09 May 2020, 2020-05-09)"),
        problems);
  }

  @Test
  void reportsShortRowsAndBadCounts() throws Exception {
    String csv =
        "notes,timestamp,event_date,event_type,sub_event_type,actor1,actor2,inter1,fatalities,location\n"
            + "Rioters burned a car.,1614729600,1-Mar-21,Riots\n"
            + "Rioters burned a car.,1614729600,1-Mar-21,Riots,Violent"
            + " demonstration,R,,5,many,Oster\n"
            + "[size=no report],1614729600,1-Mar-21,Riots,Violent demonstration,R,,5,0,Oster\n";
    AcledReader.Rows read = AcledReader.read(new StringReader(csv), "f.csv");
    assertEquals(0, read.rows().size());
    assertEquals(
        List.of(
            "f.csv: data row 1, column fatalities: the row ends before this column",
            "f.csv: data row 2, column fatalities: not a whole number: 'many'",
            "f.csv: data row 3, column notes: no text left to read"),
        read.problems());
  }

  @Test
  void failsOnAMissingColumnNamingItAndTheHeader() {
    String csv =
        "event_date,timestamp,event_type,sub_event_type,actor1,actor2,inter1,fatalities,location\n";
    EvalInputException e =
        assertThrows(
            EvalInputException.class, () -> AcledReader.read(new StringReader(csv), "f.csv"));
    assertEquals(
        "f.csv: missing column notes; the header has event_date, timestamp, event_type,"
            + " sub_event_type, actor1, actor2, inter1, fatalities, location",
        e.getMessage());
  }

  @Test
  void failsOnAnEmptyFile() {
    EvalInputException e =
        assertThrows(
            EvalInputException.class, () -> AcledReader.read(new StringReader(""), "f.csv"));
    assertEquals("f.csv: empty file, expected a header row", e.getMessage());
  }

  @Test
  void failsOnAnUnterminatedQuoteNamingTheLastGoodRow() {
    String csv =
        "notes,timestamp,event_date,event_type,sub_event_type,actor1,actor2,inter1,fatalities,location\n"
            + "Rioters burned a car.,1614729600,1-Mar-21,Riots,Violent demonstration,R,,5,0,Oster\n"
            + "\"Rioters burned a car.,1614729600,1-Mar-21,Riots,Violent"
            + " demonstration,R,,5,0,Oster\n";
    EvalInputException e =
        assertThrows(
            EvalInputException.class, () -> AcledReader.read(new StringReader(csv), "f.csv"));
    assertTrue(e.getMessage().startsWith("f.csv: unreadable after data row 1: "), e.getMessage());
  }

  @Test
  void acceptsAByteOrderMarkAndUpperCaseHeaders() throws Exception {
    String csv =
        "\uFEFFNOTES,Timestamp,event_date,event_type,sub_event_type,actor1,actor2,inter1,fatalities,location\n"
            + "Rioters burned a car.,1614729600,1-Mar-21,Riots,Violent"
            + " demonstration,R,,5,0,Oster\n";
    assertEquals(1, AcledReader.read(new StringReader(csv), "f.csv").rows().size());
  }
}
