package org.tourplan.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Means and variances against theory. Tolerances are 5 standard errors: for the mean sigma / sqrt(n), for the
 * sample variance sigma^2 sqrt((kurtosis - 1) / n); with fixed seeds the tests are deterministic, and 5 standard
 * errors leaves a false alarm probability below 1e-6 for any seed.
 */
class SamplersTest {
  private static final int N = 400_000;
  private static final double Z = 5;

  private static void check(Sampler s, long seed, double mean, double variance, double kurtosis) {
    RandomStream r = new RandomStream(seed);
    Tally t = new Tally();
    for (int i = 0; i < N; i++) {
      t.add(s.sample(r));
    }
    double seMean = Math.sqrt(variance / N);
    assertEquals(mean, t.mean(), Z * seMean, "mean of " + s);
    double seVar = variance * Math.sqrt((kurtosis - 1) / N);
    assertEquals(variance, t.variance(), Z * seVar, "variance of " + s);
  }

  @Test
  void constantDrawsNothing() {
    RandomStream r = new RandomStream(1);
    RandomStream same = new RandomStream(1);
    assertEquals(4.5, Samplers.constant(4.5).sample(r));
    assertEquals(same.nextLong(), r.nextLong());
  }

  @Test
  void uniform() {
    check(Samplers.uniform(2, 10), 11, 6, 64.0 / 12, 1.8);
  }

  @Test
  void triangularSymmetricAndSkewed() {
    check(Samplers.triangular(0, 5, 10), 12, 5, 100.0 / 24, 2.4);
    double a = 1;
    double c = 2;
    double b = 9;
    double var = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
    check(Samplers.triangular(a, c, b), 13, (a + b + c) / 3, var, 2.4);
    check(Samplers.triangular(0, 0, 3), 14, 1, 9.0 / 18, 2.4); // mode at the edge
    assertEquals(3.0, Samplers.triangular(3, 3, 3).sample(new RandomStream(1)));
  }

  @Test
  void triangularStaysInsideItsRange() {
    Sampler s = Samplers.triangular(2, 3, 7);
    RandomStream r = new RandomStream(5);
    for (int i = 0; i < 100_000; i++) {
      double x = s.sample(r);
      assertTrue(x >= 2 && x <= 7);
    }
  }

  @Test
  void normal() {
    check(Samplers.normal(10, 3), 15, 10, 9, 3);
  }

  @Test
  void exponential() {
    check(Samplers.exponential(4), 16, 4, 16, 9);
  }

  @Test
  void lognormalIsParameterisedByTheVariablesOwnMeanAndSd() {
    double mean = 20;
    double sd = 8;
    double s2 = Math.log1p(sd * sd / (mean * mean));
    double kurt = Math.exp(4 * s2) + 2 * Math.exp(3 * s2) + 3 * Math.exp(2 * s2) - 3;
    check(Samplers.lognormal(mean, sd), 17, mean, sd * sd, kurt);
  }

  @Test
  void clampingCountsNegativeDrawsAsZeroWithoutRedrawing() {
    Sampler raw = Samplers.normal(1, 1);
    Sampler clamped = Samplers.clampedAtZero(raw);
    RandomStream a = new RandomStream(18);
    RandomStream b = new RandomStream(18);
    int zeros = 0;
    Tally t = new Tally();
    for (int i = 0; i < N; i++) {
      double x = raw.sample(a);
      double y = clamped.sample(b);
      assertEquals(Math.max(0, x), y, 0.0, "same draw, clamped: the stream is not advanced further");
      if (y == 0) {
        zeros++;
      }
      t.add(y);
    }
    NormalDistribution std = new NormalDistribution(null, 0, 1);
    double p0 = std.cumulativeProbability(-1);
    assertEquals(p0, (double) zeros / N, Z * Math.sqrt(p0 * (1 - p0) / N));
    // E[max(0, X)] = mu Phi(mu/sigma) + sigma phi(mu/sigma); its variance is below Var X = 1
    double expected = std.cumulativeProbability(1) + std.density(1);
    assertEquals(expected, t.mean(), Z / Math.sqrt(N));
    assertEquals(0.0, Samplers.clampedAtZero(Samplers.constant(-3)).sample(a));
    assertEquals(0.0, 1 / Samplers.clampedAtZero(Samplers.constant(-0.0)).sample(a) > 0 ? 0.0 : 1.0);
  }

  @Test
  void sameStreamSameDraws() {
    Sampler s = Samplers.lognormal(5, 2);
    RandomStream a = RandomStream.of(1, 2, "x");
    RandomStream b = RandomStream.of(1, 2, "x");
    for (int i = 0; i < 1000; i++) {
      assertEquals(s.sample(a), s.sample(b));
    }
  }

  @Test
  void rejectsBadParameters() {
    assertThrows(IllegalArgumentException.class, () -> Samplers.triangular(1, 0, 2));
    assertThrows(IllegalArgumentException.class, () -> Samplers.triangular(0, 3, 2));
    assertThrows(IllegalArgumentException.class, () -> Samplers.uniform(2, 1));
    assertThrows(IllegalArgumentException.class, () -> Samplers.normal(0, -1));
    assertThrows(IllegalArgumentException.class, () -> Samplers.lognormal(0, 1));
    assertThrows(IllegalArgumentException.class, () -> Samplers.exponential(0));
    assertThrows(IllegalArgumentException.class, () -> Samplers.constant(Double.NaN));
  }
}
