package org.tourplan.tour;

import java.util.Arrays;
import org.tourplan.engine.Simulator;

/**
 * The planned shuttle fleet: vehicles follow the jsprit roster of {@link TourSetup} (computed once per scenario on
 * nominal times by the shuttle planner, handed over as {@code org.tourplan.roster} data) in roster order, against
 * the simulated month.
 *
 * <ul>
 *   <li>A vehicle not with a group is committed to its next roster ride: it drives empty to that ride's pickup as
 *       soon as it is free (from where it stands; a drive once started is finished) and waits there for the
 *       group. A late group therefore delays that vehicle's later rides.</li>
 *   <li>A ride whose planned vehicles are all committed to it boards when the last of them is at the pickup. Only
 *       as many of its planned vehicles as the group needs (party packing at check-in) are used; the others, and
 *       every vehicle of a cancelled tour, skip the ride at check-in.</li>
 *   <li>A vehicle stays with its group until the group enters its next zone (or its tour ends there), like a
 *       pooled vehicle (contract 2.4).</li>
 *   <li>Fallback: a ride with no plan (jsprit could not serve it whole) queues FIFO for the free vehicles, those not
 *       with a group and not yet awaited by the group of their next roster ride, and takes those that reach its
 *       pickup soonest (ties: lowest number), as in pooled mode; afterwards they go back to their rosters.</li>
 *   <li>The roster held for a ride when every one of its vehicles was at the pickup no later than the planned start
 *       of boarding; fallback rides never hold.</li>
 * </ul>
 * All state lives in arrays allocated once; a month allocates nothing.
 */
final class PlannedFleet implements Fleet {
  private static final double EPS = 1e-9;

  private final Simulator sim;
  private final TourSetup s;
  private final TourGroup[] groups;
  private final int rides;             // rides per tour (route length)
  // per vehicle
  private final int[] next;            // index into s.rosterRide of the next roster ride
  private final int[] position;        // where the vehicle stands, or the pickup it is driving to
  private final double[] at;           // when it is (or will be) there
  private final boolean[] held;        // with a group
  private final boolean[] onRoster;    // held for its roster ride (false: a fallback ride)
  // per ride (tour * rides + leg)
  private final int[] use;             // vehicles of the plan the ride uses; -1 before its tour checked in
  private final boolean[] waiting;     // the group asked for this ride and has no vehicles yet
  // fallback queue
  private final TourGroup[] queue;
  private final int[] queuePickup;
  private int head;
  private int size;
  // the month's figures
  private int heldRides;
  private int fallbackRides;

  PlannedFleet(Simulator sim, TourSetup s, TourGroup[] groups) {
    this.sim = sim;
    this.s = s;
    this.groups = groups;
    this.rides = s.route.length;
    int n = s.vehicles;
    next = new int[n];
    position = new int[n];
    at = new double[n];
    held = new boolean[n];
    onRoster = new boolean[n];
    int rideCount = s.planned ? s.tourCount * rides : 0;
    use = new int[rideCount];
    waiting = new boolean[rideCount];
    queue = new TourGroup[Math.max(1, s.tourCount)];
    queuePickup = new int[queue.length];
  }

  @Override
  public int heldRides() {
    return heldRides;
  }

  @Override
  public int fallbackRides() {
    return fallbackRides;
  }

  @Override
  public void reset() {
    if (!s.planned) {
      return;
    }
    Arrays.fill(use, -1);
    Arrays.fill(waiting, false);
    Arrays.fill(held, false);
    Arrays.fill(onRoster, false);
    Arrays.fill(queue, null);
    head = 0;
    size = 0;
    heldRides = 0;
    fallbackRides = 0;
    for (int v = 0; v < next.length; v++) {
      next[v] = s.rosterStart[v];
      position[v] = s.depot;
      at[v] = 0;
      commit(v, 0);
    }
  }

  /** A tour checked in: it needs {@code needed} vehicles a ride (0 when cancelled). */
  @Override
  public void checkedIn(int tour, int needed) {
    for (int r = 0; r < rides; r++) {
      int ride = tour * rides + r;
      int planned = s.rideVehStart[ride + 1] - s.rideVehStart[ride];
      use[ride] = needed > 0 && planned >= needed ? needed : 0;
    }
    double now = sim.now();
    for (int v = 0; v < next.length; v++) {
      if (!held[v] && skipExcused(v)) {
        commit(v, now);
        startIfWaiting(v);
      }
    }
    dispatchFallback();
  }

  /** The group of {@code tour} asks for ride {@code leg} from zone {@code pickup}. */
  @Override
  public void request(TourGroup g, int leg, int pickup) {
    int ride = g.tour * rides + leg;
    if (use[ride] > 0) {
      waiting[ride] = true;
      tryStart(ride);
    } else {
      int tail = (head + size) % queue.length;
      queue[tail] = g;
      queuePickup[tail] = pickup;
      size++;
      dispatchFallback();
    }
  }

  /** Vehicles {@code ids[0..count)} leave their group at {@code place}. */
  @Override
  public void release(int[] ids, int count, int place) {
    double now = sim.now();
    for (int i = 0; i < count; i++) {
      int v = ids[i];
      held[v] = false;
      position[v] = place;
      at[v] = now;
      if (onRoster[v]) {
        next[v]++;
      }
      onRoster[v] = false;
      skipExcused(v);
      commit(v, now);
    }
    for (int i = 0; i < count; i++) {
      startIfWaiting(ids[i]);
    }
    dispatchFallback();
  }

  /** Moves past roster rides this vehicle no longer serves; true when it moved. */
  private boolean skipExcused(int v) {
    int end = s.rosterStart[v + 1];
    boolean moved = false;
    while (next[v] < end) {
      int ride = s.rosterRide[next[v]];
      if (use[ride] < 0 || s.rosterSlot[next[v]] < use[ride]) {
        break;
      }
      next[v]++;
      moved = true;
    }
    return moved;
  }

  /** Sends a free vehicle on to the pickup of its next roster ride, finishing any drive it has started. */
  private void commit(int v, double now) {
    if (next[v] >= s.rosterStart[v + 1]) {
      return;
    }
    int pickup = s.route[s.rosterRide[next[v]] % rides];
    at[v] = Math.max(now, at[v]) + s.travel[position[v]][pickup];
    position[v] = pickup;
  }

  private void startIfWaiting(int v) {
    if (!held[v] && next[v] < s.rosterStart[v + 1]) {
      int ride = s.rosterRide[next[v]];
      if (waiting[ride]) {
        tryStart(ride);
      }
    }
  }

  /** Boards the ride if each vehicle it uses is free and committed to it. */
  private void tryStart(int ride) {
    int n = use[ride];
    int first = s.rideVehStart[ride];
    double ready = 0;
    for (int i = 0; i < n; i++) {
      int v = s.rideVeh[first + i];
      if (held[v] || next[v] >= s.rosterStart[v + 1] || s.rosterRide[next[v]] != ride) {
        return;
      }
      ready = Math.max(ready, at[v]);
    }
    waiting[ride] = false;
    TourGroup g = groups[ride / rides];
    for (int i = 0; i < n; i++) {
      int v = s.rideVeh[first + i];
      held[v] = true;
      onRoster[v] = true;
      g.vehicleIds[i] = v;
    }
    g.vehicleCount = n;
    if (ready <= s.plannedPickup[ride] + EPS) {
      heldRides++;
    }
    g.dispatched(Math.max(ready, sim.now()));
  }

  /** Pooled-style dispatch of rides without a plan, FIFO with head-of-line blocking. */
  private void dispatchFallback() {
    while (size > 0) {
      TourGroup g = queue[head];
      int k = g.vehiclesNeeded;
      int free = 0;
      for (int v = 0; v < next.length; v++) {
        if (free(v)) {
          free++;
        }
      }
      if (free < k) {
        return;
      }
      int pickup = queuePickup[head];
      queue[head] = null;
      head = (head + 1) % queue.length;
      size--;
      double now = sim.now();
      double slowest = now;
      for (int j = 0; j < k; j++) {
        int best = -1;
        double bestReach = 0;
        for (int v = 0; v < next.length; v++) {
          if (free(v)) {
            double reach = Math.max(now, at[v]) + s.travel[position[v]][pickup];
            if (best < 0 || reach < bestReach) {
              best = v;
              bestReach = reach;
            }
          }
        }
        held[best] = true;
        onRoster[best] = false;
        position[best] = pickup;
        at[best] = bestReach;
        slowest = Math.max(slowest, bestReach);
        g.vehicleIds[j] = best;
      }
      g.vehicleCount = k;
      fallbackRides++;
      g.dispatched(slowest);
    }
  }

  /** Not with a group, and not awaited by the group of its next roster ride. */
  private boolean free(int v) {
    if (held[v]) {
      return false;
    }
    return next[v] >= s.rosterStart[v + 1] || !waiting[s.rosterRide[next[v]]];
  }
}
