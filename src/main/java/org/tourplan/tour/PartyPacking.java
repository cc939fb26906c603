package org.tourplan.tour;

/**
 * First-fit-decreasing packing of whole parties into vehicles (spec 2.4), without allocating: parties are taken
 * largest first (a counting sort, as sizes are small) and each goes into the first vehicle with room for it.
 * One instance per simulation thread; its buffers grow to the largest group seen.
 */
final class PartyPacking {
  private int[] room = new int[16];
  private int[] count = new int[8];

  /** Vehicles of {@code seats} seats needed for {@code parties[0..n)}; each party must fit one vehicle. */
  int vehicles(int[] parties, int n, int seats) {
    int largest = 0;
    for (int i = 0; i < n; i++) {
      largest = Math.max(largest, parties[i]);
    }
    if (largest > seats) {
      throw new IllegalArgumentException("a party of " + largest + " cannot sit in " + seats + " seats");
    }
    if (count.length <= largest) {
      count = new int[largest + 1];
    }
    if (room.length < n) {
      room = new int[n];
    }
    java.util.Arrays.fill(count, 0, largest + 1, 0);
    for (int i = 0; i < n; i++) {
      count[parties[i]]++;
    }
    int used = 0;
    for (int size = largest; size >= 1; size--) {
      for (int c = count[size]; c > 0; c--) {
        int b = 0;
        while (b < used && room[b] < size) {
          b++;
        }
        if (b == used) {
          room[used++] = seats;
        }
        room[b] -= size;
      }
    }
    return used;
  }
}
