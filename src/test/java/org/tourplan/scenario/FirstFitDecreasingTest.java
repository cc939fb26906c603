package org.tourplan.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FirstFitDecreasingTest {

  @Test
  void handMadeCases() {
    assertEquals(0, FirstFitDecreasing.vehicles(new int[0], 8));
    assertEquals(1, FirstFitDecreasing.vehicles(new int[] {8}, 8));
    assertEquals(4, FirstFitDecreasing.vehicles(new int[] {3, 3, 3, 3, 3, 3, 3}, 8)); // contract 2.5
    assertEquals(3, FirstFitDecreasing.vehicles(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, 8));
    // sorted first: 5, 4, 3, 2, 2 -> [5+3], [4+2+2] = 2 (first fit in file order would need 3: [2+2+3], [5], [4])
    assertEquals(2, FirstFitDecreasing.vehicles(new int[] {2, 2, 3, 5, 4}, 8));
    // first fit, not best fit: 6 opens A, 5 opens B, 2 goes to A (first with room), 2 goes to B
    assertEquals(2, FirstFitDecreasing.vehicles(new int[] {6, 5, 2, 2}, 8));
    // a known case where FFD is not optimal: 4,4,3,3,2,2 into 9 -> [4+4], [3+3+2], [2] = 3 (optimum 2: 4+3+2 twice)
    assertEquals(3, FirstFitDecreasing.vehicles(new int[] {2, 3, 4, 2, 3, 4}, 9));
  }

  @Test
  void doesNotModifyItsArgumentAndRefusesImpossibleParties() {
    int[] parties = {1, 3, 2};
    FirstFitDecreasing.vehicles(parties, 4);
    assertEquals(List.of(1, 3, 2), List.of(parties[0], parties[1], parties[2]));
    assertThrows(IllegalArgumentException.class, () -> FirstFitDecreasing.vehicles(new int[] {5}, 4));
    assertThrows(IllegalArgumentException.class, () -> FirstFitDecreasing.vehicles(new int[] {0}, 4));
    assertThrows(IllegalArgumentException.class, () -> FirstFitDecreasing.vehicles(new int[] {1}, 0));
  }

  /** The loader's worst-case search must equal brute force over every admissible multiset. */
  @Test
  void worstCaseSearchMatchesBruteForce() {
    Random r = new Random(42);
    for (int trial = 0; trial < 300; trial++) {
      int seats = 2 + r.nextInt(11);
      int kinds = 1 + r.nextInt(Math.min(3, seats));
      List<Integer> sizes = new ArrayList<>();
      while (sizes.size() < kinds) {
        int s = 1 + r.nextInt(seats);
        if (!sizes.contains(s)) {
          sizes.add(s);
        }
      }
      int maxParties = 1 + r.nextInt(9);
      int maxPersons = 1 + r.nextInt(30);
      int[] arr = sizes.stream().mapToInt(Integer::intValue).toArray();
      int brute = brute(arr, 0, new ArrayList<>(), seats, maxPersons, maxParties);
      FleetCheck.Result res = FleetCheck.worst(arr, seats, maxPersons, maxParties);
      assertTrue(res.complete());
      assertEquals(brute, res.vehicles(), "sizes " + sizes + " seats " + seats + " persons " + maxPersons
          + " parties " + maxParties);
      // the reported mix really needs that many
      List<Integer> mix = new ArrayList<>();
      for (int i = 0; i < res.sizes().length; i++) {
        for (int c = 0; c < res.counts()[i]; c++) {
          mix.add(res.sizes()[i]);
        }
      }
      assertEquals(res.vehicles(), FirstFitDecreasing.vehicles(mix.stream().mapToInt(Integer::intValue).toArray(),
          seats));
    }
  }

  private static int brute(int[] sizes, int i, List<Integer> chosen, int seats, int persons, int parties) {
    if (i == sizes.length) {
      return FirstFitDecreasing.vehicles(chosen.stream().mapToInt(Integer::intValue).toArray(), seats);
    }
    int best = 0;
    int sum = chosen.stream().mapToInt(Integer::intValue).sum();
    for (int c = 0; chosen.size() + c <= parties && sum + c * sizes[i] <= persons; c++) {
      List<Integer> next = new ArrayList<>(chosen);
      for (int k = 0; k < c; k++) {
        next.add(sizes[i]);
      }
      best = Math.max(best, brute(sizes, i + 1, next, seats, persons, parties));
    }
    return best;
  }

  @Test
  void worstCaseSearchStaysFastOnLargeGroups() {
    long start = System.nanoTime();
    FleetCheck.Result r = FleetCheck.worst(new int[] {1, 2, 3, 4, 5, 6, 7, 8}, 30, 400, 200);
    assertTrue(r.vehicles() >= 14);
    assertTrue(System.nanoTime() - start < 20_000_000_000L);
  }
}
