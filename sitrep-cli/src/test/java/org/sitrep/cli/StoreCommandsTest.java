package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, import-acled and export in-process, over a real SQLite store and the real pipeline. */
class StoreCommandsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CLASH =
      "On March 2, 2020, Turkish forces shelled Syrian army positions in Saraqib, killing 5 soldiers.\n";

  @TempDir Path dir;

  private String db() {
    return dir.resolve("store/sitrep.db").toString();
  }

  @Test
  void ingestsAFolderOnceSkippingWhatItCannotRead() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("a.txt"), CLASH);
    Files.write(folder.resolve("b.bin"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7, 0});
    Files.writeString(folder.resolve(".hidden.txt"), "On March 3, 2020, gunmen attacked a checkpoint in Idlib.\n");
    Run first = Run.of("ingest", folder.toString(), "--db", db(), "--date", "2020-03-03");
    assertEquals(ExitCode.UNREADABLE_INPUT, first.exit(), first.err());
    assertTrue(first.err().contains("warning: skipped"), first.err());
    assertTrue(first.err().contains("b.bin"), first.err());
    assertTrue(first.err().contains("articles 1 new, 0 duplicate, 0 failed"), first.err());
    Run again = Run.of("ingest", folder.resolve("a.txt").toString(), "--db", db());
    assertEquals(0, again.exit(), again.err());
    assertTrue(again.err().contains("articles 0 new, 1 duplicate"), again.err());
    Run export = Run.of("export", "--db", db(), "--format", "json");
    assertEquals(0, export.exit(), export.err());
    JsonNode events = JSON.readTree(export.out());
    assertTrue(events.size() >= 1, export.out());
    assertEquals("event_id_cnty", events.get(0).fieldNames().next(), "ACLED's columns first");
    assertEquals("Saraqib", events.get(0).get("location").asText());
  }

  @Test
  void ingestsAnRssFeedOverHttp() throws IOException {
    String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        + "<item><title>Shelling in Saraqib</title><link>http://example.org/1</link>"
        + "<pubDate>Tue, 03 Mar 2020 10:00:00 GMT</pubDate><description>" + CLASH.strip() + "</description></item>"
        + "</channel></rss>";
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/feed", exchange -> {
      byte[] body = feed.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
      Run run = Run.of("ingest", url, "--db", db());
      assertEquals(0, run.exit(), run.err());
      assertTrue(run.err().contains("articles 1 new"), run.err());
      assertTrue(Run.of("ingest", url, "--db", db()).err().contains("articles 0 new, 1 duplicate"));
      Run missing = Run.of("ingest", url.replace("/feed", "/nothing"), "--db", db());
      assertEquals(ExitCode.UNREADABLE_INPUT, missing.exit());
      assertTrue(missing.err().contains("404"), missing.err());
    } finally {
      server.stop(0);
    }
  }

  @Test
  void importsAcledExportsAndExportsThemFiltered() throws IOException {
    Path csv = dir.resolve("acled.csv");
    Files.writeString(csv, String.join("\n",
        "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,inter1,actor2,inter2,"
            + "country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities",
        "SYR1,3-March-2020,1,Battles,Armed clash,Military Forces of Syria (2000-),1,Military Forces of Turkey (2016-),8,"
            + "Syria,Idleb,Saraqib,35.8645,36.8059,1,SOHR,\"Clashes in Saraqib.\",4",
        "SYR2,2020-03-20,3,Explosions/Remote violence,Air/drone strike,Military Forces of Russia (2000-),External/Other forces,,,"
            + "Syria,Aleppo,Aleppo,36.2012,37.1612,2,SOHR,Strikes.,0",
        "SYR3,not a date,1,Battles,Armed clash,,,,,Syria,,,,,,,,0")
        + "\n");
    Run imported = Run.of("import-acled", csv.toString(), "--db", db());
    assertEquals(ExitCode.UNREADABLE_INPUT, imported.exit(), imported.err());
    assertTrue(imported.err().contains("line 3, column event_date: cannot read 'not a date'"), imported.err());
    assertTrue(imported.err().contains("2 events read, 2 new"), imported.err());
    Run month = Run.of("export", "--db", db(), "--since", "2020-03-02", "--until", "2020-03-02");
    assertEquals(0, month.exit(), month.err());
    assertTrue(month.out().contains("SYR2") && !month.out().contains("SYR1"), "a month-precise event covers each day: " + month.out());
    Run box = Run.of("export", "--db", db(), "--format", "geojson", "--bbox", "36.5,35.5,37,36");
    JsonNode features = JSON.readTree(box.out()).get("features");
    assertEquals(1, features.size());
    assertEquals("SYR1", features.get(0).get("properties").get("event_id_cnty").asText());
    assertEquals(8, features.get(0).get("properties").get("inter2").asInt());
    assertEquals(1, Run.of("export", "--db", db(), "--actor", "russia").out().lines().count() - 1);
    Run wrongBox = Run.of("export", "--db", db(), "--bbox", "37,36,36,35");
    assertEquals(ExitCode.USAGE, wrongBox.exit());
    assertTrue(wrongBox.err().contains("minimum exceeds its maximum"), wrongBox.err());
  }

  @Test
  void refusesWhatIsNoAcledExportAndExportsNothingFromNoStore() throws IOException {
    Path notAcled = Files.writeString(dir.resolve("other.csv"), "a,b\n1,2\n");
    Run run = Run.of("import-acled", notAcled.toString(), "--db", db());
    assertEquals(ExitCode.UNREADABLE_INPUT, run.exit());
    assertTrue(run.err().contains("not an ACLED export: no column event_id_cnty"), run.err());
    Run none = Run.of("export", "--db", dir.resolve("nothing.db").toString());
    assertEquals(ExitCode.FAILURE, none.exit());
    assertTrue(none.err().contains("no store at"), none.err());
    Run badUrl = Run.of("export", "--db", "jdbc:mysql://localhost/x");
    assertEquals(ExitCode.USAGE, badUrl.exit());
    assertTrue(badUrl.err().contains("unsupported database URL"), badUrl.err());
  }
}
