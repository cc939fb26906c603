package org.tourplan.tour;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tourplan.engine.PeriodicWindows;
import org.tourplan.engine.RandomStream;
import org.tourplan.engine.Sampler;
import org.tourplan.engine.Samplers;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Guides;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Zone;
import org.tourplan.roster.DayPlan;
import org.tourplan.roster.FleetPlan;
import org.tourplan.roster.Leg;
import org.tourplan.roster.PlannedRide;
import org.tourplan.roster.VehicleRoster;

/**
 * A scenario compiled once into the flat arrays the simulation reads on its hot path: zones by index, the route
 * as indices, travel minutes, samplers, blackout windows and the month's tours. Immutable and shared by all
 * threads (samplers hold no state; each thread draws from its own streams).
 */
public final class TourSetup {
  static final double DAY = 1440.0;

  final Scenario scenario;
  final MetricLayout layout;
  final String[] zoneIds;
  final int[] capacity;
  final int[] maxGroups;
  final double[] headway;
  final Sampler[] dwell;
  final boolean[] floor;
  final double[] egress;          // NaN when the zone has no exit data
  final double[] noisePerMinute;  // dose percent per minute inside; 0 when quiet or unknown
  final PeriodicWindows[] blackout;
  final int[] route;
  final int returnTo;
  final int depot;
  final double[][] travel;
  final Sampler board;
  final boolean pooled;
  final boolean planned;
  // planned mode: the roster of the file's fleet, as flat arrays (ride id = tour x route length + leg)
  final FleetPlan plan;         // null unless planned
  final int[] rideVehStart;     // rideVeh[rideVehStart[r] .. rideVehStart[r + 1]) are ride r's vehicles, ascending
  final int[] rideVeh;
  final double[] plannedPickup; // planned start of boarding, minutes from 00:00 on the 1st; NaN without a plan
  final int[] rosterStart;      // rosterRide[rosterStart[v] .. rosterStart[v + 1]) are vehicle v's rides, in order
  final int[] rosterRide;
  final int[] rosterSlot;       // the vehicle's position in that ride's vehicle list
  final int vehicles;
  final int seats;
  final int guides;
  final Guides guideRule;       // how many guides a group needs: the one rule, Guides.needed
  // group
  final int invited;
  final int maxSize;
  final double noShow;
  final int[] partySizes;       // candidate sizes, ascending
  final double[] partyCumulative; // cumulative probabilities matching partySizes, last = 1
  // calendar
  final int tourCount;
  final double[] tourStart;     // minutes from 00:00 on the 1st
  final int[] tourDay;          // day of month, 1-based
  // identity of a tour for its streams: its date and its rank among that date's tours (in time order), never its
  // start time, so tours of two timetables with the same number of tours on a date draw the same parties, dwells
  // and boardings (common random numbers across start times: the planner's designed timetables differ only by
  // where tours start, and a month's visitors depend only on how many tours each date has)
  final long[] tourKey;
  // limits
  final double closeMinute;     // minute of day, NaN when absent
  final double maxTour;         // NaN when absent
  final double maxWait;         // NaN when absent

  /**
   * Compiles a validated scenario whose shuttles are not in planned mode (planned mode needs its rosters: see
   * {@link #TourSetup(Scenario, FleetPlan)}).
   */
  public TourSetup(Scenario s) {
    this(s, null);
  }

  /**
   * Compiles a validated scenario. The tour model never plans shuttles itself: in planned mode the caller hands
   * over the rosters of the file's fleet (plain data from {@code org.tourplan.roster}, planned by whoever compiles
   * the scenario); in other modes {@code rosters} is ignored and may be null.
   *
   * @throws IllegalArgumentException in planned mode without rosters
   */
  public TourSetup(Scenario s, FleetPlan rosters) {
    this.scenario = s;
    this.layout = new MetricLayout(s);
    int nz = s.zones().size();
    zoneIds = new String[nz];
    capacity = new int[nz];
    maxGroups = new int[nz];
    headway = new double[nz];
    dwell = new Sampler[nz];
    floor = new boolean[nz];
    egress = new double[nz];
    noisePerMinute = new double[nz];
    blackout = new PeriodicWindows[nz];
    List<String> ids = new ArrayList<>(s.zones().keySet());
    for (int z = 0; z < nz; z++) {
      Zone zone = s.zones().get(ids.get(z));
      zoneIds[z] = zone.id();
      capacity[z] = zone.capacity();
      maxGroups[z] = zone.maxGroups();
      headway[z] = zone.headway();
      dwell[z] = sampler(zone.dwell());
      floor[z] = zone.floor();
      egress[z] = zone.egressPerMinute() == null ? Double.NaN : zone.egressPerMinute();
      noisePerMinute[z] = zone.noiseDbA() == null ? 0.0 : noiseDosePerMinute(zone.noiseDbA());
      blackout[z] = windowsOf(zone.id(), s.limits());
    }
    route = s.route().stream().mapToInt(ids::indexOf).toArray();
    returnTo = ids.indexOf(s.returnTo());
    depot = ids.indexOf(s.shuttles().depot());
    travel = new double[nz][nz];
    for (int a = 0; a < nz; a++) {
      for (int b = 0; b < nz; b++) {
        travel[a][b] = s.travel().minutes(zoneIds[a], zoneIds[b]);
      }
    }
    board = sampler(s.shuttles().boardMinutes());
    pooled = s.shuttles().mode() == Shuttles.Mode.POOLED;
    planned = s.shuttles().mode() == Shuttles.Mode.PLANNED;
    vehicles = s.shuttles().vehicles();
    seats = s.shuttles().seats();
    guides = s.guides().count();
    guideRule = s.guides();
    invited = s.group().invited();
    maxSize = s.group().maxSize();
    noShow = s.group().noShowRate();
    Map<Integer, Double> weights = s.group().partySize();
    partySizes = weights.keySet().stream().mapToInt(Integer::intValue).toArray();
    partyCumulative = cumulative(weights.values().stream().mapToDouble(Double::doubleValue).toArray());
    List<double[]> tours = calendar(s.month(), s);
    tourCount = tours.size();
    tourStart = new double[tourCount];
    tourDay = new int[tourCount];
    tourKey = new long[tourCount];
    for (int i = 0; i < tourCount; i++) {
      double[] t = tours.get(i);
      tourStart[i] = t[0];
      tourDay[i] = (int) t[1];
      tourKey[i] = tourKey((int) t[1], (int) t[2]);
    }
    if (planned) {
      if (rosters == null) {
        throw new IllegalArgumentException("planned shuttle mode needs the fleet's rosters (run.Compiler plans them)");
      }
      plan = rosters;
      Roster r = roster(plan, route.length, tourCount, tourDay, vehicles);
      rideVehStart = r.rideVehStart;
      rideVeh = r.rideVeh;
      plannedPickup = r.plannedPickup;
      rosterStart = r.rosterStart;
      rosterRide = r.rosterRide;
      rosterSlot = r.rosterSlot;
    } else {
      plan = null;
      rideVehStart = new int[1];
      rideVeh = new int[0];
      plannedPickup = new double[0];
      rosterStart = new int[vehicles + 1];
      rosterRide = new int[0];
      rosterSlot = new int[0];
    }
    Limits lim = s.limits();
    closeMinute = lim.closeTime() == null ? Double.NaN : lim.closeTime().toSecondOfDay() / 60.0;
    maxTour = lim.maxTourMinutes() == null ? Double.NaN : lim.maxTourMinutes();
    maxWait = lim.maxWaitMinutes() == null ? Double.NaN : lim.maxWaitMinutes();
  }

  /** The shuttle plan planned mode follows (the file's fleet, every date of the month), or null in other modes. */
  public FleetPlan plan() { return plan; }

  private record Roster(int[] rideVehStart, int[] rideVeh, double[] plannedPickup, int[] rosterStart,
                        int[] rosterRide, int[] rosterSlot) { }

  /** Flattens a month's plan onto the month's tours (same order: date, then the date's tours in contract order). */
  private static Roster roster(FleetPlan plan, int legs, int tourCount, int[] tourDay, int vehicles) {
    int days = plan.days().size();
    int[] firstTour = new int[days + 2];
    for (int i = 0; i < tourCount; i++) {
      firstTour[tourDay[i] + 1]++;
    }
    for (int d = 1; d <= days + 1; d++) {
      firstTour[d] += firstTour[d - 1];
    }
    int rideCount = tourCount * legs;
    List<List<Integer>> vehiclesOf = new ArrayList<>();
    double[] pickup = new double[rideCount];
    java.util.Arrays.fill(pickup, Double.NaN);
    for (int i = 0; i < rideCount; i++) {
      vehiclesOf.add(List.of());
    }
    List<List<double[]>> perVehicle = new ArrayList<>(); // {time, ride}
    for (int v = 0; v < vehicles; v++) {
      perVehicle.add(new ArrayList<>());
    }
    for (DayPlan day : plan.days()) {
      int d = day.date().getDayOfMonth();
      double dayStart = (d - 1) * DAY;
      for (PlannedRide p : day.rides()) {
        int ride = (firstTour[d] + p.request().tour()) * legs + p.request().ride();
        if (p.served()) {
          vehiclesOf.set(ride, p.vehicles());
          pickup[ride] = dayStart + p.pickup();
        }
      }
      for (VehicleRoster vr : day.vehicles()) {
        for (Leg leg : vr.legs()) {
          if (leg.kind() == Leg.Kind.BOARD) {
            int ride = (firstTour[d] + leg.tour()) * legs + leg.ride();
            perVehicle.get(vr.vehicle()).add(new double[] {dayStart + leg.start(), ride});
          }
        }
      }
    }
    int[] rideVehStart = new int[rideCount + 1];
    for (int r = 0; r < rideCount; r++) {
      rideVehStart[r + 1] = rideVehStart[r] + vehiclesOf.get(r).size();
    }
    int[] rideVeh = new int[rideVehStart[rideCount]];
    for (int r = 0; r < rideCount; r++) {
      for (int i = 0; i < vehiclesOf.get(r).size(); i++) {
        rideVeh[rideVehStart[r] + i] = vehiclesOf.get(r).get(i);
      }
    }
    int[] rosterStart = new int[vehicles + 1];
    for (int v = 0; v < vehicles; v++) {
      // days in order, each day's rides in the plan's order: a stable sort by time keeps both
      perVehicle.get(v).sort(java.util.Comparator.comparingDouble(e -> e[0]));
      rosterStart[v + 1] = rosterStart[v] + perVehicle.get(v).size();
    }
    int[] rosterRide = new int[rosterStart[vehicles]];
    int[] rosterSlot = new int[rosterRide.length];
    for (int v = 0; v < vehicles; v++) {
      for (int i = 0; i < perVehicle.get(v).size(); i++) {
        int ride = (int) perVehicle.get(v).get(i)[1];
        rosterRide[rosterStart[v] + i] = ride;
        rosterSlot[rosterStart[v] + i] = vehiclesOf.get(ride).indexOf(v);
      }
    }
    return new Roster(rideVehStart, rideVeh, pickup, rosterStart, rosterRide, rosterSlot);
  }

  /** The scenario this setup was compiled from. */
  public Scenario scenario() { return scenario; }

  /** The metrics a month of this scenario produces. */
  public MetricLayout layout() { return layout; }

  /** Tours scheduled in the month. */
  public int tourCount() { return tourCount; }

  /**
   * About how many bytes one {@link MonthSimulation} of this setup holds (each tour's party and vehicle arrays,
   * queues and statistics): what each thread needs besides the month values, for {@code run.Budget}.
   */
  public long simulationBytes() {
    long perTour = 512L + 4L * invited + 4L * vehicles + 16L * route.length;
    return tourCount * perTour + 8L * zoneIds.length * zoneIds.length + 512L * zoneIds.length + 64L * vehicles;
  }

  /**
   * About how much work one month of this setup is, in events (check-in, each zone, each ride, the end) and the
   * per-party work of check-in (two draws for every invited party, then packing those who came into vehicles),
   * which costs about half an event a party: 1,440 tours a day of groups of 10,000 are 5,000 events a tour, not 20,
   * and were once estimated at a quarter of their true time.
   */
  public long eventsPerMonth() {
    return tourCount * (8L * (route.length + 1) + 4 + (invited + 1L) / 2);
  }

  /** Scheduled start of tour i, minutes from 00:00 on the 1st. */
  public double tourStart(int i) { return tourStart[i]; }

  /** Zone ids in file order (the index used by the model). */
  public List<String> zoneIds() { return List.of(zoneIds); }

  /** Noise dose percent per minute at L dB(A) (contract 2.6: t / (480 / 2^((L - 80) / 3)) x 100 for t minutes). */
  public static double noiseDosePerMinute(double dbA) {
    return 100.0 * Math.pow(2.0, (dbA - 80.0) / 3.0) / 480.0;
  }

  /** Maps a scenario distribution onto an engine sampler; draws below 0 count as 0 (contract section 1). */
  static Sampler sampler(Distribution d) {
    Sampler raw;
    if (d instanceof Distribution.Constant c) {
      return Samplers.constant(Math.max(0.0, c.value()));
    } else if (d instanceof Distribution.Triangular t) {
      raw = Samplers.triangular(t.min(), t.mode(), t.max());
    } else if (d instanceof Distribution.Uniform u) {
      raw = Samplers.uniform(u.min(), u.max());
    } else if (d instanceof Distribution.Normal n) {
      raw = Samplers.normal(n.mean(), n.sd());
    } else if (d instanceof Distribution.LogNormal l) {
      return Samplers.lognormal(l.mean(), l.sd()); // never negative
    } else if (d instanceof Distribution.Exponential e) {
      return Samplers.exponential(e.mean()); // never negative
    } else {
      throw new IllegalArgumentException("unknown distribution " + d);
    }
    return Samplers.clampedAtZero(raw);
  }

  private static PeriodicWindows windowsOf(String zone, Limits limits) {
    List<Limits.Blackout> mine = limits.blackouts().stream().filter(b -> b.zones().contains(zone)).toList();
    if (mine.isEmpty()) {
      return PeriodicWindows.NONE;
    }
    double[] from = new double[mine.size()];
    double[] to = new double[mine.size()];
    for (int i = 0; i < mine.size(); i++) {
      from[i] = minuteOfDay(mine.get(i).from());
      to[i] = minuteOfDay(mine.get(i).to());
    }
    return new PeriodicWindows(DAY, from, to);
  }

  private static double minuteOfDay(LocalTime t) {
    return t.toSecondOfDay() / 60.0;
  }

  private static double[] cumulative(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[] c = new double[weights.length];
    double acc = 0;
    for (int i = 0; i < weights.length; i++) {
      acc += weights[i];
      c[i] = acc / total;
    }
    c[c.length - 1] = 1.0; // guard against rounding: the last size always catches u < 1
    return c;
  }

  /** The stream key of the {@code rank}-th tour (from 0, in time order) of day {@code day} of the month. */
  static long tourKey(int day, int rank) {
    return ((long) day << 20) | rank;
  }

  /** Tours of the month as {start minute, day of month, rank among the day's tours}, in time order. */
  private static List<double[]> calendar(YearMonth month, Scenario s) {
    List<double[]> tours = new ArrayList<>();
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate date = month.atDay(d);
      List<LocalTime> times = s.schedule().toursOn(date);
      double dayStart = (d - 1) * DAY;
      int rank = 0;
      for (LocalTime t : times) {
        tours.add(new double[] {dayStart + minuteOfDay(t), d, rank++});
      }
    }
    return tours;
  }

  /** Base seed of the stream family {@code source} in one replication; per-tour streams derive from it. */
  static long base(long seed, int replication, String source) {
    return RandomStream.mix(seed, replication, source);
  }

  /** SplitMix64 finaliser: a tour's stream seed from its family's base and the tour's key. */
  static long derive(long base, long key) {
    long z = base + (key + 1) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
