package org.tourplan.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * Shuttle travel minutes between every pair of zones, listed legs completed with shortest paths (contract 2.4).
 * Pairs that cannot be reached hold {@link Double#POSITIVE_INFINITY}; the loader has already refused a file in
 * which a needed pair is unreachable.
 *
 * <p>Immutable and a value: the matrix is copied in and out, and two tables are equal when their places, every
 * minute and their legs are (a record compares arrays by identity; this one by content, so that two loads of one
 * file are equal scenarios and hash alike).
 *
 * @param places  zone ids, in file order; index i of the matrix is places.get(i)
 * @param minutes minutes[i][j] from places[i] to places[j] (a copy: read single entries with {@link #minutes(int,
 *                int)})
 * @param legs    the legs the file lists, from which the table was solved (what a written file repeats: the
 *                solved table has a leg for every pair, quadratic in the zones), or null for a table built by hand
 */
public record TravelTable(List<String> places, double[][] minutes, List<Leg> legs) {

  /** A travel leg as the file lists it. */
  public record Leg(String from, String to, double minutes, boolean oneWay) { }

  public TravelTable {
    places = List.copyOf(places);
    minutes = copy(minutes);
    legs = legs == null ? null : List.copyOf(legs);
    if (minutes.length != places.size()) {
      throw new IllegalArgumentException(minutes.length + " rows of minutes for " + places.size() + " places");
    }
    for (double[] row : minutes) {
      if (row.length != places.size()) {
        throw new IllegalArgumentException("a row of " + row.length + " minutes for " + places.size() + " places");
      }
    }
  }

  /** A table built by hand, without the legs it came from. */
  public TravelTable(List<String> places, double[][] minutes) {
    this(places, minutes, null);
  }

  /** A copy of the matrix. */
  @Override
  public double[][] minutes() {
    return copy(minutes);
  }

  /** Minutes from the place at index {@code from} to the one at index {@code to}. */
  public double minutes(int from, int to) {
    return minutes[from][to];
  }

  /** Minutes from one zone to another. */
  public double minutes(String from, String to) {
    return minutes[index(from)][index(to)];
  }

  /** Index of a zone in {@link #places}. */
  public int index(String place) {
    int i = places.indexOf(place);
    if (i < 0) {
      throw new IllegalArgumentException("unknown place " + place);
    }
    return i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TravelTable t && places.equals(t.places) && Arrays.deepEquals(minutes, t.minutes)
        && java.util.Objects.equals(legs, t.legs);
  }

  @Override
  public int hashCode() {
    return (places.hashCode() * 31 + Arrays.deepHashCode(minutes)) * 31 + java.util.Objects.hashCode(legs);
  }

  @Override
  public String toString() {
    return "TravelTable[places=" + places + ", minutes=" + Arrays.deepToString(minutes) + ", legs=" + legs + "]";
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }
}
