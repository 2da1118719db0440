package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserPlacesTest {

  @TempDir Path home;

  @Test
  void appendsGeoNamesRowsUnderTheHome() throws IOException {
    Path file = new GazetteerHome(home).userPlaces();
    GazetteerEntry place =
        new GazetteerEntry(0, "Tell Mardikh", "Tell Mardikh", List.of(), 35.8306, 36.8036, "P",
            "PPL", "SY", "", "12", "", "", "", 0, "");
    UserPlaces.append(file, place);
    UserPlaces.append(file, place);
    List<String> lines = Files.readAllLines(file);
    assertEquals(3, lines.size());
    assertEquals(home.resolve("gazetteer/user-places.txt"), file);
    List<GazetteerEntry> read = Places.read(String.join("\n", lines));
    assertEquals("Tell Mardikh", read.get(1).name());
    assertEquals(35.8306, read.get(1).latitude());
    assertEquals("12", read.get(1).admin1Code());
  }
}
