package org.tourplan.lottery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.tourplan.engine.RandomStream;

/** The binomial sampler against the exact binomial probabilities, in both of its regimes. */
class BinomialTest {

  @ParameterizedTest(name = "Binomial({0}, {1})")
  @CsvSource({
      "0, 0.3", "7, 0.0", "7, 1.0", "1, 0.5", "12, 0.2", "40, 0.1", "200, 0.03", // inversion (n p < 10)
      "30, 0.5", "100, 0.25", "1000, 0.6", "50000, 0.45", "2000000, 0.0123", "40, 0.9"}) // BTRS (n min(p,q) >= 10)
  void matchesTheExactDistribution(long n, double p) {
    RandomStream r = RandomStream.of(99, n, "binomial-" + p);
    int draws = 40_000;
    if (n == 0 || p == 0 || p == 1) {
      for (int i = 0; i < 100; i++) {
        assertEquals(p == 1 ? n : 0, Binomial.sample(r, n, p));
      }
      return;
    }
    // categories: every value within 8 sd of the mean (the rest pooled, checked to be empty)
    double mean = n * p;
    double sd = Math.sqrt(n * p * (1 - p));
    long lo = Math.max(0, (long) Math.floor(mean - 8 * sd - 1));
    long hi = Math.min(n, (long) Math.ceil(mean + 8 * sd + 1));
    int cells = (int) (hi - lo + 1);
    long[] observed = new long[cells];
    double[] expected = new double[cells];
    BinomialDistribution exact = new BinomialDistribution(null, (int) n, p);
    double sum = 0;
    for (int k = 0; k < cells; k++) {
      expected[k] = exact.probability((int) (lo + k));
      sum += expected[k];
    }
    for (int k = 0; k < cells; k++) {
      expected[k] /= sum;
    }
    for (int i = 0; i < draws; i++) {
      long k = Binomial.sample(r, n, p);
      assertTrue(k >= lo && k <= hi, "draw " + k + " more than 8 sd from the mean");
      observed[(int) (k - lo)]++;
    }
    double pValue = Stats.goodnessOfFit(expected, observed);
    assertTrue(pValue > 1e-3, "chi-square p = " + pValue);
  }

  @Test
  void theTestRejectsAShiftedSampler() {
    // the same check must fail for a sampler that is off by little: Binomial(1000, 0.6) against (1000, 0.61)
    RandomStream r = RandomStream.of(5, 0, "binomial-power");
    BinomialDistribution exact = new BinomialDistribution(null, 1000, 0.6);
    double[] expected = new double[1001];
    long[] observed = new long[1001];
    for (int k = 0; k <= 1000; k++) {
      expected[k] = exact.probability(k);
    }
    for (int i = 0; i < 40_000; i++) {
      observed[(int) Binomial.sample(r, 1000, 0.61)]++;
    }
    assertTrue(Stats.goodnessOfFit(expected, observed) < 1e-6);
  }

  @Test
  void logFactorialIsExactAcrossTheTableEdge() {
    for (long k : new long[] {0, 1, 5, 255, 256, 257, 1000, 123456}) {
      double direct = 0;
      for (long i = 2; i <= k; i++) {
        direct += Math.log(i);
      }
      assertEquals(direct, Binomial.logFactorial(k), 1e-9 * Math.max(1, direct), "ln " + k + "!");
    }
  }
}
