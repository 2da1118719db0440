package org.sitrep.geocode;

import java.io.IOException;
import java.util.Comparator;
import org.sitrep.SitrepHome;
import org.sitrep.actors.ActorRegistry;
import org.sitrep.actors.Countries;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerHome;
import org.sitrep.geo.Geoparser;
import org.sitrep.geo.GeoparserFactory;
import org.sitrep.geo.GeoparserUnavailableException;
import org.sitrep.geo.NameCoverage;
import org.sitrep.geo.PlaceLookup;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.nlp.CoreNlpAnnotator;

/**
 * The geoparser of {@code sitrep eval geo}: Sitrep's gazetteer under {@code SITREP_HOME} and its
 * geocoder. Found by {@link GeoparserFactory#load()} through {@code META-INF/services}.
 *
 * <p>Not thread-safe while opening; what it returns is.
 */
public final class GazetteerGeoparserFactory implements GeoparserFactory {

  private Gazetteer gazetteer;

  private synchronized Gazetteer gazetteer() {
    if (gazetteer == null) {
      GazetteerHome home = new GazetteerHome(SitrepHome.dir());
      try {
        gazetteer = Gazetteer.open(home.index());
      } catch (IOException e) {
        throw new GeoparserUnavailableException(
            "no gazetteer at " + home.index() + " (" + e.getMessage() + "): run ./sitrep setup");
      }
    }
    return gazetteer;
  }

  @Override
  public Geoparser geoparser() {
    Countries countries = ActorRegistry.load(KnowledgeFiles.builtIn()).countries();
    return new GazetteerGeoparser(gazetteer(), countries, CoreNlpAnnotator.load());
  }

  @Override
  public NameCoverage coverage() {
    return gazetteer()::covers;
  }

  @Override
  public PlaceLookup places() {
    Gazetteer g = gazetteer();
    return name -> g.lookup(name, 20).stream()
        .max(Comparator.comparingLong(e -> e.population()))
        .map(e -> new PlaceLookup.Place(e.latitude(), e.longitude(), e.geonameId() == 0 ? null : e.geonameId()));
  }

}
