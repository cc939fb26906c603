package org.tourplan.roster;

import java.util.List;

/**
 * One vehicle's planned day, legs in time order.
 *
 * @param vehicle vehicle number, 0-based (shown 1-based); vehicles are numbered by their first pickup
 * @param legs    empty drives, boardings and rides in order
 */
public record VehicleRoster(int vehicle, List<Leg> legs) {
  /** Rides the vehicle makes. */
  public long rides() {
    return legs.stream().filter(l -> l.kind() == Leg.Kind.RIDE).count();
  }

  /** Minutes of empty driving. */
  public double emptyMinutes() {
    return legs.stream().filter(l -> l.kind() == Leg.Kind.EMPTY).mapToDouble(Leg::minutes).sum();
  }
}
