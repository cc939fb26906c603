package org.tourplan.tour;

import java.util.List;
import org.tourplan.engine.Gate;
import org.tourplan.engine.Resource;
import org.tourplan.engine.Simulator;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.FirstFitDecreasing;
import org.tourplan.scenario.WorkLimitException;

/**
 * Simulates one month of a scenario on the engine (spec 2.1-2.6) and returns its metrics as one array laid out by
 * {@link MetricLayout}. An instance belongs to one thread and is reused for every replication that thread runs:
 * everything is allocated in the constructor, and replication i depends only on (seed, i).
 */
public final class MonthSimulation {
  final TourSetup s;
  final Simulator sim = new Simulator();
  final Resource guides;
  final Fleet fleet;
  final Gate[] gates;
  final FirstFitDecreasing packing = new FirstFitDecreasing();
  final MonthStats stats;
  private final TourGroup[] groups;
  private final int[] checkinTargets;
  private final int[] checkinPayloads;
  private final double horizon; // minutes from the month's start by which every event must have happened
  TraceRecorder trace; // null unless a month is being explained

  /** Builds the model of a compiled scenario; reuse it for many replications on one thread. */
  public MonthSimulation(TourSetup setup) {
    this.s = setup;
    int nz = s.zoneIds.length;
    gates = new Gate[nz];
    for (int z = 0; z < nz; z++) {
      gates[z] = new Gate(sim, s.capacity[z], s.maxGroups[z], s.headway[z], s.blackout[z]);
    }
    stats = new MonthStats(s);
    guides = new Resource(sim, s.guides);
    groups = new TourGroup[s.tourCount];
    if (s.planned) {
      fleet = new PlannedFleet(sim, s, groups);
    } else if (s.pooled) {
      fleet = new PooledFleet(sim, s, s.tourCount);
    } else {
      fleet = new DedicatedFleet(sim, s.vehicles);
    }
    checkinTargets = new int[s.tourCount];
    checkinPayloads = new int[s.tourCount]; // all CHECKIN (0)
    horizon = (s.scenario.month().lengthOfMonth() + Bounds.OVERRUN_DAYS) * TourSetup.DAY;
    for (int i = 0; i < groups.length; i++) {
      groups[i] = new TourGroup(this, s, i);
      groups[i].target = sim.register(groups[i]);
      checkinTargets[i] = groups[i].target;
    }
  }

  /** The compiled scenario. */
  public TourSetup setup() {
    return s;
  }

  /** Simulates replication {@code replication} and returns its metrics (NaN: no observation this month). */
  public double[] run(int replication) {
    double[] out = new double[s.layout.size()];
    run(replication, out);
    return out;
  }

  /** Simulates replication {@code replication} into {@code out}, which must have {@link MetricLayout#size()} slots. */
  public void run(int replication, double[] out) {
    reset();
    long seed = s.scenario.seed();
    long checkin = TourSetup.base(seed, replication, "checkin");
    long dwell = TourSetup.base(seed, replication, "dwell");
    long board = TourSetup.base(seed, replication, "board");
    for (TourGroup g : groups) {
      g.reset(checkin, dwell, board);
    }
    // check-ins come from the calendar in time order, so they need not sit in the event heap
    sim.timetable(s.tourStart, checkinTargets, checkinPayloads, s.tourCount);
    if (!sim.runWithin(horizon)) {
      // a month still running a year after its last day is no tour month: every time after that is suspect, and
      // waiting for it to end could take for ever (durations near 1e308 never end at all)
      throw new WorkLimitException("the simulated month " + s.scenario.month() + " (replication " + replication
          + ") was still running " + Bounds.OVERRUN_DAYS + " days after its last day, "
          + s.scenario.month().atEndOfMonth() + ", the most a month may overrun; its dwell, headway, travel or "
          + "boarding times, or the queues they make, are too long for a month of tours: check the file's durations "
          + "and capacities");
    }
    stats.collect(out, sim.now(), fleet);
  }

  /**
   * Simulates replication {@code replication} like {@link #run(int, double[])} (same numbers) and also returns
   * every tour's timeline. Meant for the few months a report explains: it allocates per event.
   */
  public List<TourTimeline> trace(int replication, double[] out) {
    trace = new TraceRecorder(s);
    try {
      run(replication, out);
      return trace.timelines();
    } finally {
      trace = null;
    }
  }

  /** Events processed in the last month (for benchmarks). */
  public long eventCount() {
    return sim.eventCount();
  }

  private void reset() {
    sim.reset();
    guides.reset();
    fleet.reset();
    for (Gate g : gates) {
      g.reset();
    }
    stats.reset();
  }
}
