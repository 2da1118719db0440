package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.geo.TextSpan;

class GeoGoldReaderTest {

  /** GeoWebNews layout; invented text. */
  private static final String GEOWEBNEWS =
      """
      <?xml version="1.0" ?>
      <articles>
        <article file="7">
          <title>Karvo</title>
          <text>Shelling hit Karvo overnight, and Freedonian troops left the town.</text>
          <toponyms>
            <toponym>
              <extractedName>Karvo</extractedName><normalisedName>Karvo</normalisedName>
              <type>Literal</type><modifierType/><nonLocational>No</nonLocational>
              <start>13</start><end>18</end>
              <geonamesID>123</geonamesID><latitude>36.5</latitude><longitude>37.25</longitude>
            </toponym>
            <toponym>
              <extractedName>town</extractedName><normalisedName/>
              <type>Literal_Expression</type><modifierType/><nonLocational>No</nonLocational>
              <start>61</start><end>65</end>
            </toponym>
            <toponym>
              <extractedName>Freedonian</extractedName><normalisedName>Freedonia</normalisedName>
              <type>Non_Literal_Modifier</type><modifierType>Adjective</modifierType>
              <nonLocational>No</nonLocational>
              <start>34</start><end>44</end>
              <geonamesID/><latitude>35.0</latitude><longitude>38.0</longitude>
            </toponym>
          </toponyms>
        </article>
      </articles>
      """;

  /** LGL layout; invented text; the second Lindow is one character off, the last outside. */
  private static final String LGL =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <articles>
        <article docid="555">
          <feedid>1</feedid>
          <title>Lindow woman charged</title>
          <text><![CDATA[Lindow woman charged. Police in Lindow and Ostria County closed 12 Mill Road.]]></text>
          <toponyms count="5">
            <toponym><start>0</start><end>6</end><phrase>Lindow</phrase>
              <gaztag geonameid="111"><name>Lindow</name><fclass>P</fclass><fcode>PPL</fcode>
                <lat>31.25</lat><lon>-92.5</lon>
                <country geonameid="999">Freedonia</country><admin1 geonameid="998">North</admin1>
              </gaztag></toponym>
            <toponym><start>33</start><end>39</end><phrase>Lindow</phrase>
              <gaztag geonameid="111"><name>Lindow</name><lat>31.25</lat><lon>-92.5</lon></gaztag>
            </toponym>
            <toponym><start>43</start><end>56</end><phrase>Ostria County</phrase>
              <gaztag geonameid="222"><name>Ostria County</name><lat>31.0</lat><lon>-92.0</lon></gaztag>
            </toponym>
            <toponym><start>67</start><end>76</end><phrase>Mill Road</phrase></toponym>
            <toponym><start>200</start><end>206</end><phrase>Lindow</phrase>
              <gaztag geonameid="111"><name>Lindow</name><lat>31.25</lat><lon>-92.5</lon></gaztag>
            </toponym>
          </toponyms>
        </article>
      </articles>
      """;

  /** GeoVirus layout; invented text. */
  private static final String GEOVIRUS =
      """
      <articles>
        <article>
          <source>http://example.org/virus-case</source>
          <text>A new virus case in Port Karvo, officials in Freedonia said.</text>
          <locations>
            <location><name>Port Karvo</name><start>20</start><end>30</end>
              <lat>36.75</lat><lon>35.5</lon><page>https://en.wikipedia.org/wiki/Port_Karvo</page>
            </location>
            <location><name>Freedonia</name><start>45</start><end>54</end>
              <lat>35.0</lat><lon>38.0</lon><page>https://en.wikipedia.org/wiki/Freedonia</page>
            </location>
          </locations>
        </article>
      </articles>
      """;

  private static GeoGoldReader.Documents read(String xml) throws EvalInputException {
    return GeoGoldReader.read(new StringReader(xml), "gold.xml");
  }

  @Test
  void readsGeoWebNewsToponymsWithCoordinatesAndKeepsTheOthersUnscored() throws Exception {
    GeoGoldReader.Documents read = read(GEOWEBNEWS.strip());
    assertEquals("GeoWebNews", read.format());
    GeoDocument doc = read.documents().get(0);
    assertEquals("7", doc.id());
    assertEquals(
        List.of(
            new GoldToponym(13, 18, "Karvo", 36.5, 37.25, 123L),
            new GoldToponym(34, 44, "Freedonian", 35.0, 38.0, null)),
        doc.toponyms());
    assertEquals(List.of(new TextSpan(61, 65)), doc.unscored());
    assertEquals(new GeoGoldReader.OffsetCheck(2, 0, 0, 0), read.offsets());
  }

  @Test
  void readsLglGaztagPointsAndIdsNotTheCountrysId() throws Exception {
    GeoGoldReader.Documents read = read(LGL.strip());
    assertEquals("LGL", read.format());
    GeoDocument doc = read.documents().get(0);
    assertEquals("555", doc.id());
    assertEquals(
        List.of(
            new GoldToponym(0, 6, "Lindow", 31.25, -92.5, 111L),
            new GoldToponym(32, 38, "Lindow", 31.25, -92.5, 111L),
            new GoldToponym(43, 56, "Ostria County", 31.0, -92.0, 222L)),
        doc.toponyms());
    assertEquals(List.of(new TextSpan(67, 76)), doc.unscored());
  }

  @Test
  void movesAToponymOneCharacterOffOntoItsNameAndLeavesOutOneOutsideTheText()
      throws Exception {
    GeoGoldReader.Documents read = read(LGL.strip());
    assertEquals(new GeoGoldReader.OffsetCheck(2, 1, 0, 1), read.offsets());
    assertEquals(
        List.of(
            "gold.xml: article 555, toponym 5 'Lindow': offsets 200..206 outside the text of 77"
                + " characters"),
        read.problems());
    assertEquals(3, read.toponyms());
  }

  @Test
  void readsGeoVirusLocationsAndNamesTheArticleByItsSource() throws Exception {
    GeoGoldReader.Documents read = read(GEOVIRUS);
    assertEquals("GeoVirus", read.format());
    GeoDocument doc = read.documents().get(0);
    assertEquals("http://example.org/virus-case", doc.id());
    assertEquals(
        List.of(
            new GoldToponym(20, 30, "Port Karvo", 36.75, 35.5, null),
            new GoldToponym(45, 54, "Freedonia", 35.0, 38.0, null)),
        doc.toponyms());
  }

  @Test
  void keepsAToponymWhoseTextDiffersFromItsNameAndCountsIt() throws Exception {
    String xml =
        GEOVIRUS.replace("<name>Freedonia</name>", "<name>Republic of Freedonia</name>");
    GeoGoldReader.Documents read = read(xml);
    assertEquals(new GeoGoldReader.OffsetCheck(1, 0, 1, 0), read.offsets());
    assertEquals(2, read.toponyms());
  }

  @Test
  void refusesADtd() {
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE articles [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<articles><article><text>&x;</text></article></articles>";
    EvalInputException e = assertThrows(EvalInputException.class, () -> read(xml));
    assertTrue(e.getMessage().startsWith("gold.xml: "), e.getMessage());
  }

  @Test
  void refusesXmlThatIsNoGoldSet() {
    EvalInputException e =
        assertThrows(EvalInputException.class, () -> read("<html><body/></html>"));
    assertEquals(
        "gold.xml: not a GeoWebNews, LGL or GeoVirus file (its root element is <html>)",
        e.getMessage());
  }
}
