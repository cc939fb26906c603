package org.tourplan.lottery;

import org.tourplan.engine.RandomStream;

/**
 * Draws {@code need} winners without replacement from tickets held in groups of equal weight, each next winner
 * chosen with probability proportional to its weight among those not yet chosen (contract 4.1; with equal weights,
 * the uniform draw: a multivariate hypergeometric). Only the number of winners per group is returned, in time
 * independent of the number of tickets.
 *
 * <p>Why it is the stated draw. Give every ticket an independent exponential clock of rate equal to its weight.
 * The first clock to ring belongs to ticket i with probability w_i / sum(w) (race of exponentials), and by
 * memorylessness the clocks still running start afresh, so the order in which clocks ring is exactly the
 * successive weighted draw (Efraimidis and Spirakis, "Weighted random sampling with a reservoir", IPL 97, 2006:
 * winners are the smallest E_i / w_i). The winners are therefore the first {@code need} tickets to ring.
 *
 * <p>How it is counted. All tickets of a group have times iid Exp(w) conditioned on being at most T (T infinite at
 * the start). For any t in (0, T), the number of a group's tickets ringing by t is Binomial(m, F(t) / F(T)) with
 * F(t) = 1 - e^{-w t}, independently across groups. If exactly {@code need} rang, they are the winners. If more
 * rang, the winners are the first {@code need} of those, whose times are Exp(w) conditioned on at most t: the same
 * problem with T = t. If fewer rang, they all win, and the others' times minus t are Exp(w) conditioned on at most
 * T - t (memorylessness): the same problem with fewer winners to find. t is chosen by Newton's method so that the
 * expected count is {@code need}, which makes a few rounds enough. Small problems finish exactly with one time per
 * ticket (at most {@value #SMALL} tickets), or, while T is infinite and few winners are left, with the successive
 * draw itself. The test {@code WeightedDrawTest} compares the counts with the exact distribution and with a direct
 * ticket-by-ticket draw.
 *
 * <p>Not thread-safe (scratch arrays); one instance per thread.
 */
final class WeightedDraw {
  static final int SMALL = 32;
  private static final int FEW = 8;

  private long[] left = new long[0];
  private final double[] times = new double[SMALL];
  private final int[] owners = new int[SMALL];

  /**
   * Winners per group: {@code won[g]} for g in 0..groups).
   *
   * @param counts  tickets per group (not changed)
   * @param weights weight of one ticket of each group (&gt; 0)
   * @param need    winners wanted; at most the sum of counts
   */
  void draw(RandomStream r, long[] counts, double[] weights, int groups, long need, long[] won) {
    if (left.length < groups) {
      left = new long[Math.max(groups, 2 * left.length)];
    }
    long total = 0;
    int nonEmpty = 0;
    int only = -1;
    for (int g = 0; g < groups; g++) {
      left[g] = counts[g];
      won[g] = 0;
      total += counts[g];
      if (counts[g] > 0) {
        nonEmpty++;
        only = g;
      }
    }
    if (need > total) {
      throw new IllegalArgumentException("need " + need + " > tickets " + total);
    }
    if (nonEmpty == 1) {
      won[only] = need; // one group: no chance involved (and no random number used)
      return;
    }
    double horizon = Double.POSITIVE_INFINITY;
    while (need > 0) {
      if (need == total) {
        for (int g = 0; g < groups; g++) {
          won[g] += left[g];
        }
        return;
      }
      if (total <= SMALL) {
        finishByTimes(r, weights, groups, need, horizon, won);
        return;
      }
      if (horizon == Double.POSITIVE_INFINITY && need <= FEW) {
        finishBySuccessiveDraws(r, weights, groups, need, won);
        return;
      }
      double t = splitTime(weights, groups, need, horizon);
      long[] rung = scratch(groups);
      long rang = 0;
      for (int g = 0; g < groups; g++) {
        rung[g] = left[g] == 0 ? 0 : Binomial.sample(r, left[g], fraction(weights[g], t, horizon));
        rang += rung[g];
      }
      if (rang == need) {
        for (int g = 0; g < groups; g++) {
          won[g] += rung[g];
        }
        return;
      }
      if (rang > need) {
        System.arraycopy(rung, 0, left, 0, groups);
        total = rang;
        horizon = t;
      } else {
        for (int g = 0; g < groups; g++) {
          won[g] += rung[g];
          left[g] -= rung[g];
        }
        need -= rang;
        total -= rang;
        horizon = horizon == Double.POSITIVE_INFINITY ? horizon : horizon - t;
      }
    }
  }

  private long[] rungScratch = new long[0];

  private long[] scratch(int groups) {
    if (rungScratch.length < groups) {
      rungScratch = new long[Math.max(groups, 2 * rungScratch.length)];
    }
    return rungScratch;
  }

  /** P(time &lt;= t | time &lt;= horizon) for one ticket of weight w. */
  private static double fraction(double w, double t, double horizon) {
    double f = -StrictMath.expm1(-w * t);
    if (horizon == Double.POSITIVE_INFINITY) {
      return f;
    }
    return Math.min(1.0, f / -StrictMath.expm1(-w * horizon));
  }

  /**
   * A t in (0, horizon) whose expected count of rung tickets is close to {@code need}: Newton's method from 0 on the
   * concave increasing expected count, which stays left of the root (so inside the horizon). Any t in the interval
   * keeps the draw exact; this one only makes it fast.
   */
  private double splitTime(double[] weights, int groups, long need, double horizon) {
    double t = 0;
    for (int it = 0; it < 4; it++) {
      double f = -need;
      double slope = 0;
      for (int g = 0; g < groups; g++) {
        if (left[g] == 0) {
          continue;
        }
        double w = weights[g];
        double norm = horizon == Double.POSITIVE_INFINITY ? 1 : -StrictMath.expm1(-w * horizon);
        f += left[g] * -StrictMath.expm1(-w * t) / norm;
        slope += left[g] * w * StrictMath.exp(-w * t) / norm;
      }
      t -= f / slope;
    }
    if (!(t > 0 && t < horizon)) {
      t = horizon == Double.POSITIVE_INFINITY ? 1.0 / weights[0] : horizon / 2; // never expected; still exact
    }
    return t;
  }

  /** One exact time per ticket (inverse of the truncated exponential), then the {@code need} earliest win. */
  private void finishByTimes(RandomStream r, double[] weights, int groups, long need, double horizon, long[] won) {
    int n = 0;
    for (int g = 0; g < groups; g++) {
      double w = weights[g];
      double mass = horizon == Double.POSITIVE_INFINITY ? 1 : -StrictMath.expm1(-w * horizon);
      for (long i = 0; i < left[g]; i++) {
        times[n] = -StrictMath.log1p(-r.nextDouble() * mass) / w;
        owners[n] = g;
        n++;
      }
    }
    for (int i = 1; i < n; i++) { // insertion sort by time: at most SMALL tickets, no allocation
      double time = times[i];
      int owner = owners[i];
      int j = i - 1;
      while (j >= 0 && times[j] > time) {
        times[j + 1] = times[j];
        owners[j + 1] = owners[j];
        j--;
      }
      times[j + 1] = time;
      owners[j + 1] = owner;
    }
    for (int i = 0; i < need; i++) {
      won[owners[i]]++;
    }
  }

  /** The stated draw itself, group by group: valid while every clock still runs unconditioned (T infinite). */
  private void finishBySuccessiveDraws(RandomStream r, double[] weights, int groups, long need, long[] won) {
    for (long i = 0; i < need; i++) {
      double sum = 0;
      for (int g = 0; g < groups; g++) {
        sum += left[g] * weights[g];
      }
      double u = r.nextDouble() * sum;
      int pick = -1;
      for (int g = 0; g < groups; g++) {
        if (left[g] == 0) {
          continue;
        }
        pick = g;
        u -= left[g] * weights[g];
        if (u < 0) {
          break;
        }
      }
      won[pick]++;
      left[pick]--;
    }
  }
}
