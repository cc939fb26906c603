package org.tourplan.plan;

import org.tourplan.scenario.Scenario;

/** The test sites of this package for tests elsewhere (the plan page's). */
public final class DesignedTimetablesTestAccess {
  private DesignedTimetablesTestAccess() {
  }

  /** The museum site with two vehicles only: a full tour holds both, so six weekend tours cannot fit. */
  public static Scenario fleetBound() throws Exception {
    return DesignedTimetablesTest.edited("  vehicles: [2, 3, 4]\n", "  vehicles: 2\n");
  }
}
