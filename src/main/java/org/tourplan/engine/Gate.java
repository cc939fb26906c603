package org.tourplan.engine;

/**
 * Admission to a place with limits: units inside (persons), entries inside (groups), a minimum headway between
 * entries, and periodic closed windows. Waiting requests form one strict FIFO queue; only the head is ever
 * checked, so a request that does not fit blocks everyone behind it and entry order equals arrival order.
 *
 * <p>Capacity and count only change when someone leaves, so {@link #leave(int)} re-checks the head. Headway and
 * windows change with time alone, so when they block the head the gate schedules one wake-up event for itself
 * (it registers its own handler on the simulator) at the earliest time both allow entry. A wake-up that finds
 * nothing to do is harmless. Entries are granted synchronously through {@code handler[target].handle(payload)}.
 */
public final class Gate {
  private final Simulator sim;
  private final int capacity;
  private final int maxCount;
  private final double headway;
  private final PeriodicWindows closed;
  private final int selfTarget;
  private final RequestQueue queue = new RequestQueue();
  private int occupancy;
  private int count;
  private double lastEntry = Double.NEGATIVE_INFINITY;
  private double wakeAt = Double.NaN;
  private long wakeGeneration = -1;
  private boolean admitting;

  /**
   * @param capacity units allowed inside at once, {@code >= 0}
   * @param maxCount entries allowed inside at once, {@code >= 1}; {@link Integer#MAX_VALUE} for unlimited
   * @param headway  minimum time between two entries, {@code >= 0}
   * @param closed   windows in which nobody enters (those inside may stay), or {@link PeriodicWindows#NONE}
   */
  public Gate(Simulator sim, int capacity, int maxCount, double headway, PeriodicWindows closed) {
    if (sim == null || closed == null) {
      throw new NullPointerException(sim == null ? "sim" : "closed");
    }
    if (capacity < 0) {
      throw new IllegalArgumentException("negative capacity " + capacity);
    }
    if (maxCount < 1) {
      throw new IllegalArgumentException("maxCount must be >= 1: " + maxCount);
    }
    if (!(headway >= 0) || Double.isInfinite(headway)) {
      throw new IllegalArgumentException("headway must be finite and >= 0: " + headway);
    }
    this.sim = sim;
    this.capacity = capacity;
    this.maxCount = maxCount;
    this.headway = headway;
    this.closed = closed;
    this.selfTarget = sim.register(this::wake);
  }

  /**
   * Queues a request to enter with {@code amount} units; if it is at the head and every rule allows entry now,
   * {@code handler[target].handle(payload)} runs before this method returns.
   *
   * @throws IllegalArgumentException when {@code amount} is negative or above the capacity (it could never
   *     enter), or the target is not registered
   */
  public void request(int amount, int target, int payload) {
    if (amount < 0 || amount > capacity) {
      throw new IllegalArgumentException("amount " + amount + " outside 0.." + capacity);
    }
    sim.checkTarget(target);
    queue.add(amount, target, payload);
    admit();
  }

  /**
   * Someone inside leaves with {@code amount} units: frees the units and one count slot, then admits heads.
   *
   * @throws IllegalStateException when nobody is inside or {@code amount} exceeds the occupancy
   */
  public void leave(int amount) {
    if (count == 0 || amount < 0 || amount > occupancy) {
      throw new IllegalStateException("leave(" + amount + ") with occupancy " + occupancy + ", count " + count);
    }
    occupancy -= amount;
    count--;
    admit();
  }

  /** Units inside. */
  public int occupancy() {
    return occupancy;
  }

  /** Entries inside. */
  public int count() {
    return count;
  }

  /** Waiting requests. */
  public int queueLength() {
    return queue.size();
  }

  /** Time of the last entry, {@link Double#NEGATIVE_INFINITY} before the first. */
  public double lastEntry() {
    return lastEntry;
  }

  public int capacity() {
    return capacity;
  }

  public double headway() {
    return headway;
  }

  /** Empty, nobody waiting, no entry yet (for reuse across replications; reset the simulator too). */
  public void reset() {
    queue.clear();
    occupancy = 0;
    count = 0;
    lastEntry = Double.NEGATIVE_INFINITY;
    wakeAt = Double.NaN;
    wakeGeneration = -1;
  }

  private void wake(int payload) {
    if (sim.now() >= wakeAt) {
      wakeAt = Double.NaN; // this wake-up is spent; a later blockage schedules a new one
    }
    admit();
  }

  private void admit() {
    if (admitting) {
      return; // a grant callback re-entered: the outer loop goes on with the next head
    }
    admitting = true;
    try {
      final RequestQueue q = queue;
      while (!q.isEmpty()) {
        int amount = q.headAmount();
        if (occupancy + amount > capacity || count >= maxCount) {
          return; // only a leave can help, and leave() calls admit()
        }
        double now = sim.now();
        double open = closed.nextOutside(Math.max(now, lastEntry + headway));
        if (open > now) {
          scheduleWake(open);
          return;
        }
        int target = q.headTarget();
        int payload = q.headPayload();
        q.removeHead();
        occupancy += amount;
        count++;
        lastEntry = now;
        sim.dispatch(target, payload);
      }
    } finally {
      admitting = false;
    }
  }

  private void scheduleWake(double time) {
    long gen = sim.generation();
    if (gen == wakeGeneration && wakeAt >= sim.now() && wakeAt <= time) {
      return; // a wake-up at or before that time is already pending; it will re-check
    }
    wakeAt = time;
    wakeGeneration = gen;
    sim.at(time, selfTarget, 0);
  }
}
