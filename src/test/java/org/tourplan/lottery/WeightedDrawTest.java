package org.tourplan.lottery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tourplan.engine.RandomStream;

/**
 * The grouped draw ({@link WeightedDraw}) is the stated draw: its winners per group follow the exact distribution
 * of successive weighted draws without replacement (computed below by dynamic programming over the draws), for
 * uniform and unequal weights, in each of its regimes (per-ticket times for small pools, successive draws for few
 * winners, binomial splitting for the rest).
 */
class WeightedDrawTest {

  /** Exact probabilities of each outcome (winners per group, mixed radix on counts + 1) after {@code need} draws. */
  static double[] exact(long[] counts, double[] weights, int need) {
    int g = counts.length;
    int[] radix = new int[g];
    int states = 1;
    for (int i = 0; i < g; i++) {
      radix[i] = states;
      states *= (int) counts[i] + 1;
    }
    double[] p = new double[states];
    p[0] = 1;
    for (int step = 0; step < need; step++) {
      double[] next = new double[states];
      for (int s = 0; s < states; s++) {
        if (p[s] == 0) {
          continue;
        }
        double total = 0;
        for (int i = 0; i < g; i++) {
          total += (counts[i] - digit(s, radix, counts, i)) * weights[i];
        }
        for (int i = 0; i < g; i++) {
          long rest = counts[i] - digit(s, radix, counts, i);
          if (rest > 0) {
            next[s + radix[i]] += p[s] * rest * weights[i] / total;
          }
        }
      }
      p = next;
    }
    return p;
  }

  private static int digit(int s, int[] radix, long[] counts, int i) {
    return (s / radix[i]) % ((int) counts[i] + 1);
  }

  private static int encode(long[] won, long[] counts) {
    int s = 0;
    int radix = 1;
    for (int i = 0; i < won.length; i++) {
      s += (int) won[i] * radix;
      radix *= (int) counts[i] + 1;
    }
    return s;
  }

  private static long[] histogram(long[] counts, double[] weights, int need, int draws, long seed) {
    WeightedDraw d = new WeightedDraw();
    RandomStream r = RandomStream.of(seed, 0, "weighted-draw-test");
    long[] won = new long[counts.length];
    int states = 1;
    for (long c : counts) {
      states *= (int) c + 1;
    }
    long[] hist = new long[states];
    for (int i = 0; i < draws; i++) {
      d.draw(r, counts, weights, counts.length, need, won);
      long sum = 0;
      for (int k = 0; k < won.length; k++) {
        assertTrue(won[k] >= 0 && won[k] <= counts[k]);
        sum += won[k];
      }
      assertEquals(need, sum);
      hist[encode(won, counts)]++;
    }
    return hist;
  }

  @ParameterizedTest(name = "counts {0}, weights {1}, need {2}")
  @CsvSource(delimiter = ';', value = {
      "5 4 3; 1 1 1; 6",          // uniform, small pool: per-ticket times
      "5 4 3; 1 2 3; 6",          // preference points, small pool
      "30 20 10; 1 1 1; 25",      // uniform (multivariate hypergeometric), binomial splitting
      "30 20 10; 1 2 3; 25",      // preference points, binomial splitting
      "30 20 10; 1 2 3; 5",       // few winners: successive draws
      "40 25 9 6; 4 3 2 1; 41",   // four cohorts, most of the pool wins
      "60 1 3; 1 7 3; 3"})
  void followsTheExactDistribution(String countsText, String weightsText, int need) {
    long[] counts = parseLongs(countsText);
    double[] weights = parseDoubles(weightsText);
    double[] p = exact(counts, weights, need);
    long[] observed = histogram(counts, weights, need, 30_000, need * 31L + counts.length);
    double pValue = Stats.goodnessOfFit(p, observed);
    assertTrue(pValue > 1e-3, "chi-square p = " + pValue);
  }

  @Test
  void theTestTellsUniformFromWeighted() {
    long[] counts = {30, 20, 10};
    double[] weighted = exact(counts, new double[] {1, 2, 3}, 25);
    long[] uniform = histogram(counts, new double[] {1, 1, 1}, 25, 30_000, 3);
    assertTrue(Stats.goodnessOfFit(weighted, uniform) < 1e-6);
  }

  @Test
  void largeCountsKeepTheirMeanAndAreExactAtTheEdges() {
    WeightedDraw d = new WeightedDraw();
    RandomStream r = RandomStream.of(1, 0, "edges");
    long[] won = new long[3];
    d.draw(r, new long[] {10, 0, 7}, new double[] {1, 2, 3}, 3, 17, won);
    assertArrayEquals(new long[] {10, 0, 7}, won); // everyone wins
    d.draw(r, new long[] {50_000, 0, 0}, new double[] {1, 1, 1}, 3, 1_562, won);
    assertArrayEquals(new long[] {1_562, 0, 0}, won); // one group: no chance involved
    d.draw(r, new long[] {4, 5, 6}, new double[] {1, 1, 1}, 3, 0, won);
    assertArrayEquals(new long[] {0, 0, 0}, won);
    // uniform over two large groups: the first group's share is hypergeometric, mean need x 40000 / 60000
    int reps = 2_000;
    double sum = 0;
    double sumSq = 0;
    for (int i = 0; i < reps; i++) {
      d.draw(r, new long[] {40_000, 20_000}, new double[] {1, 1}, 2, 1_500, won);
      sum += won[0];
      sumSq += (double) won[0] * won[0];
    }
    double mean = sum / reps;
    double sd = Math.sqrt((sumSq - reps * mean * mean) / (reps - 1));
    // hypergeometric sd: sqrt(n K/N (N-K)/N (N-n)/(N-1))
    double exactSd = Math.sqrt(1500 * (2.0 / 3) * (1.0 / 3) * (58_500.0 / 59_999));
    assertEquals(1000, mean, 4 * exactSd / Math.sqrt(reps));
    assertEquals(exactSd, sd, 0.1 * exactSd);
  }

  static long[] parseLongs(String s) {
    String[] parts = s.trim().split("\\s+");
    long[] v = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      v[i] = Long.parseLong(parts[i]);
    }
    return v;
  }

  static double[] parseDoubles(String s) {
    String[] parts = s.trim().split("\\s+");
    double[] v = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      v[i] = Double.parseDouble(parts[i]);
    }
    return v;
  }
}
