package org.tourplan.engine;

/**
 * The future event list, kept behind an interface (as in SSJ) so implementations can be swapped and checked
 * against each other. Events with equal times come out in insertion order (FIFO), which makes a run depend only
 * on what the model did, never on the data structure.
 */
public interface EventList {
  /** Adds an event; ties with existing events of the same time go after them. */
  void add(double time, int target, int payload);

  boolean isEmpty();

  int size();

  /** Time of the earliest event; undefined when empty. */
  double minTime();

  /** Target of the earliest event; undefined when empty. */
  int minTarget();

  /** Payload of the earliest event; undefined when empty. */
  int minPayload();

  /** Removes the earliest event; undefined when empty. */
  void removeMin();

  /** Removes all events and restarts the tie-breaking sequence, keeping the allocated storage. */
  void clear();
}
