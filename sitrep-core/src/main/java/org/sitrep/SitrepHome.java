package org.sitrep;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Sitrep keeps per-user data: {@code $SITREP_HOME}, by default {@code ~/.sitrep}.
 *
 * <p>Thread-safe: it only reads the environment.
 */
public final class SitrepHome {

  private SitrepHome() {}

  /** The home folder for the current environment. */
  public static Path dir() {
    return dir(System.getenv(), System.getProperty("user.home"));
  }

  static Path dir(Map<String, String> env, String userHome) {
    String home = env.get("SITREP_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home);
    }
    return Path.of(userHome, ".sitrep");
  }

  /** The folder of place-name files that {@code ./sitrep setup} fetches. */
  public static Path placesDir() {
    return dir().resolve("places");
  }
}
