package org.tourplan.scenario;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who is invited to one tour (contract 1, {@code group}).
 *
 * @param size        places invited per tour (>= 1)
 * @param partySize   persons per place -> relative weight (> 0 only; sizes with weight 0 are dropped by the loader,
 *                    so the largest key is the largest party that can be drawn); weights need not sum to 1
 * @param noShowRate  probability that an invited party does not come (0..1)
 * @param overbook    extra places invited beyond size (>= 0)
 * @param maxSize     most persons one tour may take (default resolved by the loader: size x largest party size)
 */
public record Group(int size, SortedMap<Integer, Double> partySize, double noShowRate, int overbook, int maxSize) {
  /** An immutable copy of the party sizes. */
  public Group {
    partySize = Collections.unmodifiableSortedMap(new TreeMap<>(partySize));
  }

  /** The same parties and no-show rate with other places, overbooking and maxSize (a planner's candidate). */
  public Group withPlaces(int newSize, int newOverbook, int newMaxSize) {
    return new Group(newSize, partySize, noShowRate, newOverbook, newMaxSize);
  }

  /** Largest party size that can be drawn. */
  public int largestParty() { return partySize.lastKey(); }

  /** Places invited per tour, overbooking included. */
  public int invited() { return size + overbook; }

  /** The largest group that can ever be admitted (contract 2.5). */
  public int largestAdmissible() {
    return (int) Math.min((long) maxSize, (long) invited() * largestParty());
  }
}
