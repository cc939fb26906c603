package org.tourplan.scenario;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The most vehicles first-fit-decreasing can need for one admissible group (contract 2.5): the maximum over every
 * multiset of party sizes with at most {@code maxParties} parties and at most {@code maxPersons} persons.
 *
 * <p>Exact: a depth-first walk chooses how many parties of each size, largest size first, placing them first-fit as
 * it goes (which is exactly first-fit-decreasing on the whole multiset), pruned by branch and bound (a mix can end
 * with at most one new vehicle per further party) and by a memo of visited packing states. The walk stops after a
 * work budget; the result then says it is incomplete and holds the worst mix found so far.
 */
final class FleetCheck {

  /** Worst case found. {@code counts[i]} parties of {@code sizes[i]} persons need {@code vehicles}. */
  record Result(int vehicles, int[] sizes, int[] counts, boolean complete) { }

  private static final long DEFAULT_BUDGET = 30_000_000L;
  private static final int MAX_BINS = 100_000;
  private static final int MAX_MEMO = 500_000;

  private final int[] sizes;
  private final int seats;
  private final long maxPersons;
  private final long maxParties;
  private final long budget;
  private final int[] counts;
  private final Set<String> memo = new HashSet<>();
  private long work;
  private boolean exhausted;
  private int best;
  private int[] bestCounts;

  private FleetCheck(int[] sizes, int seats, long maxPersons, long maxParties, long budget) {
    this.sizes = sizes;
    this.seats = seats;
    this.maxPersons = maxPersons;
    this.maxParties = maxParties;
    this.budget = budget;
    this.counts = new int[sizes.length];
    this.bestCounts = new int[sizes.length];
  }

  static Result worst(int[] partySizes, int seats, long maxPersons, long maxParties) {
    return worst(partySizes, seats, maxPersons, maxParties, DEFAULT_BUDGET);
  }

  /**
   * @param partySizes distinct possible party sizes, each in 1..seats (any order)
   * @param seats      seats per vehicle
   * @param maxPersons most persons admitted (maxSize)
   * @param maxParties most parties admitted (size + overbook)
   * @param budget     work units before giving up
   */
  static Result worst(int[] partySizes, int seats, long maxPersons, long maxParties, long budget) {
    int[] desc = Arrays.stream(partySizes).boxed().sorted((a, b) -> Integer.compare(b, a))
        .mapToInt(Integer::intValue).toArray();
    FleetCheck f = new FleetCheck(desc, seats, maxPersons, maxParties, budget);
    long bound = Math.min(maxParties, 2 * maxPersons / seats + 1);
    if (bound > MAX_BINS) {
      f.allLargest();
      return new Result(f.best, desc, f.bestCounts, false);
    }
    f.dfs(0, new int[0], 0L, 0L);
    return new Result(f.best, desc, f.bestCounts, !f.exhausted);
  }

  /** Only the mix of as many largest parties as allowed (a lower bound on the worst case). */
  private void allLargest() {
    int s = sizes[0];
    long m = Math.min(maxParties, maxPersons / s);
    long per = seats / s;
    long v = (m + per - 1) / per;
    best = (int) Math.min(Integer.MAX_VALUE, v);
    bestCounts = new int[sizes.length];
    bestCounts[0] = (int) Math.min(Integer.MAX_VALUE, m);
  }

  private void dfs(int i, int[] loads, long persons, long parties) {
    work += 1 + loads.length;
    if (work > budget) {
      exhausted = true;
      return;
    }
    if (i == sizes.length) {
      if (loads.length > best) {
        best = loads.length;
        bestCounts = counts.clone();
      }
      return;
    }
    long further = Math.min(maxParties - parties, (maxPersons - persons) / sizes[sizes.length - 1]);
    if (loads.length + further <= best) {
      return;
    }
    if (memo.size() < MAX_MEMO) {
      String key = i + ":" + parties + ":" + Arrays.toString(loads);
      if (!memo.add(key)) {
        return;
      }
    }
    int s = sizes[i];
    long cmax = Math.min(maxParties - parties, (maxPersons - persons) / s);
    for (long c = cmax; c >= 0; c--) {
      int[] next = place(loads, s, c);
      if (exhausted) {
        break;
      }
      counts[i] = (int) c;
      dfs(i + 1, next, persons + c * s, parties + c);
      if (exhausted) {
        break;
      }
    }
    counts[i] = 0;
  }

  /** First fit of c parties of s persons into vehicles with the given loads (identical parties fill in order). */
  private int[] place(int[] loads, int s, long c) {
    int[] out = loads.clone();
    long remaining = c;
    for (int j = 0; j < out.length && remaining > 0; j++) {
      long k = Math.min(remaining, (seats - out[j]) / s);
      out[j] += (int) (k * s);
      remaining -= k;
    }
    if (remaining == 0) {
      return out;
    }
    long per = seats / s;
    long extra = (remaining + per - 1) / per;
    if (out.length + extra > MAX_BINS) {
      exhausted = true;
      return out;
    }
    int[] grown = Arrays.copyOf(out, out.length + (int) extra);
    for (int j = out.length; j < grown.length; j++) {
      long k = Math.min(remaining, per);
      grown[j] = (int) (k * s);
      remaining -= k;
    }
    return grown;
  }
}
