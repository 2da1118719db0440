package org.sitrep.clavin;

import com.bericotech.clavin.ClavinException;
import com.bericotech.clavin.extractor.LocationOccurrence;
import com.bericotech.clavin.gazetteer.GeoName;
import com.bericotech.clavin.gazetteer.query.LuceneGazetteer;
import com.bericotech.clavin.resolver.ClavinLocationResolver;
import com.bericotech.clavin.resolver.ResolvedLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CLAVIN 2.1.0 resolving the gold toponyms of each document, as {@code ./sitrep eval geo
 * --gold-toponyms} has Sitrep do: each document's toponyms go to {@link
 * ClavinLocationResolver#resolveLocations(List, int, int, boolean)} in one call, and a toponym
 * CLAVIN leaves out counts as unresolved. The defaults are those of CLAVIN's {@code
 * GeoParserFactory.getDefault}: hit depth 1, context window 1, no fuzzy matching.
 *
 * <p>Not thread-safe: one instance holds one open Lucene index and is used on one thread.
 */
public final class ClavinGeoparse {

  /** How CLAVIN is asked. */
  public record Settings(int maxHitDepth, int maxContextWindow, boolean fuzzy) {
    /** CLAVIN's own defaults ({@code GeoParserFactory.getDefault(String)}). */
    public static final Settings DEFAULT = new Settings(1, 1, false);
  }

  private final ClavinLocationResolver resolver;
  private final Settings settings;

  /** Opens the CLAVIN index in {@code index}. */
  public ClavinGeoparse(Path index, Settings settings) throws ClavinException {
    this.resolver = new ClavinLocationResolver(new LuceneGazetteer(index.toFile()));
    this.settings = settings;
  }

  /** Resolves the toponyms of {@code documents} one document at a time and scores them. */
  public Scores run(List<GoldDocument> documents) throws ClavinException {
    List<Double> km = new ArrayList<>();
    int sameId = 0;
    int withId = 0;
    long nanos = 0;
    for (GoldDocument d : documents) {
      List<LocationOccurrence> occurrences = new ArrayList<>();
      for (GoldToponym t : d.toponyms()) {
        occurrences.add(new LocationOccurrence(t.name(), t.start()));
      }
      long start = System.nanoTime();
      List<ResolvedLocation> resolved =
          resolver.resolveLocations(
              occurrences, settings.maxHitDepth(), settings.maxContextWindow(), settings.fuzzy());
      nanos += System.nanoTime() - start;
      Map<LocationOccurrence, GeoName> byOccurrence = new HashMap<>();
      for (ResolvedLocation r : resolved) {
        byOccurrence.putIfAbsent(r.getLocation(), r.getGeoname());
      }
      for (int i = 0; i < d.toponyms().size(); i++) {
        GoldToponym gold = d.toponyms().get(i);
        GeoName place = byOccurrence.get(occurrences.get(i));
        km.add(
            place == null
                ? Scores.MISSED_KM
                : Scores.haversineKm(
                    gold.latitude(), gold.longitude(), place.getLatitude(), place.getLongitude()));
        if (gold.geonameId() != null) {
          withId++;
          if (place != null && place.getGeonameID() == gold.geonameId()) {
            sameId++;
          }
        }
      }
    }
    return new Scores(
        km.stream().mapToDouble(Double::doubleValue).toArray(),
        sameId,
        withId,
        documents.size(),
        nanos / 1e9);
  }
}
