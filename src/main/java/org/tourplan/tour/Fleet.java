package org.tourplan.tour;

/**
 * Where a group's rides come from: one implementation per shuttle mode (contract 2.4), so the group's state
 * machine never asks which mode it is in. A fleet answers a ride request by calling the group back, at once or
 * through an event, when its vehicles are at the pickup.
 */
sealed interface Fleet permits DedicatedFleet, PooledFleet, PlannedFleet {
  /** Forgets the last month. */
  void reset();

  /** A tour checked in and needs {@code vehicles} per ride (0: cancelled, it will ask for nothing). */
  void checkedIn(int tour, int vehicles);

  /** {@code group} left the zone at route position {@code leg} ({@code zone}) and waits at its pickup. */
  void request(TourGroup group, int leg, int zone);

  /** Vehicles {@code ids[0..count)} that stood with a group are free again, at {@code place}. */
  void release(int[] ids, int count, int place);

  /** {@code group} entered {@code zone}: vehicles that stood with it are free there (pooled and planned). */
  default void entered(TourGroup group, int zone) {
    int count = group.vehicleCount;
    if (count > 0) {
      group.vehicleCount = 0;
      release(group.vehicleIds, count, zone);
    }
  }

  /** {@code group}'s tour ended at {@code place} (returnTo): every vehicle with it is free there. */
  default void tourEnded(TourGroup group, int place) {
    int count = group.vehicleCount;
    group.vehicleCount = 0;
    release(group.vehicleIds, count, place);
  }

  /** Rides whose vehicles were at the pickup by the planned time this month (planned mode; 0 otherwise). */
  default int heldRides() {
    return 0;
  }

  /** Rides that had no plan this month (planned mode; 0 otherwise). */
  default int fallbackRides() {
    return 0;
  }
}
