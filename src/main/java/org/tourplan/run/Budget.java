package org.tourplan.run;

import java.util.Locale;
import org.tourplan.scenario.WorkLimitException;
import org.tourplan.tour.TourSetup;

/**
 * Estimates, before any month is simulated, the memory a run keeps and the events it handles, and refuses with a
 * {@link WorkLimitException} (exit 2, naming what to reduce) a run that cannot fit the Java heap or would take
 * longer than {@link #MAX_EVENTS} events (about a day of simulation on one machine). An OutOfMemoryError in the
 * middle of a run loses every month already simulated; this check loses nothing.
 */
public final class Budget {
  /** Most events one command may ask for: at the few million events a second of one core, about a day. */
  public static final long MAX_EVENTS = 200_000_000_000L;
  /** Bytes kept per metric and month: the values, and the sorted copy a summary makes, with room to spare. */
  static final long BYTES_PER_VALUE = 24;

  private Budget() {
  }

  /** Bytes that {@code months} months of {@code setup} keep once simulated. */
  public static long monthBytes(TourSetup setup, long months) {
    return BYTES_PER_VALUE * setup.layout().size() * months;
  }

  /**
   * Refuses {@code months} months of {@code setup} on {@code threads} threads (each with its own simulation) when
   * they would not fit the heap or take too long.
   */
  public static void check(TourSetup setup, long months, int threads) {
    long workers = Math.max(1, Math.min(threads, months));
    check(String.format(Locale.ROOT, "simulating %,d months of %,d tours (%d metrics each) on %d threads", months,
            setup.tourCount(), setup.layout().size(), workers),
        monthBytes(setup, months) + workers * setup.simulationBytes(), setup.eventsPerMonth() * months);
  }

  /**
   * Refuses work that needs more than the heap can still give, or more than {@link #MAX_EVENTS} events.
   *
   * @param what   what the work is, for the message
   * @param bytes  bytes it keeps at once
   * @param events events it handles
   */
  public static void check(String what, long bytes, long events) {
    Runtime rt = Runtime.getRuntime();
    long free = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (bytes < 0 || bytes > free * 9 / 10) {
      throw new WorkLimitException(what + " needs about " + mb(bytes) + " of memory, but this Java can give "
          + mb(free) + " more (of its " + mb(rt.maxMemory()) + " heap, -Xmx): simulate fewer months "
          + "(--replications or replications in the file), fewer tours, a smaller group or fleet, or fewer "
          + "threads (--threads), or give Java more memory");
    }
    if (events < 0 || events > MAX_EVENTS) {
      throw new WorkLimitException(what + " would handle about " + String.format(Locale.ROOT, "%,.0f",
          (double) (events < 0 ? Long.MAX_VALUE : events)) + " events, more than the "
          + String.format(Locale.ROOT, "%,d", MAX_EVENTS) + " one run may take (about a day; each invited party counts "
          + "half an event): simulate fewer months (--replications or replications in the file), fewer tours, "
          + "smaller groups or a shorter route");
    }
  }

  private static String mb(long bytes) {
    return bytes < 0 ? "more than 8 EB" : String.format(Locale.ROOT, "%,d MB", (bytes + (1 << 20) - 1) >> 20);
  }
}
