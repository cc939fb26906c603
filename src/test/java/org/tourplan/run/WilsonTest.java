package org.tourplan.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tourplan.verdict.Verdict;

/** The Wilson interval and the verdict thresholds. */
class WilsonTest {
  @Test
  void zeroBreachesInOneHundredMonths() {
    // upper = z^2 / (n + z^2) when k = 0
    double z2 = 1.959963984540054 * 1.959963984540054;
    assertArrayEquals(new double[] {0, z2 / (100 + z2)}, Wilson.interval95(0, 100), 1e-12);
  }

  @Test
  void halfIsSymmetric() {
    double[] w = Wilson.interval95(50, 100);
    assertEquals(0.5 - w[0], w[1] - 0.5, 1e-12);
    assertEquals(0.40383, w[0], 1e-5); // published value for 50/100
  }

  @Test
  void allBreaches() {
    assertEquals(1.0, Wilson.interval95(20, 20)[1], 1e-12);
  }

  @Test
  void verdictThresholds() {
    assertEquals(Verdict.SAFE, Verdict.of(0, 10));
    assertEquals(Verdict.AT_RISK, Verdict.of(1, 10));
    assertEquals(Verdict.AT_RISK, Verdict.of(5, 10));
    assertEquals(Verdict.UNSAFE, Verdict.of(6, 10));
  }
}
