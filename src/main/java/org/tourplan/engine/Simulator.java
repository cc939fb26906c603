package org.tourplan.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * The clock and the event loop. Events are (time, target, payload) triples; the target indexes an array of
 * handlers registered once, so a running model schedules and dispatches without allocating. One simulator is
 * meant to be reused per thread across replications via {@link #reset()}; it is not thread-safe.
 */
public final class Simulator {
  private final EventList events;
  private EventHandler[] handlers = new EventHandler[16];
  private int handlerCount;
  private double now;
  private long eventCount;
  private boolean stopped;
  private long generation;
  // the timetable: events known before the run, kept outside the event list (see timetable())
  private double[] tableTime = new double[0];
  private int[] tableTarget = new int[0];
  private int[] tablePayload = new int[0];
  private int tableSize;
  private int tableNext;

  /** A simulator on a {@link BinaryHeapEventList}. */
  public Simulator() {
    this(new BinaryHeapEventList());
  }

  /** A simulator on the given event list, which it clears first and then owns. */
  public Simulator(EventList events) {
    this.events = Objects.requireNonNull(events, "events");
    events.clear();
  }

  /** The current simulation time: the time of the event being handled, or of the last one. */
  public double now() {
    return now;
  }

  /** Registers a handler and returns its target id: 0, 1, 2, ... in registration order. */
  public int register(EventHandler h) {
    Objects.requireNonNull(h, "handler");
    if (handlerCount == handlers.length) {
      handlers = Arrays.copyOf(handlers, handlers.length * 2);
    }
    handlers[handlerCount] = h;
    return handlerCount++;
  }

  /** Number of registered handlers (valid targets are 0 .. handlerCount() - 1). */
  public int handlerCount() {
    return handlerCount;
  }

  /**
   * Schedules an event at an absolute time; an event at {@code now} runs after those already due now.
   *
   * @throws IllegalArgumentException when {@code time < now()} or NaN, or when the target is not registered
   */
  public void at(double time, int target, int payload) {
    if (!(time >= now)) {
      throw new IllegalArgumentException("event time " + time + " is before now " + now);
    }
    checkTarget(target);
    events.add(time, target, payload);
  }

  /**
   * Schedules an event {@code delay} time units from now.
   *
   * @throws IllegalArgumentException when {@code delay < 0} or NaN, or when the target is not registered
   */
  public void after(double delay, int target, int payload) {
    if (!(delay >= 0)) {
      throw new IllegalArgumentException("negative or NaN delay " + delay);
    }
    checkTarget(target);
    events.add(now + delay, target, payload);
  }

  /** Handles events in time order until none are left or {@link #stop()} is called. */
  public void run() {
    runUntil(Double.POSITIVE_INFINITY);
  }

  /**
   * Handles every event with time {@code <= until} (including those scheduled meanwhile), then sets the clock to
   * {@code until} if it is later than now (so statistics can be closed at the horizon). When {@link #stop()} ends
   * the run early, the clock stays at the last handled event. An infinite {@code until} leaves the clock at the
   * last event.
   */
  public void runUntil(double until) {
    handleUntil(until);
    if (!stopped && until > now && until != Double.POSITIVE_INFINITY) {
      now = until;
    }
  }

  /**
   * Handles every event with time {@code <= horizon} like {@link #runUntil(double)}, but leaves the clock at the
   * last event handled (as {@link #run()} does), and returns whether every event was handled: false means events
   * remain after the horizon (or {@link #stop()} was called with events left), so a model whose events must all
   * lie before some time can refuse to go on instead of running into absurd times.
   */
  public boolean runWithin(double horizon) {
    handleUntil(horizon);
    return !hasPending();
  }

  private void handleUntil(double until) {
    stopped = false;
    final EventList ev = events;
    while (!stopped) {
      double t;
      int target;
      int payload;
      // a timetable entry goes first among equal times: it counts as scheduled before any event in the list
      if (tableNext < tableSize && (ev.isEmpty() || tableTime[tableNext] <= ev.minTime())) {
        t = tableTime[tableNext];
        if (t > until) {
          break;
        }
        target = tableTarget[tableNext];
        payload = tablePayload[tableNext];
        tableNext++;
      } else if (!ev.isEmpty()) {
        t = ev.minTime();
        if (t > until) {
          break;
        }
        target = ev.minTarget();
        payload = ev.minPayload();
        ev.removeMin();
      } else {
        break;
      }
      now = t;
      eventCount++;
      handlers[target].handle(payload);
    }
  }

  /**
   * Gives the simulator a timetable: {@code count} events known before the run, in non-decreasing time order
   * (for example every arrival of a day). The result is the same as scheduling them with {@link #at} right after
   * {@link #reset()}, before anything else, but they stay outside the event list, which therefore stays small and
   * fast. The arrays are read, not copied, until the next {@link #reset()}; call this right after a reset.
   *
   * @throws IllegalArgumentException when times decrease, lie before now or are NaN, or a target is unknown
   */
  public void timetable(double[] times, int[] targets, int[] payloads, int count) {
    if (count < 0 || count > times.length || count > targets.length || count > payloads.length) {
      throw new IllegalArgumentException("count " + count + " does not fit the arrays");
    }
    double previous = now;
    for (int i = 0; i < count; i++) {
      if (!(times[i] >= previous)) {
        throw new IllegalArgumentException("timetable time " + times[i] + " at " + i + " is before " + previous);
      }
      previous = times[i];
      checkTarget(targets[i]);
    }
    tableTime = times;
    tableTarget = targets;
    tablePayload = payloads;
    tableSize = count;
    tableNext = 0;
  }

  /** Makes the running {@link #run()} or {@link #runUntil(double)} return after the current event. */
  public void stop() {
    stopped = true;
  }

  /** Events handled since construction or the last {@link #reset()}. */
  public long eventCount() {
    return eventCount;
  }

  /** Whether any event is scheduled. */
  public boolean hasPending() {
    return !events.isEmpty() || tableNext < tableSize;
  }

  /** Number of scheduled events. */
  public int pendingCount() {
    return events.size() + tableSize - tableNext;
  }

  /**
   * Clock 0, no events, event count 0; handlers stay registered so a model can be rerun without allocating.
   * Resources and gates keep their own state: reset them too.
   */
  public void reset() {
    events.clear();
    tableSize = 0;
    tableNext = 0;
    now = 0;
    eventCount = 0;
    stopped = false;
    generation++;
  }

  /** Counts resets, so components can tell an event they scheduled was discarded by {@link #reset()}. */
  long generation() {
    return generation;
  }

  /** Calls a handler synchronously at the current time (used for grants by resources and gates). */
  void dispatch(int target, int payload) {
    handlers[target].handle(payload);
  }

  void checkTarget(int target) {
    if (target < 0 || target >= handlerCount) {
      throw new IllegalArgumentException("unknown target " + target + " (" + handlerCount + " registered)");
    }
  }
}
