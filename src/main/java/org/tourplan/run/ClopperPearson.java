package org.tourplan.run;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The exact (Clopper-Pearson) one-sided 95% upper bound of a probability from {@code k} events in {@code n}
 * independent trials: the largest p for which seeing at most k events still has probability 5%. With no event it is
 * 1 - 0.05^(1/n) (about 3/n, the "rule of three"), so 2,995 clean months bound a breach probability by 0.001.
 */
public final class ClopperPearson {
  private ClopperPearson() {
  }

  /** The one-sided 95% upper bound for k events in n trials (1 when n = 0 or k = n). */
  public static double upper95(long k, long n) {
    if (n <= 0 || k >= n) {
      return 1;
    }
    if (k == 0) {
      return 1 - Math.pow(0.05, 1.0 / n);
    }
    return new BetaDistribution(null, k + 1, n - k).inverseCumulativeProbability(0.95);
  }

  /** The one-sided 95% lower bound for k events in n trials (0 when k = 0). */
  public static double lower95(long k, long n) {
    if (n <= 0 || k <= 0) {
      return 0;
    }
    if (k >= n) {
      return Math.pow(0.05, 1.0 / n);
    }
    return new BetaDistribution(null, k, n - k + 1).inverseCumulativeProbability(0.05);
  }

  /**
   * The exact two-sided 95% interval {low, high} of a probability from {@code k} events in {@code n} trials (each
   * end a one-sided 97.5% bound): what pages show beside an estimated breach rate.
   */
  public static double[] interval95(long k, long n) {
    return new double[] {lower(k, n, 0.025), upper(k, n, 0.025)};
  }

  /** The one-sided upper bound at level 1 - {@code alpha} for k events in n trials. */
  public static double upper(long k, long n, double alpha) {
    if (n <= 0 || k >= n) {
      return 1;
    }
    if (k == 0) {
      return 1 - StrictMath.pow(alpha, 1.0 / n);
    }
    return new BetaDistribution(null, k + 1, n - k).inverseCumulativeProbability(1 - alpha);
  }

  /** The one-sided lower bound at level 1 - {@code alpha} for k events in n trials (0 when k = 0). */
  public static double lower(long k, long n, double alpha) {
    if (n <= 0 || k <= 0) {
      return 0;
    }
    if (k >= n) {
      return StrictMath.pow(alpha, 1.0 / n);
    }
    return new BetaDistribution(null, k, n - k + 1).inverseCumulativeProbability(alpha);
  }

  /** The fewest clean trials whose upper bound is at most {@code bound}. */
  public static long cleanTrialsFor(double bound) {
    return (long) Math.ceil(Math.log(0.05) / Math.log1p(-bound));
  }
}
