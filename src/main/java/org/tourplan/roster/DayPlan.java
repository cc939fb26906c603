package org.tourplan.roster;

import java.time.LocalDate;
import java.util.List;

/**
 * The shuttle plan of one date.
 *
 * @param date         the date
 * @param fleet        vehicles the plan needs: for a smallest-fleet plan, the smallest fleet found that serves
 *                     every ride it can (vehicles with at least one ride); for a fixed fleet, the vehicles given
 * @param lowerBound   most vehicles the nominal rides need at the same moment (the search starts there)
 * @param rides        every ride of the date in tour order, with its plan
 * @param vehicles     rosters of the vehicles that have rides, numbered by first pickup
 * @param unserved     rides the fleet cannot serve, with the reason (empty when the plan serves every ride)
 * @param solves       jsprit solves run for this date (several while searching for the smallest fleet)
 * @param iterations   jsprit iterations those solves ran: fewer than the iterations asked for when a solve reached
 *                     a roster that is provably optimal and stopped there
 * @param solveSeconds wall-clock seconds of those solves
 */
public record DayPlan(LocalDate date, int fleet, int lowerBound, List<PlannedRide> rides,
                      List<VehicleRoster> vehicles, List<UnservedRide> unserved, int solves, int iterations,
                      double solveSeconds) {

  /** Whether the plan serves every ride. */
  public boolean complete() {
    return unserved.isEmpty();
  }

  /** Tours on the date. */
  public long tours() {
    return rides.stream().map(r -> r.request().tour()).distinct().count();
  }

  /** The same plan under another date, with no solve of its own (days with the same tours share one solve). */
  public DayPlan on(LocalDate other) {
    return new DayPlan(other, fleet, lowerBound, rides, vehicles, unserved, 0, 0, 0.0);
  }
}
