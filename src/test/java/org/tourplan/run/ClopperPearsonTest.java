package org.tourplan.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/** The exact one-sided bound: its defining property, and the month count the planner's default rests on. */
class ClopperPearsonTest {
  @Test
  void theUpperBoundIsWhereSeeingAtMostKEventsHasProbabilityFivePercent() {
    for (int[] kn : new int[][] {{1, 10}, {3, 50}, {0, 200}, {17, 2995}}) {
      double u = ClopperPearson.upper95(kn[0], kn[1]);
      double tail = new BinomialDistribution(null, kn[1], u).cumulativeProbability(kn[0]);
      assertEquals(0.05, tail, 1e-6, "k=" + kn[0] + " n=" + kn[1]);
    }
    assertEquals(0.3942, ClopperPearson.upper95(1, 10), 1e-4, "the textbook value for 1 in 10");
  }

  @Test
  void theLowerBoundIsWhereSeeingAtLeastKEventsHasProbabilityFivePercent() {
    double l = ClopperPearson.lower95(3, 50);
    double tail = 1 - new BinomialDistribution(null, 50, l).cumulativeProbability(2);
    assertEquals(0.05, tail, 1e-6);
    assertEquals(0, ClopperPearson.lower95(0, 50), 0);
  }

  @Test
  void aboutThreeThousandCleanMonthsBoundTheBreachProbabilityByOneInAThousand() {
    assertEquals(2995, ClopperPearson.cleanTrialsFor(0.001));
    assertTrue(ClopperPearson.upper95(0, 2995) <= 0.001);
    assertTrue(ClopperPearson.upper95(0, 2994) > 0.001);
  }
}
