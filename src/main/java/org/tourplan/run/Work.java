package org.tourplan.run;

import org.tourplan.tour.TourSetup;

/**
 * Months {@code from..to)} of one scenario (a sweep variant, a compared file, a planner candidate) to simulate.
 * Month i depends only on the scenario (its seed included) and i, so the same work gives the same numbers on any
 * executor.
 *
 * @param setup the scenario, built for simulation
 * @param from  first month (replication index), inclusive
 * @param to    last month, exclusive
 */
public record Work(TourSetup setup, int from, int to) {
  /** Checks the range. */
  public Work {
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("bad month range " + from + ".." + to);
    }
  }
}
