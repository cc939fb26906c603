package org.tourplan.tour;

import org.tourplan.engine.Resource;
import org.tourplan.engine.Simulator;

/**
 * Dedicated shuttles (contract 2.4): a group takes its vehicles at its first pickup, all at once and first come,
 * first served, and keeps them to the end of its tour, so later pickups wait nothing and no vehicle drives empty.
 */
final class DedicatedFleet implements Fleet {
  private final Resource vehicles;

  DedicatedFleet(Simulator sim, int count) {
    this.vehicles = new Resource(sim, count);
  }

  @Override
  public void reset() {
    vehicles.reset();
  }

  @Override
  public void checkedIn(int tour, int count) {
    // the vehicles are taken at the first pickup, not at check-in
  }

  @Override
  public void request(TourGroup group, int leg, int zone) {
    if (leg == 0) {
      vehicles.request(group.vehiclesNeeded, group.target, TourGroup.FLEET);
    } else {
      group.dispatched(Double.NEGATIVE_INFINITY); // its vehicles waited with it
    }
  }

  @Override
  public void release(int[] ids, int count, int place) {
    // a dedicated group holds no vehicle ids: it keeps a count, handed back when its tour ends
  }

  @Override
  public void entered(TourGroup group, int zone) {
    // the group's vehicles wait with it
  }

  @Override
  public void tourEnded(TourGroup group, int place) {
    vehicles.release(group.vehiclesNeeded);
  }
}
