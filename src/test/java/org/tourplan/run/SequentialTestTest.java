package org.tourplan.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.tourplan.scenario.Bounds;

/**
 * The confirmation's sequential test, checked by its exact operating characteristic: the chance of each outcome
 * for a true breach probability p, computed by dynamic programming over its looks (the breach count after each look
 * is the count before it plus a binomial increment), independently of the thresholds' own derivation.
 */
class SequentialTestTest {
  /** P(accept), P(reject), P(undecided) when each month breaches with probability p. */
  static double[] characteristic(SequentialTest t, double p) {
    long[] looks = t.looks();
    int most = (int) t.rejectAtLeast(looks.length - 1) + 1;
    double[] alive = new double[most + 1]; // P(count = k and still running), k <= most
    alive[0] = 1;
    double accept = 0;
    double reject = 0;
    long done = 0;
    for (int j = 0; j < looks.length; j++) {
      BinomialDistribution inc = new BinomialDistribution(null, (int) (looks[j] - done), p);
      double[] next = new double[most + 1];
      for (int k = 0; k <= most; k++) {
        if (alive[k] == 0) {
          continue;
        }
        for (int x = 0; k + x <= most; x++) {
          next[k + x] += alive[k] * inc.probability(x);
        }
        reject += alive[k] * (1 - inc.cumulativeProbability(most - k)); // counts beyond `most` always reject
      }
      done = looks[j];
      for (int k = 0; k <= most; k++) {
        SequentialTest.Outcome o = t.decide(j, k);
        if (o == SequentialTest.Outcome.ACCEPT) {
          accept += next[k];
          next[k] = 0;
        } else if (o == SequentialTest.Outcome.REJECT) {
          reject += next[k];
          next[k] = 0;
        }
      }
      alive = next;
    }
    double undecided = 0;
    for (double a : alive) {
      undecided += a;
    }
    return new double[] {accept, reject, undecided};
  }

  @Test
  void bothErrorsStayWithinFivePercentWhateverTheLookItStopsAt() {
    for (double bound : new double[] {0.001, 0.01, 0.05}) {
      SequentialTest t = new SequentialTest(bound, Bounds.CONFIRM_MONTHS);
      double[] at = characteristic(t, bound);
      assertTrue(at[0] <= SequentialTest.ALPHA, "accepts a breach rate at the bound " + bound + ": " + at[0]);
      assertTrue(at[1] <= SequentialTest.ALPHA, "rejects a breach rate at the bound " + bound + ": " + at[1]);
      double[] above = characteristic(t, 1.5 * bound);
      assertTrue(above[0] <= SequentialTest.ALPHA, "accepts 1.5 x the bound " + bound + ": " + above[0]);
      double[] below = characteristic(t, bound / 1.5);
      assertTrue(below[1] <= SequentialTest.ALPHA, "rejects 2/3 of the bound " + bound + ": " + below[1]);
    }
  }

  @Test
  void farFromTheBoundItDecidesRightAlmostAlways() {
    SequentialTest t = new SequentialTest(0.001, Bounds.CONFIRM_MONTHS);
    // the tight space: candidates breaching in 0.025% of months, a quarter of the bound
    double[] quarter = characteristic(t, 0.00025);
    assertTrue(quarter[0] > 0.999, "a quarter of the bound is accepted: " + quarter[0]);
    double[] clean = characteristic(t, 0);
    assertEquals(1, clean[0], 1e-12, "a timetable that never breaches is accepted at the first accepting look");
    double[] four = characteristic(t, 0.004);
    assertTrue(four[1] > 0.999, "four times the bound is rejected: " + four[1]);
    double[] edge = characteristic(t, 0.0009);
    assertTrue(edge[2] > 0.01, "on the edge of the bound the test may stay undecided: " + edge[2]);
  }

  @Test
  void aCleanRunIsAcceptedAtTheFewestMonthsItsShareOfTheErrorAllows() {
    SequentialTest t = new SequentialTest(0.001, Bounds.CONFIRM_MONTHS);
    long[] looks = t.looks();
    int first = 0;
    while (t.acceptAtMost(first) < 0) {
      first++;
    }
    // 0.999^n <= 0.03 from n = 3,505
    assertEquals(3505, looks[first]);
    assertTrue(Math.pow(0.999, 3505) <= 0.03 && Math.pow(0.999, 3504) > 0.03);
    assertEquals(SequentialTest.Outcome.ACCEPT, t.decide(first, 0));
    assertEquals(SequentialTest.Outcome.CONTINUE, t.decide(first, 1));
    assertTrue(first >= 1 && t.decide(0, looks[0]) == SequentialTest.Outcome.REJECT, "early looks reject only");
    assertEquals(16 * looks[first], looks[looks.length - 1], "the cap is 16 times the first accepting look");
  }

  @Test
  void theLeastBoundTheFormatAllowsFitsTheCap() {
    SequentialTest t = new SequentialTest(Bounds.BREACH_BOUND_MIN, Bounds.CONFIRM_MONTHS);
    assertTrue(t.looks()[t.looks().length - 1] <= Bounds.CONFIRM_MONTHS);
    assertThrows(IllegalArgumentException.class, () -> new SequentialTest(3.4e-6, Bounds.CONFIRM_MONTHS));
    assertEquals(Bounds.CONFIRM_MONTHS, SequentialTest.cleanMonths(3.5066e-6, 0.03), 1000);
  }
}
