package org.sitrep.clavin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldReaderTest {

  private static List<GoldDocument> read(String xml) throws Exception {
    return GoldReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsLglToponymsWithCoordinatesOnly() throws Exception {
    List<GoldDocument> docs =
        read(
            "<articles><article docid=\"7\"><text>Alexandria and a church.</text><toponyms>"
                + "<toponym><start>0</start><end>10</end><phrase>Alexandria</phrase>"
                + "<gaztag geonameid=\"4314550\"><name>Alexandria</name><lat>31.3</lat>"
                + "<lon>-92.4</lon></gaztag></toponym>"
                + "<toponym><start>17</start><end>23</end><phrase>church</phrase></toponym>"
                + "</toponyms></article></articles>");
    assertEquals(
        List.of(
            new GoldDocument(
                "7", List.of(new GoldToponym("Alexandria", 0, 31.3, -92.4, 4314550L)))),
        docs);
  }

  @Test
  void readsGeoWebNewsAndLeavesOutOffsetsOutsideTheText() throws Exception {
    List<GoldDocument> docs =
        read(
            "<articles><article file=\"0\"><text>In Paris.</text><toponyms>"
                + "<toponym><extractedName>Paris</extractedName><start>3</start><end>8</end>"
                + "<geonamesID>2988507</geonamesID><latitude>48.85</latitude>"
                + "<longitude>2.35</longitude></toponym>"
                + "<toponym><extractedName>US</extractedName><start>-9</start><end>-7</end>"
                + "<latitude>39</latitude><longitude>-98</longitude></toponym>"
                + "</toponyms></article></articles>");
    assertEquals(
        List.of(
            new GoldDocument("0", List.of(new GoldToponym("Paris", 3, 48.85, 2.35, 2988507L)))),
        docs);
  }
}
