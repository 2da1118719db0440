package org.sitrep.places;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The sample places file of the tests: a few real places, written by hand. */
final class Samples {

  private Samples() {}

  static Path dir() {
    try {
      return Path.of(Samples.class.getResource("sample/places.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static PlaceNames places() {
    try {
      return PlaceNames.load(dir());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
