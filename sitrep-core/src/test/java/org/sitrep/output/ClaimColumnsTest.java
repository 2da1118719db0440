package org.sitrep.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimColumnsTest {

  @Test
  void namesAcledColumnsThenClaimColumnsThenProvenanceInOrder() {
    assertEquals(
        List.of(
            "event_id_cnty", "event_date", "year", "time_precision", "event_type",
            "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
            "inter2", "interaction", "country", "admin1", "admin2", "admin3", "location",
            "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
            "fatalities", "speaker", "cue", "modality", "claimed_fatalities", "evidence",
            "claim_id", "pipeline_version", "article_id"),
        ClaimColumns.names());
  }

  @Test
  void valuesFollowTheNamesOrder() {
    assertEquals(
        ClaimColumns.names(), new ArrayList<>(ClaimColumns.values(Claims.full()).keySet()));
  }

  @Test
  void writesAcledLabelsJoinedAssociatesAndFourDecimalCoordinates() {
    Map<String, Object> row = ClaimColumns.values(Claims.full());
    assertEquals("SR0123456789AB", row.get("event_id_cnty"));
    assertEquals("2020-02-03", row.get("event_date"));
    assertEquals(2020, row.get("year"));
    assertEquals("Explosions/Remote violence", row.get("event_type"));
    assertEquals("Shelling/artillery/missile attack", row.get("sub_event_type"));
    assertEquals(null, row.get("assoc_actor_1"));
    assertEquals(
        "Military Forces of Russia (2000-); Militia (Pro-Government)", row.get("assoc_actor_2"));
    assertEquals(18, row.get("interaction"));
    assertEquals(new BigDecimal("35.8617"), row.get("latitude"));
    assertEquals(new BigDecimal("36.8000"), row.get("longitude"));
    assertEquals("reported", row.get("modality"));
    assertEquals(Map.of("count", 76, "speaker", "Turkish forces"), row.get("claimed_fatalities"));
    assertEquals(
        List.of(
            Map.of("field", "actor1", "start", 0, "end", 14, "text", "Turkish forces"),
            Map.of("field", "cue", "start", 15, "end", 19, "text", "said")),
        row.get("evidence"));
  }

  @Test
  void unknownValuesAreNullButFatalitiesZeroAndEvidenceEmpty() {
    Map<String, Object> row = ClaimColumns.values(Claims.bare());
    Map<String, Object> expected = new HashMap<>();
    for (String name : ClaimColumns.names()) {
      expected.put(name, null);
    }
    expected.put("event_id_cnty", "SRFFFF0000");
    expected.put("fatalities", 0);
    expected.put("speaker", "publisher");
    expected.put("modality", "planned");
    expected.put("evidence", List.of());
    expected.put("claim_id", "ffff0000");
    expected.put("pipeline_version", "0.1.0");
    expected.put("article_id", "c3d4");
    assertEquals(expected, new HashMap<>(row));
    assertEquals(33, Arrays.asList(row.keySet().toArray()).size());
  }
}
