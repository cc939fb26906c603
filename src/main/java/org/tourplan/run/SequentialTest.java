package org.tourplan.run;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * A group-sequential test of a chance constraint: is the probability p that a month breaches a limit at most
 * {@code bound}? Months are simulated in batches and looked at after each one; at each look the test accepts
 * (p is at most the bound) when the exact one-sided upper confidence bound of p is at most the bound, rejects
 * when the exact lower confidence bound is above it, and otherwise goes on, until its last look, where it is
 * undecided.
 *
 * <p>The looks: three early looks that can only reject (a clearly unsafe timetable is dropped after a few hundred
 * months), then a first accepting look at the fewest months whose upper bound, with no breach, is at most the bound
 * at 3% (for 0.001: 3,506 months), then four more at twice as many each (up to 16 times; never past {@code cap}).
 * Each look's bounds are Clopper-Pearson bounds at its own share of the error (alpha spending, Bonferroni over the
 * looks): accepting spends 3% at the first accepting look and 0.5% at each later one, rejecting 5% / L at each of
 * the L looks. So, whatever look the test stops at, the chance of accepting when p is above the bound is at most 5%,
 * and so is the chance of rejecting when p is below it; the tests check both exactly. Decisions compare whole
 * breach counts with thresholds computed once from the binomial distribution at p = bound (commons-math, pure
 * Java), so they are the same on every machine.
 */
public final class SequentialTest {
  /** The test's total error on each side. */
  public static final double ALPHA = 0.05;
  /** Share of the accepting error spent at the first accepting look. */
  static final double FIRST_SHARE = 0.6;
  private static final int LATER_ACCEPT_LOOKS = 4;
  private static final int EARLY_LOOKS = 3;

  /** What a look says. */
  public enum Outcome {
    /** The upper bound is at most the bound: p is at most the bound with the test's confidence. */
    ACCEPT,
    /** The lower bound is above the bound: p is above it with the test's confidence. */
    REJECT,
    /** The last look came with neither. */
    UNDECIDED,
    /** Neither yet: simulate up to the next look. */
    CONTINUE
  }

  private final double bound;
  private final long[] looks;
  private final long[] acceptAtMost;   // accept when breaches <= this (-1: this look cannot accept)
  private final long[] rejectAtLeast;  // reject when breaches >= this
  private final double[] acceptAlpha;
  private final double rejectAlpha;

  /**
   * The test for {@code bound} with at most {@code cap} months.
   *
   * @throws IllegalArgumentException when the first accepting look would need more than {@code cap} months
   */
  public SequentialTest(double bound, long cap) {
    if (!(bound > 0 && bound < 1)) {
      throw new IllegalArgumentException("bound must be in (0, 1), got " + bound);
    }
    long first = cleanMonths(bound, FIRST_SHARE * ALPHA);
    if (first > cap) {
      throw new IllegalArgumentException("a breach bound of " + bound + " needs " + first + " clean months at its "
          + "first look, more than the cap of " + cap);
    }
    this.bound = bound;
    List<Long> at = new ArrayList<>();
    for (int k = EARLY_LOOKS; k >= 1; k--) {
      long n = first >> k;
      if (n >= 20 && (at.isEmpty() || n > at.get(at.size() - 1))) {
        at.add(n);
      }
    }
    int early = at.size();
    at.add(first);
    for (int k = 1; k <= LATER_ACCEPT_LOOKS && at.get(at.size() - 1) < cap; k++) {
      at.add(Math.min(cap, first << k));
    }
    looks = at.stream().mapToLong(Long::longValue).toArray();
    int accepting = looks.length - early;
    rejectAlpha = ALPHA / looks.length;
    acceptAlpha = new double[looks.length];
    acceptAtMost = new long[looks.length];
    rejectAtLeast = new long[looks.length];
    for (int j = 0; j < looks.length; j++) {
      acceptAlpha[j] = j < early ? 0 : j == early ? FIRST_SHARE * ALPHA
          : (1 - FIRST_SHARE) * ALPHA / Math.max(1, accepting - 1);
      BinomialDistribution b = new BinomialDistribution(null, (int) looks[j], bound);
      acceptAtMost[j] = acceptAlpha[j] == 0 ? -1 : largestWithCdfAtMost(b, acceptAlpha[j]);
      rejectAtLeast[j] = smallestWithTailBelow(b, rejectAlpha);
    }
  }

  /** Fewest clean months whose one-sided upper bound at level {@code alpha} is at most {@code bound}. */
  public static long cleanMonths(double bound, double alpha) {
    // (1 - bound)^n <= alpha; StrictMath for the same answer on every machine
    return (long) Math.ceil(StrictMath.log(alpha) / StrictMath.log1p(-bound));
  }

  /** Largest k with P(X <= k) <= alpha (X binomial at p = bound): upper bound of k breaches <= bound. */
  private static long largestWithCdfAtMost(BinomialDistribution b, double alpha) {
    long k = -1;
    while (k + 1 <= b.getNumberOfTrials() && b.cumulativeProbability((int) (k + 1)) <= alpha) {
      k++;
    }
    return k;
  }

  /** Smallest k with P(X >= k) < alpha: lower bound of k breaches above the bound. */
  private static long smallestWithTailBelow(BinomialDistribution b, double alpha) {
    int n = b.getNumberOfTrials();
    int k = (int) Math.max(1, Math.floor(n * b.getProbabilityOfSuccess()));
    // P(X >= k) = 1 - P(X <= k - 1)
    while (k <= n && 1 - b.cumulativeProbability(k - 1) >= alpha) {
      k++;
    }
    return k;
  }

  /** Months at each look, ascending; the last is the cap. */
  public long[] looks() {
    return looks.clone();
  }

  /** The bound tested. */
  public double bound() {
    return bound;
  }

  /** Accept at look {@code j} with at most this many breaching months (-1: the look cannot accept). */
  public long acceptAtMost(int j) {
    return acceptAtMost[j];
  }

  /** Reject at look {@code j} with at least this many breaching months. */
  public long rejectAtLeast(int j) {
    return rejectAtLeast[j];
  }

  /** The accepting error spent at look {@code j} (0 at the early looks). */
  public double acceptAlpha(int j) {
    return acceptAlpha[j];
  }

  /** The rejecting error spent at each look. */
  public double rejectAlpha() {
    return rejectAlpha;
  }

  /** What look {@code j} says after {@code breaches} of its {@code looks()[j]} months breached. */
  public Outcome decide(int j, long breaches) {
    if (breaches >= rejectAtLeast[j]) {
      return Outcome.REJECT;
    }
    if (breaches <= acceptAtMost[j]) {
      return Outcome.ACCEPT;
    }
    return j == looks.length - 1 ? Outcome.UNDECIDED : Outcome.CONTINUE;
  }

  /** "5 looks up to 56,096 months" and the like, for pages. */
  public String describe() {
    return String.format(java.util.Locale.ROOT, "%d looks from %,d to %,d months", looks.length, looks[0],
        looks[looks.length - 1]);
  }
}
