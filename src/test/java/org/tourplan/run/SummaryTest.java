package org.tourplan.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Contract 2.7 summaries against values worked out by hand, and properties on random data. */
class SummaryTest {
  /**
   * A metric equal in every month is summarised exactly: mean, percentiles and interval are that value, sd is 0
   * (evacuationMinutesMax 0.1836734693877551 in every month once had mean 0.18367346938775161 and sd 3.5e-15).
   */
  @Test
  void aConstantIsSummarisedExactly() {
    Random r = new Random(20251207);
    double[] seen = {0.1836734693877551, 0.1, 1.0 / 3, 2.0 / 3, 1e-300, 1e15 + 0.5, 123456.789, 0.0, -0.7};
    for (int trial = 0; trial < 5000; trial++) {
      double c = trial < seen.length ? seen[trial] : switch (trial % 4) {
        case 0 -> r.nextDouble();
        case 1 -> r.nextDouble() * Math.pow(10, r.nextInt(30) - 10);
        case 2 -> r.nextInt(100000) / 7.0;
        default -> Double.longBitsToDouble(r.nextLong() & 0x7FEF_FFFF_FFFF_FFFFL); // any finite positive double
      };
      int n = 1 + r.nextInt(trial % 10 == 0 ? 20000 : 300);
      double[] x = new double[n];
      Arrays.fill(x, c);
      Summary s = Summary.of(x);
      String what = "constant " + c + " x " + n;
      assertEquals(c, s.mean(), 0, what);
      assertEquals(c, s.p05(), 0, what);
      assertEquals(c, s.p50(), 0, what);
      assertEquals(c, s.p95(), 0, what);
      if (n > 1) {
        assertEquals(0, s.sd(), 0, what);
        assertEquals(c, s.ciLow(), 0, what);
        assertEquals(c, s.ciHigh(), 0, what);
      }
    }
  }

  /** On any data the mean lies between min and max and within a few ulps of the exact mean. */
  @Test
  void theMeanIsBetweenMinAndMaxAndCloseToTheExactMean() {
    Random r = new Random(7);
    for (int trial = 0; trial < 3000; trial++) {
      int n = 1 + r.nextInt(400);
      double base = r.nextDouble() * Math.pow(10, r.nextInt(12) - 4);
      double spread = trial % 3 == 0 ? Math.ulp(base) * r.nextInt(8) : base * r.nextDouble();
      double[] x = new double[n];
      BigDecimal sum = BigDecimal.ZERO;
      for (int i = 0; i < n; i++) {
        x[i] = base + spread * r.nextDouble();
        sum = sum.add(new BigDecimal(x[i]));
      }
      Summary s = Summary.of(x);
      assertTrue(s.min() <= s.mean() && s.mean() <= s.max(), "mean " + s.mean() + " outside [" + s.min() + ", "
          + s.max() + "]");
      double exact = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
      assertEquals(exact, s.mean(), 4 * Math.ulp(s.max()), "n " + n);
      assertTrue(n == 1 || s.sd() >= 0);
    }
  }

  @Test
  void fiveValuesGiveHandComputedSummary() {
    Summary s = Summary.of(new double[] {5, 1, 4, 2, 3});
    assertEquals(5, s.n());
    assertEquals(3.0, s.mean(), 1e-12);
    assertEquals(Math.sqrt(2.5), s.sd(), 1e-12); // n - 1 in the denominator: 10 / 4
    // t(0.975, 4) = 2.7764451051977987; half width = t x sd / sqrt(5)
    double half = 2.7764451051977987 * Math.sqrt(2.5) / Math.sqrt(5);
    assertEquals(3 - half, s.ciLow(), 1e-9);
    assertEquals(3 + half, s.ciHigh(), 1e-9);
    // position 1 + (n - 1) p in the sorted values 1..5
    assertEquals(1.2, s.p05(), 1e-12);
    assertEquals(3.0, s.p50(), 1e-12);
    assertEquals(4.8, s.p95(), 1e-12);
    assertEquals(1, s.min(), 0);
    assertEquals(5, s.max(), 0);
  }

  @Test
  void monthsWithoutObservationAreLeftOut() {
    Summary s = Summary.of(new double[] {Double.NaN, 4, Double.NaN});
    assertEquals(1, s.n());
    assertEquals(4, s.mean(), 0);
    assertTrue(Double.isNaN(s.sd()), "sd undefined for one value");
    assertTrue(Double.isNaN(s.ciLow()) && Double.isNaN(s.ciHigh()), "no interval for one value");
    assertEquals(4, s.p05(), 0);
  }

  @Test
  void noObservationAtAll() {
    Summary s = Summary.of(new double[] {Double.NaN, Double.NaN});
    assertEquals(0, s.n());
    assertTrue(Double.isNaN(s.mean()));
  }
}
