package org.tourplan.run;

/** The Wilson score interval of a binomial proportion: sound at 0 and n breaches, unlike the normal one. */
public final class Wilson {
  private static final double Z95 = 1.959963984540054;

  private Wilson() {
  }

  /** The 95% interval {low, high} for {@code k} successes in {@code n} trials ({0, 1} when n = 0). */
  public static double[] interval95(int k, int n) {
    if (n == 0) {
      return new double[] {0, 1};
    }
    double p = (double) k / n;
    double z2 = Z95 * Z95;
    double centre = p + z2 / (2.0 * n);
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    double denominator = 1 + z2 / n;
    return new double[] {Math.max(0, (centre - half) / denominator), Math.min(1, (centre + half) / denominator)};
  }
}
