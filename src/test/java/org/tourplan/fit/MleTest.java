package org.tourplan.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;

/** The estimators against independent computations: closed forms by hand, the triangular against a brute search. */
class MleTest {
  private final Mle mle = new Mle();

  private static double triangularLogLikelihood(double[] x, double a, double c, double b) {
    // the density written out, independently of Mle.profile and of commons-math3
    double l = 0;
    for (double v : x) {
      double f = v < c ? 2 * (v - a) / ((b - a) * (c - a)) : v > c ? 2 * (b - v) / ((b - a) * (b - c)) : 2 / (b - a);
      l += Math.log(f);
    }
    return l;
  }

  @Test
  void theTriangularFitIsAtLeastAsLikelyAsEveryPointOfAFineGrid() {
    double[] x = new TriangularDistribution(new Well19937c(12), 5, 6, 9).sample(60);
    Arrays.sort(x);
    Fitted f = mle.fit(Family.TRIANGULAR, x, 1e-6, null);
    double[] p = f.p();
    assertEquals(triangularLogLikelihood(x, p[0], p[1], p[2]), f.logLikelihood(), 1e-6);
    // a brute search over ends (0.01 apart) and every sample value as the mode never beats the fit
    double best = Double.NEGATIVE_INFINITY;
    for (double a = Math.max(0, x[0] - 1.5); a < x[0]; a += 0.01) {
      for (double b = x[x.length - 1] + 0.005; b < x[x.length - 1] + 1.5; b += 0.01) {
        for (double c : x) {
          best = Math.max(best, triangularLogLikelihood(x, a, c, b));
        }
      }
    }
    assertTrue(f.logLikelihood() >= best - 1e-6, f.logLikelihood() + " < grid " + best);
    assertTrue(p[0] < x[0] && p[2] > x[x.length - 1] && p[0] <= p[1] && p[1] <= p[2], Arrays.toString(p));
    assertTrue(Arrays.binarySearch(x, p[1]) >= 0 || p[1] == p[0] || p[1] == p[2], "the mode is a sample value");
  }

  @Test
  void closedFormsMatchHandComputations() {
    double[] x = {1, 2, 2, 3, 7};
    // uniform: the range; ln L = -n ln(max - min)
    Fitted u = mle.fit(Family.UNIFORM, x, 1e-6, null);
    assertEquals(1, u.p()[0]);
    assertEquals(7, u.p()[1]);
    assertEquals(-5 * Math.log(6), u.logLikelihood(), 1e-12);
    // normal: mean 3, sd sqrt(sum (x - 3)^2 / n) = sqrt(22 / 5)
    Fitted n = mle.fit(Family.NORMAL, x, 1e-6, null);
    assertEquals(3, n.p()[0], 1e-12);
    assertEquals(Math.sqrt(22.0 / 5), n.p()[1], 1e-12);
    double ln = 0;
    for (double v : x) {
      ln += -0.5 * Math.log(2 * Math.PI * 22.0 / 5) - (v - 3) * (v - 3) / (2 * 22.0 / 5);
    }
    assertEquals(ln, n.logLikelihood(), 1e-9);
    // exponential: the mean; ln L = -n ln m - n
    Fitted e = mle.fit(Family.EXPONENTIAL, x, 1e-6, null);
    assertEquals(3, e.p()[0], 1e-12);
    assertEquals(-5 * Math.log(3) - 5, e.logLikelihood(), 1e-9);
    // lognormal: mean and sd of the logs, written as the variable's mean exp(mu + s^2 / 2)
    Fitted l = mle.fit(Family.LOGNORMAL, x, 1e-6, null);
    double mu = (Math.log(1) + 2 * Math.log(2) + Math.log(3) + Math.log(7)) / 5;
    assertEquals(mu, l.p()[0], 1e-12);
    assertEquals(Math.exp(mu + l.p()[1] * l.p()[1] / 2), l.mean(), 1e-12);
    assertEquals(2 * 2 - 2 * l.logLikelihood(), l.aic(), 1e-12);
  }

  @Test
  void familiesThatCannotHoldASampleAreLeftOut() {
    assertNull(mle.fit(Family.LOGNORMAL, new double[] {0, 1, 2}, 1e-6, null), "a lognormal has no 0");
    assertNull(mle.fit(Family.CONSTANT, new double[] {1, 1.5}, 1.0 / 60, null), "values 30 s apart vary");
    assertEquals(1.25, mle.fit(Family.CONSTANT, new double[] {1, 1.5}, 1, null).p()[0], 1e-12,
        "but at a resolution of a minute they are one value");
    assertNull(mle.fit(Family.NORMAL, new double[] {2, 2, 2}, 1e-6, null), "no spread");
  }

  @Test
  void aNormalNearZeroSaysWhatTheClampingDoes() {
    Fitted n = new Fitted(Family.NORMAL, new double[] {1, 1}, 0);
    // P(X < 0) = Phi(-1) = 0.1587; E[max(0, X)] = 1 Phi(1) + 1 phi(1) = 0.8413 + 0.2420
    assertEquals(0.158655, n.clampedShare(), 1e-6);
    assertEquals(0.841345 + 0.241971, n.simulatedMean(), 1e-6);
    assertTrue(FitWords.clamp(n).contains("15.9%"), FitWords.clamp(n));
    assertNull(FitWords.clamp(new Fitted(Family.NORMAL, new double[] {20, 3}, 0)));
  }
}
