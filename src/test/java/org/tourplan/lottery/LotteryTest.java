package org.tourplan.lottery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tourplan.engine.RandomStream;

/** The lottery model: hand-computed cases exactly, random cases against a direct applicant-by-applicant draw. */
class LotteryTest {

  private static Outcome runOnce(Lottery l, long seed, int replication) {
    Outcome out = new Outcome(l.months());
    l.run(RandomStream.of(seed, replication, Lottery.SOURCE), l.workspace(), out);
    return out;
  }

  @Test
  void newApplicantsCompoundAndRoundHalfUp() {
    assertEquals(27_000, Lottery.newApplicants(27_000, 0.05, 1));
    assertEquals(28_350, Lottery.newApplicants(27_000, 0.05, 2));
    assertEquals(29_768, Lottery.newApplicants(27_000, 0.05, 3)); // 29,767.5 rounds up
    assertEquals(3, Lottery.newApplicants(2.5, 0, 1));
    assertEquals(1_000, Lottery.newApplicants(10_000, -0.9, 2));
  }

  @Test
  void withoutReturnsEveryMonthWinsMinOfPlacesAndApplicants() {
    long[] s = {60, 1_562, 20_000, 0};
    for (boolean points : new boolean[] {false, true}) {
      Lottery l = new Lottery(s, 10_000, 0.5, 0.0, points);
      Outcome o = runOnce(l, 7, 0);
      long[] a = {10_000, 15_000, 22_500, 33_750};
      long[] w = {60, 1_562, 20_000, 0};
      for (int m = 0; m < 4; m++) {
        assertEquals(a[m], o.pool(m), "pool " + m);
        assertEquals(Math.min(s[m], a[m]), o.winnersIn(m), "winners " + m);
        assertEquals(w[m], o.winnersIn(m));
      }
      assertEquals(81_250, o.applicants());
      assertEquals(81_250, o.entries());
      assertEquals(21_622, o.winners());
      assertEquals(0, o.unfilled());
      assertEquals((10_000 - 60) + (15_000 - 1_562) + (22_500 - 20_000), o.abandoned());
      assertEquals(33_750, o.poolAtEnd());
      assertEquals(1.0, o.meanDrawsToWin());
      assertEquals(60 / 10_000.0, o.firstCohortWinShare());
    }
  }

  @Test
  void fewerApplicantsThanPlacesLeavesPlacesUnfilled() {
    Lottery l = new Lottery(new long[] {100, 100}, 40, 0, 0, false);
    Outcome o = runOnce(l, 1, 0);
    assertEquals(80, o.winners());
    assertEquals(120, o.unfilled());
    assertEquals(1.0, o.firstCohortWinShare());
    assertEquals(0, o.poolAtEnd());
  }

  @ParameterizedTest(name = "preference points {0}")
  @ValueSource(booleans = {false, true})
  void whenEveryoneReturnsThePoolGrowsByApplicantsMinusPlaces(boolean points) {
    long places = 1_562;
    long[] s = new long[12];
    java.util.Arrays.fill(s, places);
    Lottery l = new Lottery(s, 27_000, 0, 1.0, points);
    Outcome o = runOnce(l, 3, 5);
    for (int m = 0; m < 12; m++) {
      assertEquals(27_000 + m * (27_000 - places), o.pool(m), "pool of month " + (m + 1));
      assertEquals(places, o.winnersIn(m));
    }
    assertEquals(0, o.abandoned());
    assertEquals(12 * 27_000 - 12 * places, o.poolAtEnd());
    long draws = 0;
    for (int k = 1; k <= 12; k++) {
      draws += k * o.winnersAtDraw(k);
    }
    assertEquals(draws / (double) o.winners(), o.meanDrawsToWin(), 1e-12);
  }

  @Test
  void preferencePointsShortenTheWaitOfTheOldest() {
    long[] s = new long[12];
    java.util.Arrays.fill(s, 3_000);
    double uniform = 0;
    double points = 0;
    for (int i = 0; i < 20; i++) {
      uniform += runOnce(new Lottery(s, 10_000, 0, 0.8, false), 11, i).firstCohortWinShare();
      points += runOnce(new Lottery(s, 10_000, 0, 0.8, true), 11, i).firstCohortWinShare();
    }
    assertTrue(points > uniform * 1.05, "points " + points + " uniform " + uniform);
  }

  @Test
  void theSameSeedAndReplicationGiveTheSameOutcomeAndOthersDiffer() {
    Lottery l = new Lottery(new long[] {500, 700, 900}, 5_000, 0.1, 0.7, true);
    Outcome a = runOnce(l, 42, 3);
    Outcome b = runOnce(l, 42, 3);
    Outcome c = runOnce(l, 42, 4);
    assertEquals(a.poolAtEnd(), b.poolAtEnd());
    assertEquals(a.meanDrawsToWin(), b.meanDrawsToWin());
    assertNotEquals(a.poolAtEnd(), c.poolAtEnd());
  }

  /**
   * The stated lottery drawn ticket by ticket: a list of applicants with their cohort and points; each month the
   * winners are picked one at a time with probability proportional to 1 + points (or uniformly), then each loser
   * comes back with probability reapplyRate.
   */
  static long[] direct(long[] s, long a, double reapply, boolean points, RandomStream r) {
    int h = s.length;
    List<int[]> pool = new ArrayList<>(); // {cohort, points}
    long[] winnersByCohort = new long[h];
    for (int m = 0; m < h; m++) {
      for (long i = 0; i < a; i++) {
        pool.add(new int[] {m, 0});
      }
      long w = Math.min(s[m], pool.size());
      for (long k = 0; k < w; k++) {
        double total = 0;
        for (int[] p : pool) {
          total += points ? 1 + p[1] : 1;
        }
        double u = r.nextDouble() * total;
        int pick = pool.size() - 1;
        for (int i = 0; i < pool.size(); i++) {
          u -= points ? 1 + pool.get(i)[1] : 1;
          if (u < 0) {
            pick = i;
            break;
          }
        }
        winnersByCohort[pool.get(pick)[0]]++;
        pool.remove(pick);
      }
      if (m == h - 1) {
        break; // the last month's losers are still hoping: the pool at the end
      }
      List<int[]> back = new ArrayList<>();
      for (int[] p : pool) {
        if (r.nextDouble() < reapply) {
          back.add(new int[] {p[0], p[1] + 1});
        }
      }
      pool = back;
    }
    long[] outcome = new long[h + 1];
    System.arraycopy(winnersByCohort, 0, outcome, 0, h);
    outcome[h] = pool.size();
    return outcome;
  }

  /** Encodes (winners of cohorts 1 and 2, pool at the end) as one category. */
  private static int category(long w1, long w2, long end, long a) {
    return (int) ((w1 * (a + 1) + w2) * (3 * a + 1) + end);
  }

  @ParameterizedTest(name = "preference points {0}")
  @ValueSource(booleans = {false, true})
  void agreesWithADirectApplicantByApplicantDraw(boolean points) {
    // small enough to draw ticket by ticket, large enough for the grouped draw to split by binomials (pool > 32)
    long[] s = {12, 15, 14};
    long a = 25;
    double reapply = 0.7;
    int reps = 20_000;
    int cells = category(a, a, 3 * a, a) + 1;
    long[] model = new long[cells];
    long[] reference = new long[cells];
    Lottery l = new Lottery(s, a, 0, reapply, points);
    Outcome out = new Outcome(3);
    Lottery.Workspace ws = l.workspace();
    RandomStream ref = RandomStream.of(2024, 0, "direct-draw");
    for (int i = 0; i < reps; i++) {
      l.run(RandomStream.of(2024, i, Lottery.SOURCE), ws, out);
      model[category(out.winnersOfCohort(0), out.winnersOfCohort(1), out.poolAtEnd(), a)]++;
      long[] d = direct(s, a, reapply, points, ref);
      reference[category(d[0], d[1], d[3], a)]++;
    }
    double p = Stats.sameDistribution(model, reference);
    assertTrue(p > 1e-3, "two-sample chi-square p = " + p);
  }

  @Test
  void theComparisonTellsUniformFromPreferencePoints() {
    long[] s = {12, 15, 14};
    long a = 25;
    int reps = 20_000;
    int cells = category(a, a, 3 * a, a) + 1;
    long[] model = new long[cells];
    long[] reference = new long[cells];
    Lottery l = new Lottery(s, a, 0, 0.7, false);
    Outcome out = new Outcome(3);
    Lottery.Workspace ws = l.workspace();
    RandomStream ref = RandomStream.of(2024, 0, "direct-draw");
    for (int i = 0; i < reps; i++) {
      l.run(RandomStream.of(2024, i, Lottery.SOURCE), ws, out);
      model[category(out.winnersOfCohort(0), out.winnersOfCohort(1), out.poolAtEnd(), a)]++;
      long[] d = direct(s, a, 0.7, true, ref);
      reference[category(d[0], d[1], d[3], a)]++;
    }
    assertTrue(Stats.sameDistribution(model, reference) < 1e-6);
  }
}
