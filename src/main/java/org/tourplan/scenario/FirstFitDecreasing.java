package org.tourplan.scenario;

import java.util.Arrays;

/**
 * Packing of whole parties into vehicles (spec 2.4): parties sorted largest first, each put into the first vehicle
 * with enough free seats, a new vehicle opened when none has. The loader uses it to check the fleet (spec 2.5),
 * the simulation to size each ride, so both follow one rule.
 */
public final class FirstFitDecreasing {
  private FirstFitDecreasing() { }

  /**
   * Vehicles that first-fit-decreasing needs for these parties.
   *
   * @param partySizes persons per party (each >= 1); the array is not modified
   * @param seats      seats per vehicle (>= 1)
   * @return vehicles needed; 0 for no parties
   * @throws IllegalArgumentException if seats < 1, or a party is smaller than 1 or larger than seats
   */
  public static int vehicles(int[] partySizes, int seats) {
    if (seats < 1) {
      throw new IllegalArgumentException("seats must be >= 1, got " + seats);
    }
    int[] sorted = partySizes.clone();
    Arrays.sort(sorted);
    int[] free = new int[sorted.length];
    int used = 0;
    for (int i = sorted.length - 1; i >= 0; i--) {
      int p = sorted[i];
      if (p < 1 || p > seats) {
        throw new IllegalArgumentException("party of " + p + " persons cannot ride in vehicles of " + seats + " seats");
      }
      int v = 0;
      while (v < used && free[v] < p) {
        v++;
      }
      if (v == used) {
        free[used++] = seats;
      }
      free[v] -= p;
    }
    return used;
  }

  /**
   * The most vehicles first-fit-decreasing can need for one admissible group of {@code g} (spec 2.5): exact when the
   * worst-case search completes, otherwise the safe upper bound min(invited, 2 x maxSize / seats + 1) (first fit
   * leaves at most one vehicle half full or less). Used to size planned rides so a plan never falls short.
   *
   * @throws IllegalArgumentException if a party is larger than {@code seats}
   */
  public static int worstCase(Group g, int seats) {
    if (g.largestParty() > seats) {
      throw new IllegalArgumentException("party of " + g.largestParty() + " persons cannot ride in vehicles of "
          + seats + " seats");
    }
    long bound = Math.min(g.invited(), 2L * g.maxSize() / seats + 1);
    int[] sizes = g.partySize().keySet().stream().mapToInt(Integer::intValue).toArray();
    FleetCheck.Result r = FleetCheck.worst(sizes, seats, g.maxSize(), g.invited());
    return r.complete() ? r.vehicles() : (int) Math.min(Integer.MAX_VALUE, Math.max(bound, r.vehicles()));
  }
}
