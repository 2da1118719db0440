package org.sitrep.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;

class OutputFormatTest {

  private static final String BARE_JSON =
      "{\"event_id_cnty\":\"SRFFFF0000\",\"event_date\":null,\"year\":null,"
          + "\"time_precision\":null,\"event_type\":null,\"sub_event_type\":null,"
          + "\"actor1\":null,\"assoc_actor_1\":null,\"inter1\":null,\"actor2\":null,"
          + "\"assoc_actor_2\":null,\"inter2\":null,\"interaction\":null,\"country\":null,"
          + "\"admin1\":null,\"admin2\":null,\"admin3\":null,\"location\":null,"
          + "\"latitude\":null,\"longitude\":null,\"geo_precision\":null,\"source\":null,"
          + "\"source_scale\":null,\"notes\":null,\"fatalities\":0,\"speaker\":\"publisher\","
          + "\"cue\":null,\"modality\":\"planned\",\"claimed_fatalities\":null,\"evidence\":[],"
          + "\"claim_id\":\"ffff0000\",\"pipeline_version\":\"0.1.0\",\"article_id\":\"c3d4\"}";

  private static final String FULL_JSON =
      "{\"event_id_cnty\":\"SR0123456789AB\",\"event_date\":\"2020-02-03\",\"year\":2020,"
          + "\"time_precision\":1,\"event_type\":\"Explosions/Remote violence\","
          + "\"sub_event_type\":\"Shelling/artillery/missile attack\","
          + "\"actor1\":\"Military Forces of Turkey (2016-)\",\"assoc_actor_1\":null,"
          + "\"inter1\":8,\"actor2\":\"Military Forces of Syria (2000-)\","
          + "\"assoc_actor_2\":\"Military Forces of Russia (2000-); Militia (Pro-Government)\","
          + "\"inter2\":1,\"interaction\":18,\"country\":\"Syria\",\"admin1\":\"Idleb\","
          + "\"admin2\":\"Idleb\",\"admin3\":\"Saraqib\",\"location\":\"Saraqib\","
          + "\"latitude\":35.8617,\"longitude\":36.8000,\"geo_precision\":2,"
          + "\"source\":\"Wire, \\\"Daily\\\"\",\"source_scale\":\"International\","
          + "\"notes\":\"Turkish forces said they neutralized 76 soldiers near Saraqib.\","
          + "\"fatalities\":76,\"speaker\":\"Turkish forces\",\"cue\":\"said\","
          + "\"modality\":\"reported\","
          + "\"claimed_fatalities\":{\"count\":76,\"speaker\":\"Turkish forces\"},"
          + "\"evidence\":[{\"field\":\"actor1\",\"start\":0,\"end\":14,"
          + "\"text\":\"Turkish forces\"},{\"field\":\"cue\",\"start\":15,\"end\":19,"
          + "\"text\":\"said\"}],"
          + "\"claim_id\":\"0123456789abcdef\",\"pipeline_version\":\"0.1.0\","
          + "\"article_id\":\"a1b2\"}";

  private static String write(OutputFormat format, List<Claim> claims) throws IOException {
    StringWriter out = new StringWriter();
    try (ClaimWriter writer = format.open(out)) {
      for (Claim claim : claims) {
        writer.write(claim);
      }
    }
    return out.toString();
  }

  @Test
  void jsonWithoutClaimsIsAnEmptyArray() throws IOException {
    assertEquals("[]\n", write(OutputFormat.JSON, List.of()));
  }

  @Test
  void jsonIsOneArrayWithOneObjectPerLine() throws IOException {
    assertEquals(
        "[\n" + FULL_JSON + ",\n" + BARE_JSON + "\n]\n",
        write(OutputFormat.JSON, List.of(Claims.full(), Claims.bare())));
  }

  @Test
  void csvWithoutClaimsIsTheHeaderAlone() throws IOException {
    assertEquals(
        String.join(",", ClaimColumns.names()) + "\r\n", write(OutputFormat.CSV, List.of()));
  }

  @Test
  void csvQuotesCellsAndWritesNestedValuesAsCompactJson() throws IOException {
    String expected =
        String.join(",", ClaimColumns.names())
            + "\r\n"
            + "SR0123456789AB,2020-02-03,2020,1,Explosions/Remote violence,"
            + "Shelling/artillery/missile attack,Military Forces of Turkey (2016-),,8,"
            + "Military Forces of Syria (2000-),"
            + "Military Forces of Russia (2000-); Militia (Pro-Government),1,18,Syria,Idleb,"
            + "Idleb,Saraqib,Saraqib,35.8617,36.8000,2,\"Wire, \"\"Daily\"\"\",International,"
            + "Turkish forces said they neutralized 76 soldiers near Saraqib.,76,"
            + "Turkish forces,said,reported,"
            + "\"{\"\"count\"\":76,\"\"speaker\"\":\"\"Turkish forces\"\"}\","
            + "\"[{\"\"field\"\":\"\"actor1\"\",\"\"start\"\":0,\"\"end\"\":14,"
            + "\"\"text\"\":\"\"Turkish forces\"\"},{\"\"field\"\":\"\"cue\"\",\"\"start\"\":15,"
            + "\"\"end\"\":19,\"\"text\"\":\"\"said\"\"}]\","
            + "0123456789abcdef,0.1.0,a1b2\r\n"
            + "SRFFFF0000,,,,,,,,,,,,,,,,,,,,,,,,0,publisher,,planned,,[],ffff0000,0.1.0,c3d4\r\n";
    assertEquals(expected, write(OutputFormat.CSV, List.of(Claims.full(), Claims.bare())));
  }

  @Test
  void geojsonWithoutClaimsIsAnEmptyFeatureCollection() throws IOException {
    assertEquals(
        "{\"type\":\"FeatureCollection\",\"features\":[]}\n",
        write(OutputFormat.GEOJSON, List.of()));
  }

  @Test
  void geojsonHasAPointOnlyWhenCoordinatesAreKnown() throws IOException {
    assertEquals(
        "{\"type\":\"FeatureCollection\",\"features\":[\n"
            + "{\"type\":\"Feature\",\"id\":\"0123456789abcdef\",\"geometry\":{\"type\":\"Point\","
            + "\"coordinates\":[36.8000,35.8617]},\"properties\":"
            + FULL_JSON
            + "},\n"
            + "{\"type\":\"Feature\",\"id\":\"ffff0000\",\"geometry\":null,\"properties\":"
            + BARE_JSON
            + "}\n]}\n",
        write(OutputFormat.GEOJSON, List.of(Claims.full(), Claims.bare())));
  }
}
