package org.tourplan.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Contract 2.7 summaries against values worked out by hand. */
class SummaryTest {
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
