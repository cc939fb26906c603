package org.tourplan.draw;

import java.util.BitSet;
import org.tourplan.scenario.FirstFitDecreasing;

/**
 * Who wins and on which tour: the applicants taken in draw order, each given a place on a tour that has room for
 * the whole party.
 *
 * <p>Room. A tour takes at most {@code partiesPerTour} parties and {@code maxPersons} persons, and its parties must
 * ride its vehicles whole (first-fit-decreasing, the model's packing rule). A party that fits no tour at its turn is
 * passed over: it keeps its rank, so it heads the waitlist before every later applicant. That can only happen when
 * tours can be full by persons or seats before they are full by parties ({@link #mayPassOver}); otherwise the
 * winners are exactly the first min(places, applicants) of the draw order, as in the model.
 *
 * <p>Where. A winner who asked for days takes the earliest tour on one of them with room. When those tours are full
 * but one holds a winner placed without his choice (who asked for nothing, or whose days were full), that winner is
 * moved to another tour with room (his own days first) and the place goes to the one who asked. Otherwise a winner
 * takes the earliest tour with room. Nobody is ever moved out of a tour he asked for, and moving never changes who
 * wins: preferences decide only where. (When parties can be passed over, where one sits can decide whether a later,
 * larger party still fits: then, and only then, preferences can change which later party wins.)
 */
final class Seating {
  private final Places places;
  private final int tours;
  private final int cap;
  private final int[][] members; // applicant indices per tour
  private final int[] parties;
  private final int[] personsIn;
  private final int[] dayStart = new int[33]; // tours of day d: [dayStart[d], dayStart[d + 1])
  private final int[] sizes; // the distinct party sizes in the file, ascending
  private final BitSet[] fits; // by index into sizes: tours a party of that size fits now
  private final FirstFitDecreasing ffd = new FirstFitDecreasing();
  private int[] scratch;

  // per applicant
  final int[] tourOf;
  final boolean[] passedOver;
  final boolean[] chosen; // seated on a tour he asked for
  private final Applicants a;
  private int[] rankOf;

  Seating(Places places, Applicants a) {
    this.places = places;
    this.a = a;
    this.tours = places.tours().size();
    this.cap = places.partiesPerTour();
    this.members = new int[tours][];
    this.parties = new int[tours];
    this.personsIn = new int[tours];
    this.scratch = new int[cap + 1];
    int d = 1;
    for (int t = 0; t < tours; t++) {
      int day = places.tours().get(t).date().getDayOfMonth();
      while (d <= day) {
        dayStart[d++] = t;
      }
    }
    while (d <= 32) {
      dayStart[d++] = tours;
    }
    boolean[] present = new boolean[places.largestApplicant() + 1];
    for (int p : a.persons()) {
      present[p] = true;
    }
    int k = 0;
    for (boolean b : present) {
      k += b ? 1 : 0;
    }
    sizes = new int[k];
    k = 0;
    for (int p = 1; p < present.length; p++) {
      if (present[p]) {
        sizes[k++] = p;
      }
    }
    fits = new BitSet[sizes.length];
    for (int s = 0; s < sizes.length; s++) {
      fits[s] = new BitSet(tours);
    }
    for (int t = 0; t < tours; t++) {
      members[t] = new int[cap];
      refresh(t);
    }
    tourOf = new int[a.size()];
    java.util.Arrays.fill(tourOf, -1);
    passedOver = new boolean[a.size()];
    chosen = new boolean[a.size()];
  }

  /**
   * Whether a party of the file can ever find every tour with a free place too full for it: true when a tour's
   * places filled with the file's largest parties would pass maxPersons or need more vehicles than the fleet.
   */
  static boolean mayPassOver(Places places, Applicants a) {
    int largest = 0;
    for (int p : a.persons()) {
      largest = Math.max(largest, p);
    }
    if (largest == 0) {
      return false;
    }
    if ((long) places.partiesPerTour() * largest > places.maxPersons()) {
      return true;
    }
    // the worst packing of partiesPerTour parties of sizes 1..largest: each party alone needs ceil(...) below
    // vehicles; first fit never opens a vehicle while one is at most half full, so 2 x persons / seats + 1 bounds it
    long persons = (long) places.partiesPerTour() * largest;
    long bound = Math.min(places.partiesPerTour(), 2 * persons / places.seats() + 1);
    return bound > places.vehicles();
  }

  private int winners;

  /** Applicants seated. */
  int winners() {
    return winners;
  }

  /** Seats the applicants in {@code order}; returns the number of winners. */
  int seat(int[] order) {
    rankOf = new int[a.size()];
    for (int r = 0; r < order.length; r++) {
      rankOf[order[r]] = r;
    }
    int winners = 0;
    for (int i : order) {
      if (full()) {
        break;
      }
      int s = sizeIndex(a.persons()[i]);
      if (fits[s].isEmpty()) {
        passedOver[i] = true;
        continue;
      }
      int mask = a.preferred()[i];
      int t = mask == 0 ? -1 : earliestAsked(s, mask, -1);
      if (t < 0 && mask != 0) {
        t = byMoving(i, mask);
      }
      if (t >= 0) {
        chosen[i] = true;
      } else {
        t = fits[s].nextSetBit(0);
      }
      put(i, t);
      winners++;
    }
    this.winners = winners;
    return winners;
  }

  /** Whether no tour has room for any party of the file. */
  private boolean full() {
    for (BitSet b : fits) {
      if (!b.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private int sizeIndex(int persons) {
    return java.util.Arrays.binarySearch(sizes, persons);
  }

  /** The earliest tour with room for size index s on a day of {@code mask}, other than {@code not}; or -1. */
  private int earliestAsked(int s, int mask, int not) {
    int m = mask;
    while (m != 0) {
      int day = Integer.numberOfTrailingZeros(m) + 1;
      m &= m - 1;
      int t = fits[s].nextSetBit(dayStart[day]);
      if (t == not && t >= 0) {
        t = fits[s].nextSetBit(t + 1);
      }
      if (t >= 0 && t < dayStart[day + 1]) {
        return t;
      }
    }
    return -1;
  }

  /** The earliest tour with room for size index s other than {@code not}; or -1. */
  private int earliest(int s, int not) {
    int t = fits[s].nextSetBit(0);
    return t == not ? fits[s].nextSetBit(t + 1) : t;
  }

  /**
   * A tour applicant i asked for, made free by moving a winner seated there without his choice to another tour
   * with room (the latest-drawn such winner; his own days first); -1 when there is none.
   */
  private int byMoving(int i, int mask) {
    int p = a.persons()[i];
    int m = mask;
    while (m != 0) {
      int day = Integer.numberOfTrailingZeros(m) + 1;
      m &= m - 1;
      for (int t = dayStart[day]; t < dayStart[day + 1]; t++) {
        int best = -1;
        int bestTo = -1;
        for (int k = 0; k < parties[t]; k++) {
          int f = members[t][k];
          if (chosen[f] || best >= 0 && rankOf[f] < rankOf[best] || !fitsSwapped(t, f, p)) {
            continue;
          }
          int fs = sizeIndex(a.persons()[f]);
          int to = a.preferred()[f] == 0 ? -1 : earliestAsked(fs, a.preferred()[f], t);
          if (to < 0) {
            to = earliest(fs, t);
          }
          if (to >= 0) {
            best = f;
            bestTo = to;
          }
        }
        if (best >= 0) {
          remove(best, t);
          put(best, bestTo);
          chosen[best] = isAsked(best, bestTo);
          return t;
        }
      }
    }
    return -1;
  }

  private boolean isAsked(int i, int t) {
    return (a.preferred()[i] >>> (places.tours().get(t).date().getDayOfMonth() - 1) & 1) != 0;
  }

  /** Whether tour t, with winner f taken out, has room for a party of p persons. */
  private boolean fitsSwapped(int t, int f, int p) {
    int fp = a.persons()[f];
    if (personsIn[t] - fp + p > places.maxPersons()) {
      return false;
    }
    int n = 0;
    boolean skipped = false;
    for (int k = 0; k < parties[t]; k++) {
      int x = members[t][k];
      if (x == f && !skipped) {
        skipped = true;
        continue;
      }
      scratch[n++] = a.persons()[x];
    }
    scratch[n++] = p;
    return ffd.vehicles(scratch, n, places.seats()) <= places.vehicles();
  }

  private void put(int i, int t) {
    members[t][parties[t]++] = i;
    personsIn[t] += a.persons()[i];
    tourOf[i] = t;
    refresh(t);
  }

  private void remove(int i, int t) {
    int k = 0;
    while (members[t][k] != i) {
      k++;
    }
    System.arraycopy(members[t], k + 1, members[t], k, parties[t] - k - 1);
    parties[t]--;
    personsIn[t] -= a.persons()[i];
    tourOf[i] = -1;
    refresh(t);
  }

  /** Recomputes, for every party size of the file, whether tour t has room for it. */
  private void refresh(int t) {
    int n = parties[t];
    for (int k = 0; k < n; k++) {
      scratch[k] = a.persons()[members[t][k]];
    }
    for (int s = 0; s < sizes.length; s++) {
      int p = sizes[s];
      boolean room = n < cap && personsIn[t] + p <= places.maxPersons();
      if (room) {
        scratch[n] = p;
        room = ffd.vehicles(scratch, n + 1, places.seats()) <= places.vehicles();
      }
      fits[s].set(t, room);
    }
  }

  /** Parties on tour t. */
  int parties(int t) {
    return parties[t];
  }

  /** Persons on tour t. */
  int persons(int t) {
    return personsIn[t];
  }
}
