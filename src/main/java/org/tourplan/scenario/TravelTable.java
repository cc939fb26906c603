package org.tourplan.scenario;

import java.util.List;


/**
 * Shuttle travel minutes between every pair of zones, listed legs completed with shortest paths (spec 2.4).
 * Pairs that cannot be reached hold {@link Double#POSITIVE_INFINITY}; the loader has already refused a file in
 * which a needed pair is unreachable.
 *
 * @param places  zone ids, in file order; index i of the matrix is places.get(i)
 * @param minutes minutes[i][j] from places[i] to places[j]
 */
public record TravelTable(List<String> places, double[][] minutes) {

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
