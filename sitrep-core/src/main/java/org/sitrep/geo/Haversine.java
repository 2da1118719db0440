package org.sitrep.geo;

/**
 * Great-circle arithmetic on a sphere of the Earth's mean radius (6,371.0088 km): distances by
 * the haversine formula, and the point reached from another on a bearing.
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

  /** The point {@code km} away from a point on the initial {@code bearing} (degrees from north). */
  public static double[] destination(double lat, double lon, double km, double bearing) {
    double angular = km / EARTH_RADIUS_KM;
    double phi1 = Math.toRadians(lat);
    double theta = Math.toRadians(bearing);
    double phi2 = Math.asin(Math.sin(phi1) * Math.cos(angular) + Math.cos(phi1) * Math.sin(angular) * Math.cos(theta));
    double lambda2 = Math.toRadians(lon) + Math.atan2(Math.sin(theta) * Math.sin(angular) * Math.cos(phi1),
        Math.cos(angular) - Math.sin(phi1) * Math.sin(phi2));
    return new double[] {Math.toDegrees(phi2), (Math.toDegrees(lambda2) + 540) % 360 - 180};
  }

  private static double sin2(double x) {
    double s = Math.sin(x);
    return s * s;
  }
}
