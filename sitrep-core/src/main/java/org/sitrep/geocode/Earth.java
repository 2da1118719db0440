package org.sitrep.geocode;

/**
 * Great-circle arithmetic on a spherical Earth (radius 6,371 km): good to a few metres over the
 * distances that relative place descriptions give.
 *
 * <p>Thread-safe: stateless.
 */
public final class Earth {

  public static final double RADIUS_KM = 6371.0;

  private Earth() {}

  /** Distance in km between two points given in degrees (haversine). */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** The point {@code km} away from a point on the initial {@code bearing} (degrees from north). */
  public static double[] destination(double lat, double lon, double km, double bearing) {
    double angular = km / RADIUS_KM;
    double phi1 = Math.toRadians(lat);
    double lambda1 = Math.toRadians(lon);
    double theta = Math.toRadians(bearing);
    double phi2 = Math.asin(Math.sin(phi1) * Math.cos(angular) + Math.cos(phi1) * Math.sin(angular) * Math.cos(theta));
    double lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(angular) * Math.cos(phi1),
        Math.cos(angular) - Math.sin(phi1) * Math.sin(phi2));
    double lon2 = (Math.toDegrees(lambda2) + 540) % 360 - 180;
    return new double[] {Math.toDegrees(phi2), lon2};
  }
}
