package org.tourplan.tour;

/**
 * The pooled shuttle fleet (contract 2.4): one FIFO queue of ride requests for all pickup points with head-of-line
 * blocking; when the head can be met, the idle vehicles that reach its pickup soonest (ties: lowest number) drive
 * empty to it. A vehicle stays with its group until the group enters its next zone or ends its tour there.
 */
final class PooledFleet implements Fleet {
  private final org.tourplan.engine.Simulator sim;
  private final double[][] travel;
  private final int depot;
  private final int[] position;
  private final boolean[] idle;
  private int idleCount;
  private final TourGroup[] queue;
  private final int[] queuePickup;
  private int head;
  private int size;
  private boolean dispatching;
  private double emptyMinutes;

  PooledFleet(org.tourplan.engine.Simulator sim, TourSetup s, int maxRequests) {
    this.sim = sim;
    this.travel = s.travel;
    this.depot = s.depot;
    this.position = new int[s.vehicles];
    this.idle = new boolean[s.vehicles];
    this.queue = new TourGroup[Math.max(1, maxRequests)];
    this.queuePickup = new int[queue.length];
  }

  @Override
  public void reset() {
    java.util.Arrays.fill(position, depot);
    java.util.Arrays.fill(idle, true);
    idleCount = idle.length;
    java.util.Arrays.fill(queue, null);
    head = 0;
    size = 0;
    emptyMinutes = 0;
  }

  /** Minutes vehicles drove empty this month. */
  double emptyMinutes() {
    return emptyMinutes;
  }

  @Override
  public void checkedIn(int tour, int vehicles) {
    // pooled vehicles are asked for ride by ride
  }

  /** Queues a ride for {@code group} from the pickup of zone {@code pickup}. */
  @Override
  public void request(TourGroup group, int leg, int pickup) {
    // A group has at most one request pending, so the ring never holds more than one per tour.
    int tail = (head + size) % queue.length;
    queue[tail] = group;
    queuePickup[tail] = pickup;
    size++;
    dispatch();
  }

  /** Vehicles {@code ids[0..count)} become idle at {@code place}. */
  @Override
  public void release(int[] ids, int count, int place) {
    for (int i = 0; i < count; i++) {
      position[ids[i]] = place;
      idle[ids[i]] = true;
    }
    idleCount += count;
    dispatch();
  }

  private void dispatch() {
    if (dispatching) {
      return; // a grant callback released vehicles: the outer loop sees them
    }
    dispatching = true;
    try {
      while (size > 0) {
        TourGroup g = queue[head];
        int k = g.vehiclesNeeded;
        if (k > idleCount) {
          return;
        }
        int pickup = queuePickup[head];
        queue[head] = null;
        head = (head + 1) % queue.length;
        size--;
        double slowest = 0;
        for (int j = 0; j < k; j++) {
          int best = -1;
          for (int v = 0; v < idle.length; v++) {
            if (idle[v] && (best < 0 || travel[position[v]][pickup] < travel[position[best]][pickup])) {
              best = v;
            }
          }
          double t = travel[position[best]][pickup];
          emptyMinutes += t;
          slowest = Math.max(slowest, t);
          idle[best] = false;
          position[best] = pickup;
          g.vehicleIds[j] = best;
        }
        idleCount -= k;
        g.vehicleCount = k;
        g.dispatched(sim.now() + slowest);
      }
    } finally {
      dispatching = false;
    }
  }
}
