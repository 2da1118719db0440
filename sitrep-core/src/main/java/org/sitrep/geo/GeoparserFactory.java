package org.sitrep.geo;

import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * Where {@code sitrep eval geo} gets the geoparser it measures and the gazetteer look-ups its
 * figures need. The real one is plugged in either by passing it to the CLI's {@code EvalCommand}
 * or by naming an implementation (with a public no-argument constructor) in {@code
 * META-INF/services/org.sitrep.geo.GeoparserFactory}, which {@link #load()} finds.
 *
 * <p>Each method is called at most once per command; they may be slow (opening an index) and may
 * throw {@link GeoparserUnavailableException} when what they need is not installed.
 */
public interface GeoparserFactory {

  /** The message when no geoparser is installed. */
  String NOT_INSTALLED = "no geoparser yet: run ./sitrep setup";

  /** The geoparser to measure. */
  Geoparser geoparser();

  /** Which gold toponyms the gazetteer could have resolved. */
  NameCoverage coverage();

  /** The most populous place of a name, for {@link PopulationBaseline}. */
  PlaceLookup places();

  /** The first factory on the class path's service list, or {@link #unavailable()}. */
  static GeoparserFactory load() {
    Iterator<GeoparserFactory> found = ServiceLoader.load(GeoparserFactory.class).iterator();
    return found.hasNext() ? found.next() : unavailable();
  }

  /** A factory whose every method throws {@link GeoparserUnavailableException}. */
  static GeoparserFactory unavailable() {
    return new GeoparserFactory() {
      @Override
      public Geoparser geoparser() {
        throw new GeoparserUnavailableException(NOT_INSTALLED);
      }

      @Override
      public NameCoverage coverage() {
        throw new GeoparserUnavailableException(NOT_INSTALLED);
      }

      @Override
      public PlaceLookup places() {
        throw new GeoparserUnavailableException(NOT_INSTALLED);
      }
    };
  }
}
