package org.tourplan.tour;

import org.tourplan.engine.RandomStream;

/**
 * Visitors and places of a month without simulating it: admissions depend only on check-in draws (guides,
 * zones and shuttles delay tours but never turn anyone away), and each tour draws from its own stream, so
 * counting the check-ins gives exactly the numbers {@link MonthSimulation} gives, in a fraction of the time.
 * The planner uses it to judge the target of every candidate. One instance per thread.
 */
public final class VisitorCounter {
  private final TourSetup s;
  private final RandomStream stream = new RandomStream(0);
  private final CheckIn drawn = new CheckIn();
  private final int[] sizes;

  /** A counter for one compiled scenario. */
  public VisitorCounter(TourSetup setup) {
    this.s = setup;
    this.sizes = new int[setup.invited];
  }

  /**
   * Visitors (persons admitted) and places (parties admitted) of replication {@code replication}, and persons
   * turned away at check-in when the array has a third slot.
   */
  public void count(int replication, long[] visitorsAndPlaces) {
    long base = TourSetup.base(s.scenario.seed(), replication, "checkin");
    long visitors = 0;
    long places = 0;
    long refused = 0;
    for (int i = 0; i < s.tourCount; i++) {
      stream.reseed(TourSetup.derive(base, s.tourKey[i]));
      drawn.draw(stream, s, sizes);
      visitors += drawn.persons;
      places += drawn.parties;
      refused += drawn.refused;
    }
    visitorsAndPlaces[0] = visitors;
    visitorsAndPlaces[1] = places;
    if (visitorsAndPlaces.length > 2) {
      visitorsAndPlaces[2] = refused;
    }
  }
}
