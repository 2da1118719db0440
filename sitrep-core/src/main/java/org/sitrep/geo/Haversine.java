package org.sitrep.geo;

/**
 * Great-circle distance on a sphere of the Earth's mean radius (6,371.0088 km), by the haversine
 * formula.
 *
 * <p>Thread-safe: no state.
 */
public final class Haversine {

  /** Mean Earth radius in km (IUGG). */
  public static final double EARTH_RADIUS_KM = 6371.0088;

  private Haversine() {}

  /** Kilometres between two points given in degrees. */
  public static double km(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(lon2 - lon1);
    double h =
        sin2(dPhi / 2) + Math.cos(phi1) * Math.cos(phi2) * sin2(dLambda / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  private static double sin2(double x) {
    double s = Math.sin(x);
    return s * s;
  }
}
