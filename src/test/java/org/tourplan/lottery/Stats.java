package org.tourplan.lottery;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.inference.ChiSquareTest;

/** Chi-square tests with sparse categories pooled, so every pooled cell has a usable expected count. */
final class Stats {
  private Stats() {
  }

  /** Goodness of fit: p-value of {@code observed} counts against {@code probabilities} (summing to 1). */
  static double goodnessOfFit(double[] probabilities, long[] observed) {
    long n = 0;
    for (long o : observed) {
      n += o;
    }
    List<double[]> cells = new ArrayList<>();
    double restE = 0;
    long restO = 0;
    for (int i = 0; i < probabilities.length; i++) {
      double e = probabilities[i] * n;
      if (e >= 5) {
        cells.add(new double[] {e, observed[i]});
      } else {
        restE += e;
        restO += observed[i];
      }
    }
    if (restE > 0 || restO > 0) {
      cells.add(new double[] {Math.max(restE, 1e-9), restO});
    }
    double[] e = new double[cells.size()];
    long[] o = new long[cells.size()];
    for (int i = 0; i < e.length; i++) {
      e[i] = cells.get(i)[0];
      o[i] = (long) cells.get(i)[1];
    }
    return new ChiSquareTest().chiSquareTest(e, o);
  }

  /** Homogeneity of two samples over the same categories: p-value of the two-sample chi-square test. */
  static double sameDistribution(long[] a, long[] b) {
    List<long[]> cells = new ArrayList<>();
    long restA = 0;
    long restB = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] + b[i] >= 10) {
        cells.add(new long[] {a[i], b[i]});
      } else {
        restA += a[i];
        restB += b[i];
      }
    }
    if (restA + restB > 0) {
      cells.add(new long[] {restA, restB});
    }
    long[] x = new long[cells.size()];
    long[] y = new long[cells.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = cells.get(i)[0];
      y[i] = cells.get(i)[1];
    }
    return new ChiSquareTest().chiSquareTestDataSetsComparison(x, y);
  }
}
