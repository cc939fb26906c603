package org.tourplan.draw;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.tourplan.engine.RandomStream;

/**
 * The draw order by exponential clocks is the model's successive weighted draw: on a small pool the whole order's
 * distribution equals the exact probability of each order (product of weight / weight left), and a direct
 * applicant-by-applicant draw, written here independently, gives the same distribution. A wrong rule is told apart.
 */
class DrawOrderTest {
  private static final double[] WEIGHTS = {1, 2, 3, 1, 4};

  /** Exact probability of an order under successive draws proportional to weight. */
  private static double exact(int[] order, double[] w) {
    double left = Arrays.stream(w).sum();
    double p = 1;
    for (int i : order) {
      p *= w[i] / left;
      left -= w[i];
    }
    return p;
  }

  /** The successive draw itself: each next applicant by weight among those left (independent of DrawOrder). */
  static int[] successive(double[] w, RandomStream r) {
    int n = w.length;
    boolean[] taken = new boolean[n];
    int[] order = new int[n];
    for (int k = 0; k < n; k++) {
      double left = 0;
      for (int i = 0; i < n; i++) {
        left += taken[i] ? 0 : w[i];
      }
      double u = r.nextDouble() * left;
      int pick = -1;
      for (int i = 0; i < n; i++) {
        if (taken[i]) {
          continue;
        }
        pick = i;
        u -= w[i];
        if (u < 0) {
          break;
        }
      }
      taken[pick] = true;
      order[k] = pick;
    }
    return order;
  }

  private static Map<String, Long> histogram(double[] w, int draws, boolean clocks, long seed) {
    Map<String, Long> h = new HashMap<>();
    RandomStream r = RandomStream.of(seed, 0, "order-test");
    for (int k = 0; k < draws; k++) {
      int[] o = clocks ? DrawOrder.order(w, r) : successive(w, r);
      h.merge(Arrays.toString(o), 1L, Long::sum);
    }
    return h;
  }

  /** Chi-square p-value of the observed orders against the exact probabilities of all 120 orders. */
  private static double fit(Map<String, Long> observed, double[] w, int draws) {
    int[][] perms = permutations(w.length);
    double[] e = new double[perms.length];
    long[] o = new long[perms.length];
    for (int k = 0; k < perms.length; k++) {
      e[k] = exact(perms[k], WEIGHTS) * draws;
      o[k] = observed.getOrDefault(Arrays.toString(perms[k]), 0L);
    }
    return new ChiSquareTest().chiSquareTest(e, o);
  }

  @Test
  void theWholeOrderIsTheSuccessiveWeightedDraw() {
    int draws = 60_000;
    assertTrue(fit(histogram(WEIGHTS, draws, true, 1), WEIGHTS, draws) > 1e-3, "clocks");
    assertTrue(fit(histogram(WEIGHTS, draws, false, 2), WEIGHTS, draws) > 1e-3, "the direct draw (the test's own)");
  }

  @Test
  void theTestRejectsAWrongRule() {
    int draws = 60_000;
    double[] uniform = {1, 1, 1, 1, 1};
    assertTrue(fit(histogram(uniform, draws, true, 3), WEIGHTS, draws) < 1e-9, "a uniform order is not the rule");
    double[] squared = {1, 4, 9, 1, 16};
    assertTrue(fit(histogram(squared, draws, true, 4), WEIGHTS, draws) < 1e-9, "weights squared are not the rule");
  }

  @Test
  void theRadixSortIsAStableSortByKey() {
    RandomStream r = RandomStream.of(5, 0, "sort");
    long[] keys = new long[20_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = Double.doubleToRawLongBits(r.nextInt(500) == 0 ? 0.5 : -StrictMath.log(r.nextOpenDouble()) / 3);
    }
    Integer[] expected = new Integer[keys.length];
    for (int i = 0; i < keys.length; i++) {
      expected[i] = i;
    }
    Arrays.sort(expected, Comparator.comparingDouble((Integer i) -> Double.longBitsToDouble(keys[i]))
        .thenComparingInt(i -> i));
    assertArrayEquals(Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), DrawOrder.sortedIndices(keys));
  }

  @Test
  void theStreamDependsOnTheSeedAndTheFile() {
    String sha = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    assertEquals(0x0011223344556677L, DrawOrder.fileKey(sha));
    assertEquals(0xffeeddccbbaa9988L, DrawOrder.fileKey("ffeeddccbbaa9988" + sha.substring(16)));
    double[] w = new double[50];
    Arrays.fill(w, 1);
    int[] a = DrawOrder.order(w, DrawOrder.stream(7, sha));
    assertArrayEquals(a, DrawOrder.order(w, DrawOrder.stream(7, sha)));
    assertFalse(Arrays.equals(a, DrawOrder.order(w, DrawOrder.stream(8, sha))));
    assertFalse(Arrays.equals(a, DrawOrder.order(w, DrawOrder.stream(7, "01" + sha.substring(2)))));
    // the order is pinned: any change to the stream, the keys or the sort changes every published draw
    assertArrayEquals(new int[] {8, 27, 30, 29, 28}, Arrays.copyOf(a, 5));
  }

  private static int[][] permutations(int n) {
    java.util.List<int[]> out = new java.util.ArrayList<>();
    permute(new int[n], new boolean[n], 0, out);
    return out.toArray(new int[0][]);
  }

  private static void permute(int[] cur, boolean[] used, int k, java.util.List<int[]> out) {
    if (k == cur.length) {
      out.add(cur.clone());
      return;
    }
    for (int i = 0; i < cur.length; i++) {
      if (!used[i]) {
        used[i] = true;
        cur[k] = i;
        permute(cur, used, k + 1, out);
        used[i] = false;
      }
    }
  }
}
