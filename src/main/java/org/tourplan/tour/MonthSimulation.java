package org.tourplan.tour;

import java.util.Arrays;
import java.util.List;
import org.tourplan.engine.Gate;
import org.tourplan.engine.Resource;
import org.tourplan.engine.Simulator;
import org.tourplan.engine.Tally;
import org.tourplan.engine.TimeWeighted;
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
  final Resource fleet;           // dedicated mode
  final PooledFleet pooledFleet;  // pooled mode
  final PlannedFleet plannedFleet; // planned mode
  final Gate[] gates;
  final FirstFitDecreasing packing = new FirstFitDecreasing();
  private final TourGroup[] groups;
  private final int[] checkinTargets;
  private final int[] checkinPayloads;
  private final double horizon; // minutes from the month's start by which every event must have happened
  TraceRecorder trace; // null unless a month is being explained

  // statistics of the month being simulated
  final Tally[] zoneWait;
  final TimeWeighted[] inside;
  private final TimeWeighted[] floorAt;
  private final TimeWeighted floorTotal = new TimeWeighted(0, 0);
  final Tally shuttleWait = new Tally();
  final Tally guideWait = new Tally();
  private final Tally tourMinutes = new Tally();
  private final Tally fromStart = new Tally();
  int visitors;
  int places;
  int cancelled;
  int turnedAway;
  int rides;
  int blackoutViolations;
  private int overruns;
  private int longTours;
  private double maxFloorWait;
  private boolean anyFloorWait;
  private int floorWaitsOver;
  private double noiseMax;

  /** Builds the model of a compiled scenario; reuse it for many replications on one thread. */
  public MonthSimulation(TourSetup setup) {
    this.s = setup;
    int nz = s.zoneIds.length;
    gates = new Gate[nz];
    zoneWait = new Tally[nz];
    inside = new TimeWeighted[nz];
    floorAt = new TimeWeighted[nz];
    for (int z = 0; z < nz; z++) {
      gates[z] = new Gate(sim, s.capacity[z], s.maxGroups[z], s.headway[z], s.blackout[z]);
      zoneWait[z] = new Tally();
      inside[z] = new TimeWeighted(0, 0);
      floorAt[z] = new TimeWeighted(0, 0);
    }
    guides = new Resource(sim, s.guides);
    fleet = new Resource(sim, s.vehicles);
    pooledFleet = new PooledFleet(sim, s, s.tourCount);
    groups = new TourGroup[s.tourCount];
    plannedFleet = new PlannedFleet(sim, s, groups);
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
          + s.scenario.month().atEndOfMonth() + ", the most a month may overrun; its dwell, headway, travel or boarding times, or "
          + "the queues they make, are too long for a month of tours: check the file's durations and capacities");
    }
    collect(out, sim.now());
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
    pooledFleet.reset();
    plannedFleet.reset();
    for (int z = 0; z < gates.length; z++) {
      gates[z].reset();
      zoneWait[z].reset();
      inside[z].reset(0, 0);
      floorAt[z].reset(0, 0);
    }
    floorTotal.reset(0, 0);
    shuttleWait.reset();
    guideWait.reset();
    tourMinutes.reset();
    fromStart.reset();
    visitors = 0;
    places = 0;
    cancelled = 0;
    turnedAway = 0;
    rides = 0;
    blackoutViolations = 0;
    overruns = 0;
    longTours = 0;
    maxFloorWait = 0;
    anyFloorWait = false;
    floorWaitsOver = 0;
    noiseMax = 0;
  }

  void floorChange(int zone, double now, int delta) {
    floorAt[zone].add(now, delta);
    floorTotal.add(now, delta);
  }

  void floorWait(double wait) {
    anyFloorWait = true;
    maxFloorWait = Math.max(maxFloorWait, wait);
    if (wait > s.maxWait) { // false when the limit is absent (NaN)
      floorWaitsOver++;
    }
  }

  void tourEnded(int tour, double end, double minutes, double noiseDose) {
    tourMinutes.add(minutes);
    fromStart.add(end - s.tourStart[tour]);
    double dayStart = (s.tourDay[tour] - 1) * TourSetup.DAY;
    if (end > dayStart + s.closeMinute) {
      overruns++;
    }
    if (minutes > s.maxTour) {
      longTours++;
    }
    noiseMax = Math.max(noiseMax, noiseDose);
  }

  private void collect(double[] out, double end) {
    MetricLayout l = s.layout;
    Arrays.fill(out, Double.NaN);
    int toursRun = s.tourCount - cancelled;
    out[l.visitors] = visitors;
    out[l.places] = places;
    out[l.tours] = toursRun;
    out[l.scheduled] = s.tourCount;
    out[l.cancelled] = cancelled;
    out[l.turnedAway] = turnedAway;
    out[l.tourMinutes] = meanOrNaN(tourMinutes);
    out[l.tourMinutesMax] = tourMinutes.count() > 0 ? tourMinutes.max() : Double.NaN;
    out[l.tourMinutesFromStart] = meanOrNaN(fromStart);
    for (int z = 0; z < gates.length; z++) {
      out[l.zoneMeanWait[z]] = meanOrNaN(zoneWait[z]);
      out[l.zoneMaxWait[z]] = zoneWait[z].count() > 0 ? zoneWait[z].max() : Double.NaN;
      out[l.zonePeak[z]] = inside[z].max(end);
      out[l.zoneEntries[z]] = zoneWait[z].count();
    }
    out[l.shuttleMeanWait] = meanOrNaN(shuttleWait);
    out[l.shuttleMaxWait] = shuttleWait.count() > 0 ? shuttleWait.max() : Double.NaN;
    out[l.shuttleRides] = rides;
    if (l.rosterHeldShare >= 0) {
      out[l.rosterHeldShare] = rides > 0 ? (double) plannedFleet.heldRides / rides : Double.NaN;
      out[l.unplannedRides] = plannedFleet.fallbackRides;
    }
    out[l.guidesMeanWait] = meanOrNaN(guideWait);
    out[l.guidesMaxWait] = guideWait.count() > 0 ? guideWait.max() : Double.NaN;
    out[l.floorPeak] = floorTotal.max(end);
    if (l.evacuationMax >= 0) {
      double worst = 0;
      for (int z = 0; z < gates.length; z++) {
        if (s.floor[z] && !Double.isNaN(s.egress[z])) {
          worst = Math.max(worst, floorAt[z].max(end) / s.egress[z]);
        }
      }
      out[l.evacuationMax] = worst;
    }
    out[l.maxFloorWait] = anyFloorWait ? maxFloorWait : Double.NaN;
    if (l.floorWaitsOverLimit >= 0) {
      out[l.floorWaitsOverLimit] = floorWaitsOver;
    }
    if (l.overrunTours >= 0) {
      out[l.overrunTours] = overruns;
    }
    if (l.longTours >= 0) {
      out[l.longTours] = longTours;
    }
    out[l.blackoutViolations] = blackoutViolations;
    out[l.noiseDoseMax] = toursRun > 0 ? noiseMax : Double.NaN;
  }

  private static double meanOrNaN(Tally t) {
    return t.count() > 0 ? t.mean() : Double.NaN;
  }
}
