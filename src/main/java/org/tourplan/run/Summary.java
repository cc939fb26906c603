package org.tourplan.run;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A metric summarised over replications (contract 2.7): sd with n - 1, a Student-t 95% interval, percentiles
 * interpolated linearly between order statistics. Fields are NaN where undefined (n = 0; sd and the
 * interval when n = 1); writers turn NaN into null.
 */
public record Summary(int n, double mean, double sd, double ciLow, double ciHigh, double p05, double p50,
                      double p95, double min, double max) {

  /** Summarises the non-NaN values of one metric (NaN marks a month without an observation). */
  public static Summary of(double[] values) {
    double[] x = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
    int n = x.length;
    if (n == 0) {
      return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN);
    }
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double mean = mean(x, sorted[0], sorted[n - 1]);
    double sd = Double.NaN;
    double low = Double.NaN;
    double high = Double.NaN;
    if (n > 1) {
      double ss = 0;
      for (double v : x) {
        ss += (v - mean) * (v - mean);
      }
      sd = Math.sqrt(ss / (n - 1)); // exactly 0 for a constant: every v - mean is 0
      double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
      low = mean - half;
      high = mean + half;
    }
    Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    p.setData(sorted);
    return new Summary(n, mean, sd, low, high, p.evaluate(5), p.evaluate(50), p.evaluate(95), sorted[0],
        sorted[n - 1]);
  }

  /**
   * The mean, summed as deviations from the first value (a shifted sum: a metric equal in every month adds only
   * zeros, so its mean is that value exactly, and values close together lose no digits to a large common part),
   * kept within [min, max] where rounding could push it an ulp outside.
   */
  private static double mean(double[] x, double min, double max) {
    double shift = Double.isFinite(x[0]) ? x[0] : 0;
    double sum = 0;
    for (double v : x) {
      sum += v - shift;
    }
    return Math.max(min, Math.min(max, shift + sum / x.length));
  }
}
