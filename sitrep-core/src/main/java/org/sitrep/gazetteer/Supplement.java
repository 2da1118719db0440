package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The project's curated places ({@code org/sitrep/gazetteer/supplement.txt}, GeoNames format):
 * villages that the news names and small gazetteers lack. Analysts extend the file in the
 * repository; users add their own places with {@link UserPlaces} instead.
 *
 * <p>Thread-safe: stateless.
 */
public final class Supplement {

  /** The source name its entries carry. */
  public static final String SOURCE = "supplement.txt";

  private Supplement() {}

  /** Opens the supplement for reading. */
  public static Reader open() throws IOException {
    InputStream in = Supplement.class.getResourceAsStream(SOURCE);
    if (in == null) {
      throw new IOException("the gazetteer supplement " + SOURCE + " is missing from the classpath");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
