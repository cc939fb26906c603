package org.tourplan.lottery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tourplan.engine.RandomStream;

/**
 * {@link Inclusion} is the chance of the successive weighted draw: equal to an exact enumeration of the draw on
 * small pools, adding up to the number of winners on large ones, and matched by simulated draws.
 */
class InclusionTest {

  /** Exact chances from the distribution of winners per group (WeightedDrawTest's enumeration of the draw). */
  private static double[] enumerated(long[] counts, double[] weights, int need) {
    double[] p = WeightedDrawTest.exact(counts, weights, need);
    int g = counts.length;
    double[] mean = new double[g];
    for (int s = 0; s < p.length; s++) {
      int rest = s;
      for (int i = 0; i < g; i++) {
        int radix = (int) counts[i] + 1;
        mean[i] += p[s] * (rest % radix);
        rest /= radix;
      }
    }
    for (int i = 0; i < g; i++) {
      mean[i] /= counts[i];
    }
    return mean;
  }

  @ParameterizedTest(name = "counts {0}, weights {1}, winners {2}")
  @CsvSource(delimiter = ';', value = {
      "5 4 3; 1 2 3; 6",
      "30 20 10; 1 2 3; 25",
      "30 20 10; 1 2 3; 5",
      "30 20 10; 1 2 3; 1",
      "30 20 10; 1 2 3; 59",
      "40 25 9 6; 4 3 2 1; 41",
      "60 1 3; 1 7 3; 3",
      "10 10; 1 5; 1",
      "10 10; 1 5; 19",
      "1 1; 1 100; 1",
      "50 40 30; 1 1.5 40; 30",
      "200 100 50; 1 2 3; 80"})
  void equalsTheEnumeratedDraw(String countsText, String weightsText, int need) {
    long[] counts = WeightedDrawTest.parseLongs(countsText);
    double[] weights = WeightedDrawTest.parseDoubles(weightsText);
    double[] exact = enumerated(counts, weights, need);
    double[] pi = Inclusion.probabilities(counts, weights, need);
    assertArrayEquals(exact, pi, 1e-11, () -> java.util.Arrays.toString(pi) + " vs " + java.util.Arrays.toString(exact));
  }

  @Test
  void equalWeightsGiveWinnersOverTicketsAndTheEdgesAreExact() {
    assertArrayEquals(new double[] {426.0 / 27_000, 426.0 / 27_000, 0},
        Inclusion.probabilities(new long[] {20_000, 7_000, 0}, new double[] {3, 3, 1}, 426));
    assertArrayEquals(new double[] {1, 1}, Inclusion.probabilities(new long[] {3, 4}, new double[] {1, 2}, 7));
    assertArrayEquals(new double[] {1, 1}, Inclusion.probabilities(new long[] {3, 4}, new double[] {1, 2}, 100));
    assertArrayEquals(new double[] {0, 0}, Inclusion.probabilities(new long[] {3, 4}, new double[] {1, 2}, 0));
  }

  @ParameterizedTest(name = "{1} of {0}")
  @CsvSource({"27000, 1", "27000, 426", "27000, 1562", "27000, 5000", "2700, 1350", "2700, 2690", "2700, 2699"})
  void chancesAddUpToTheWinnersOnLargePools(long pool, long winners) {
    long[] counts = {15_000, 6_000, 3_000, 1_500, 900, 400, 200};
    for (int i = 0; i < counts.length; i++) {
      counts[i] = counts[i] * pool / 27_000; // 2,700: nearly every ticket wins, the other regime of the quadrature
    }
    double[] weights = {1, 2, 3, 4, 5, 6, 7};
    double[] pi = Inclusion.probabilities(counts, weights, winners);
    double sum = 0;
    for (int i = 0; i < counts.length; i++) {
      sum += counts[i] * pi[i];
      assertTrue(i == 0 || pi[i] >= pi[i - 1] - 1e-12, () -> "more weight, more chance: " + java.util.Arrays.toString(pi));
    }
    assertEquals(winners, sum, 1e-8 * winners + 1e-9);
  }

  @Test
  void simulatedDrawsMatchTheChances() {
    long[] counts = {20_000, 5_000, 2_000, 500};
    double[] weights = {1, 2, 3, 4};
    int need = 426;
    double[] pi = Inclusion.probabilities(counts, weights, need);
    WeightedDraw d = new WeightedDraw();
    RandomStream r = RandomStream.of(11, 0, "inclusion-test");
    int reps = 4_000;
    double[] sum = new double[4];
    double[] sumSq = new double[4];
    long[] won = new long[4];
    for (int k = 0; k < reps; k++) {
      d.draw(r, counts, weights, 4, need, won);
      for (int i = 0; i < 4; i++) {
        sum[i] += won[i];
        sumSq[i] += (double) won[i] * won[i];
      }
    }
    for (int i = 0; i < 4; i++) {
      double mean = sum[i] / reps;
      double sd = Math.sqrt((sumSq[i] - reps * mean * mean) / (reps - 1));
      // 4.5 standard errors: a false alarm about once in 150,000 runs (the seed is fixed anyway)
      assertEquals(counts[i] * pi[i], mean, 4.5 * sd / Math.sqrt(reps), "group " + i);
    }
  }
}
