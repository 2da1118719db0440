package org.sitrep.clavin;

import java.util.Arrays;

/**
 * The figures of one geoparser on one gold set, with the definitions of {@code ./sitrep eval geo}
 * (Gritta et al. 2018): an unresolved toponym is wrong by {@value #MISSED_KM} km; acc161 is the
 * share of errors of at most {@value #ACCURATE_KM} km; the median of an even count is the mean of
 * the two middle errors; docs/s is documents over the wall-clock seconds spent resolving.
 *
 * @param km the error of each gold toponym, in km
 * @param sameId how many gold toponyms got the gold GeoNames id
 * @param withId how many gold toponyms carry a GeoNames id
 * @param documents documents resolved
 * @param seconds seconds spent resolving them
 */
public record Scores(double[] km, int sameId, int withId, int documents, double seconds) {

  /** The error of a toponym that was not resolved: half the Earth's circumference, in km. */
  public static final double MISSED_KM = 20_039;

  /** The distance within which a toponym counts as right, in km (100 miles). */
  public static final double ACCURATE_KM = 161;

  public Scores {
    km = km.clone();
  }

  /** Gold toponyms scored. */
  public int toponyms() {
    return km.length;
  }

  /** Share of errors of at most {@value #ACCURATE_KM} km; 0 when there are none. */
  public double acc161() {
    return km.length == 0
        ? 0
        : Arrays.stream(km).filter(e -> e <= ACCURATE_KM).count() / (double) km.length;
  }

  /** Mean error in km; 0 when there are none. */
  public double meanKm() {
    return Arrays.stream(km).average().orElse(0);
  }

  /** Median error in km; 0 when there are none. */
  public double medianKm() {
    if (km.length == 0) {
      return 0;
    }
    double[] sorted = km.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /** Share of the gold toponyms with an id that got it; 0 when none has one. */
  public double exactId() {
    return withId == 0 ? 0 : sameId / (double) withId;
  }

  /** Documents per second of resolving; 0 when no time was measured. */
  public double docsPerSecond() {
    return seconds <= 0 ? 0 : documents / seconds;
  }

  /** Great-circle distance in km on a sphere of radius 6371 km. */
  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
