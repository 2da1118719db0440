package org.sitrep.eval;

import java.util.Arrays;

/**
 * The figures of geoparsing over a list of errors in km, as Gritta et al. define them ("What's
 * missing in geographical parsing?", 2018; "A pragmatic guide to geoparsing evaluation", 2019).
 * Every figure of an empty list is 0.
 *
 * <p>Thread-safe: no state.
 */
public final class GeoErrors {

  /** The error of a toponym that was not found or not resolved: the paper's maximum, in km. */
  public static final double MISSED_KM = 20_039;

  /** The distance within which a toponym counts as right, in km (100 miles). */
  public static final double ACCURATE_KM = 161;

  private GeoErrors() {}

  /** Share of errors of at most {@value #ACCURATE_KM} km. */
  public static double acc161(double[] km) {
    return km.length == 0 ? 0 : Arrays.stream(km).filter(e -> e <= ACCURATE_KM).count() / (double) km.length;
  }

  /** Mean error. */
  public static double mean(double[] km) {
    return Arrays.stream(km).average().orElse(0);
  }

  /** Median error: the middle one, or the mean of the two middle ones. */
  public static double median(double[] km) {
    if (km.length == 0) {
      return 0;
    }
    double[] sorted = km.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /**
   * Area under the curve of the sorted, normalised log errors, lower is better, as in Gritta et
   * al.'s evaluation code: each error becomes x = ln(1 + km) / ln({@value #MISSED_KM}), the x are
   * sorted and integrated by the trapezoidal rule with unit steps, and the area is divided by n -
   * 1 so that it lies in 0..1 (a single error's AUC is its x). It differs from the plain mean of
   * x by at most (x_max - x_min) / (2 (n - 1)). A missed toponym scores x = ln(20040)/ln(20039),
   * a hair above 1.
   */
  public static double auc(double[] km) {
    if (km.length == 0) {
      return 0;
    }
    double[] x = new double[km.length];
    double norm = Math.log(MISSED_KM);
    for (int i = 0; i < km.length; i++) {
      x[i] = Math.log1p(km[i]) / norm;
    }
    if (x.length == 1) {
      return x[0];
    }
    Arrays.sort(x);
    double area = 0;
    for (int i = 1; i < x.length; i++) {
      area += (x[i - 1] + x[i]) / 2;
    }
    return area / (x.length - 1);
  }
}
