package org.tourplan.scenario;

import java.util.Arrays;

/**
 * Packing of whole parties into vehicles (contract 2.4): parties taken largest first, each put into the first vehicle
 * with enough free seats, a new vehicle opened when none has. The loader uses it to check the fleet (contract 2.5),
 * the simulation to size each ride, so both follow one rule. An instance keeps its buffers between calls, so the
 * simulation packs every tour without allocating (one instance per thread).
 */
public final class FirstFitDecreasing {
  private int[] room = new int[16];
  private int[] count = new int[8];

  /**
   * Vehicles that first-fit-decreasing needs for these parties.
   *
   * @param partySizes persons per party (each >= 1); the array is not modified
   * @param seats      seats per vehicle (>= 1)
   * @return vehicles needed; 0 for no parties
   * @throws IllegalArgumentException if seats < 1, or a party is smaller than 1 or larger than seats
   */
  public static int vehicles(int[] partySizes, int seats) {
    return new FirstFitDecreasing().vehicles(partySizes, partySizes.length, seats);
  }

  /** Vehicles needed for {@code partySizes[0..n)}; same rules as {@link #vehicles(int[], int)}. */
  public int vehicles(int[] partySizes, int n, int seats) {
    if (seats < 1) {
      throw new IllegalArgumentException("seats must be >= 1, got " + seats);
    }
    int largest = 0;
    for (int i = 0; i < n; i++) {
      int p = partySizes[i];
      if (p < 1 || p > seats) {
        throw new IllegalArgumentException("party of " + p + " persons cannot ride in vehicles of " + seats + " seats");
      }
      largest = Math.max(largest, p);
    }
    if (count.length <= largest) {
      count = new int[largest + 1];
    }
    if (room.length < n) {
      room = new int[n];
    }
    Arrays.fill(count, 0, largest + 1, 0);
    for (int i = 0; i < n; i++) {
      count[partySizes[i]]++; // parties are small whole numbers: a counting sort, largest first below
    }
    int used = 0;
    for (int size = largest; size >= 1; size--) {
      for (int c = count[size]; c > 0; c--) {
        int v = 0;
        while (v < used && room[v] < size) {
          v++;
        }
        if (v == used) {
          room[used++] = seats;
        }
        room[v] -= size;
      }
    }
    return used;
  }

  /**
   * The most vehicles first-fit-decreasing can need for one admissible group of {@code g} (contract 2.5): exact when
   * the worst-case search completes, otherwise the safe upper bound min(invited, 2 x maxSize / seats + 1) (first fit
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
