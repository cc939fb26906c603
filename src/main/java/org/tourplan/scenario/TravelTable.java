package org.tourplan.scenario;

import java.util.List;


/**
 * Shuttle travel minutes between every pair of zones, listed legs completed with shortest paths (contract 2.4).
 * Pairs that cannot be reached hold {@link Double#POSITIVE_INFINITY}; the loader has already refused a file in
 * which a needed pair is unreachable.
 *
 * @param places  zone ids, in file order; index i of the matrix is places.get(i)
 * @param minutes minutes[i][j] from places[i] to places[j]
 * @param legs    the legs the file lists, from which the table was solved (what a written file repeats: the
 *                solved table has a leg for every pair, quadratic in the zones), or null for a table built by hand
 */
public record TravelTable(List<String> places, double[][] minutes, List<Leg> legs) {

  /** A travel leg as the file lists it. */
  public record Leg(String from, String to, double minutes, boolean oneWay) { }

  /** A table built by hand, without the legs it came from. */
  public TravelTable(List<String> places, double[][] minutes) {
    this(places, minutes, null);
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

}
