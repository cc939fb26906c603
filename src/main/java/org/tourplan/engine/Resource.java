package org.tourplan.engine;

/**
 * A pool of identical units (guides, seats, ...) with a strict FIFO queue. Requests are all-or-nothing and the
 * head of the queue blocks everyone behind it even when a smaller request would fit: that head-of-line blocking
 * is what the tour rules require, and it keeps service order equal to arrival order.
 *
 * <p>Grants are synchronous: the requester's handler runs inside {@link #request} or {@link #release}, at the
 * current simulation time, so no event is spent on a grant.
 */
public final class Resource {
  private final Simulator sim;
  private final int capacity;
  private final RequestQueue queue = new RequestQueue();
  private int available;

  /** A resource with {@code capacity >= 0} units, all free. */
  public Resource(Simulator sim, int capacity) {
    if (sim == null) {
      throw new NullPointerException("sim");
    }
    if (capacity < 0) {
      throw new IllegalArgumentException("negative capacity " + capacity);
    }
    this.sim = sim;
    this.capacity = capacity;
    this.available = capacity;
  }

  /**
   * Asks for {@code amount} units on behalf of {@code target}. When nobody is waiting and the units are free, they
   * are taken and {@code handler[target].handle(payload)} is called before this method returns; otherwise the
   * request joins the end of the queue.
   *
   * @throws IllegalArgumentException when {@code amount} is negative or exceeds the capacity (it could never be
   *     granted), or the target is not registered
   */
  public void request(int amount, int target, int payload) {
    if (amount < 0 || amount > capacity) {
      throw new IllegalArgumentException("amount " + amount + " outside 0.." + capacity);
    }
    sim.checkTarget(target);
    if (queue.isEmpty() && amount <= available) {
      available -= amount;
      sim.dispatch(target, payload);
    } else {
      queue.add(amount, target, payload);
    }
  }

  /**
   * Returns units, then grants waiting requests in queue order while the head fits.
   *
   * @throws IllegalArgumentException when {@code amount} is negative or more than is in use
   */
  public void release(int amount) {
    if (amount < 0 || amount > capacity - available) {
      throw new IllegalArgumentException("release of " + amount + " with " + (capacity - available) + " in use");
    }
    available += amount;
    final RequestQueue q = queue;
    while (!q.isEmpty() && q.headAmount() <= available) {
      int target = q.headTarget();
      int payload = q.headPayload();
      available -= q.headAmount();
      q.removeHead(); // before the callback, which may request or release again
      sim.dispatch(target, payload);
    }
  }

  /** Free units. */
  public int available() {
    return available;
  }

  /** Units held by granted requests. */
  public int inUse() {
    return capacity - available;
  }

  public int capacity() {
    return capacity;
  }

  /** Waiting requests. */
  public int queueLength() {
    return queue.size();
  }

  /** All units free, nobody waiting (for reuse across replications). */
  public void reset() {
    available = capacity;
    queue.clear();
  }
}
