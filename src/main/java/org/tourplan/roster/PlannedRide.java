package org.tourplan.roster;

import java.util.List;

/**
 * A ride with its plan: the vehicles that take it and when boarding starts.
 *
 * @param request  the nominal ride
 * @param vehicles one vehicle number per load, ascending; empty when the plan could not serve the ride whole
 * @param pickup   planned start of boarding (the latest of its vehicles), minutes from 00:00; NaN when unserved
 */
public record PlannedRide(RideRequest request, List<Integer> vehicles, double pickup) {
  /** Whether every load of the ride has a vehicle. */
  public boolean served() {
    return !vehicles.isEmpty();
  }
}
