package org.tourplan.shuttle;

import com.graphhopper.jsprit.core.algorithm.VehicleRoutingAlgorithm;
import com.graphhopper.jsprit.core.algorithm.box.Jsprit;
import com.graphhopper.jsprit.core.problem.Location;
import com.graphhopper.jsprit.core.problem.VehicleRoutingProblem;
import com.graphhopper.jsprit.core.problem.job.Shipment;
import com.graphhopper.jsprit.core.problem.solution.VehicleRoutingProblemSolution;
import com.graphhopper.jsprit.core.problem.solution.route.VehicleRoute;
import com.graphhopper.jsprit.core.problem.solution.route.activity.PickupShipment;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TimeWindow;
import com.graphhopper.jsprit.core.problem.solution.route.activity.TourActivity;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleImpl;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleType;
import com.graphhopper.jsprit.core.problem.vehicle.VehicleTypeImpl;
import com.graphhopper.jsprit.core.util.Solutions;
import com.graphhopper.jsprit.core.util.VehicleRoutingTransportCostsMatrix;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.FirstFitDecreasing;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.WorkLimitException;
import org.tourplan.scenario.Zone;
import org.tourplan.text.Numbers;
import org.tourplan.roster.DayPlan;
import org.tourplan.roster.FleetPlan;
import org.tourplan.roster.Leg;
import org.tourplan.roster.PlannedRide;
import org.tourplan.roster.RideRequest;
import org.tourplan.roster.UnservedRide;
import org.tourplan.roster.VehicleRoster;

/**
 * Plans shuttle rosters with jsprit 1.8: each date's tours become ride requests on their nominal timeline, and a
 * pickup-and-delivery problem with time windows is solved on a finite fleet.
 *
 * <p>Model (documented in docs/scenario-format.md, "Shuttle planning"):
 * <ul>
 *   <li>Nominal timeline: each tour starts at its scheduled time with its guides, enters each zone on arrival
 *       (no queueing), stays the dwell's mean, and rides on after the mean boarding time.</li>
 *   <li>Pickup window: [nominal moment the group leaves the zone, that + the standard deviation of the zone's
 *       dwell]. Boarding (mean of boardMinutes) is jsprit's service time at the pickup; the delivery follows
 *       directly (a vehicle carries one load at a time), with its window shifted by boarding + travel.</li>
 *   <li>Loads: a ride takes as many vehicles as first-fit-decreasing needs for the worst admissible mix of
 *       parties (the loader's fleet check), so a plan never falls short whoever comes; each vehicle-load is one
 *       jsprit Shipment of size 1 on vehicles of capacity 1 (vehicles never mix groups, contract 2.4).</li>
 *   <li>Vehicles start each date at the depot at 00:00 and do not return; the cost is minutes driven (empty
 *       driving is what the solver can change).</li>
 *   <li>Deterministic: one thread and a generator of the solve's own, seeded alike, which jsprit hands to every
 *       component it builds; nothing is drawn from jsprit's process-wide {@code RandomNumberGeneration}, so
 *       dates solved in parallel cannot disturb each other (JspritRandomTest).</li>
 * </ul>
 *
 * <p>Jobs jsprit leaves unassigned are never dropped: a ride not served whole is an {@link UnservedRide} with the
 * reason, and none of its loads stays in any roster.
 *
 * <p>Longer than 400 lines on purpose: it is the only class that talks to jsprit, so the rest of the code never
 * depends on the solver's API; the ride requests, the problem built from them and the rosters read back follow one
 * model (the same nominal times and windows), which splitting would scatter across files that must change together.
 */
public final class ShuttlePlanner {
  /** Seed of every solve, so a scenario always gets the same rosters. */
  public static final long SEED = 20250701L;
  private static final double UNREACHABLE = 1e7;
  private static final double EPS = 1e-6;
  /**
   * Most solver work of one solve, in iterations x shipments x (shipments + vehicles): jsprit does a few million
   * such steps a second here, so this is a few minutes.
   */
  static final long MAX_SOLVE_WORK = 300_000_000L;
  /** Most solver work of a month (every date's first solve): about ten minutes. */
  static final long MAX_MONTH_WORK = 1_000_000_000L;
  private final Scenario s;
  private final int iterations;
  private final List<String> places;
  private final double[][] travel;
  private final String depot;
  private final int loads;
  private final double board;

  private ShuttlePlanner(Scenario s) {
    this.s = s;
    this.iterations = s.shuttles().planIterations();
    this.places = s.travel().places();
    int n = places.size();
    this.travel = new double[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = 0; b < n; b++) {
        double m = s.travel().minutes(a, b);
        travel[a][b] = Double.isFinite(m) ? m : UNREACHABLE;
      }
    }
    this.depot = s.shuttles().depot();
    this.loads = FirstFitDecreasing.worstCase(s.group(), s.shuttles().seats());
    this.board = Math.max(0.0, s.shuttles().boardMinutes().mean());
  }

  // ------------------------------------------------------------------------------------------------ public API

  /**
   * The smallest fleet that serves every ride of every date of the month on the nominal plan: the maximum over
   * dates of {@link #smallestFleet(Scenario, LocalDate)}. The planner's lower bound for its vehicles axis.
   */
  public static int smallestFleet(Scenario s) {
    return smallestFleets(s).maxFleet();
  }

  /**
   * For every date of the month, the smallest fleet and its rosters. Dates with identical ride requests are solved
   * once; distinct ones in parallel on the machine's cores (the plans do not depend on it).
   */
  public static FleetPlan smallestFleets(Scenario s) {
    return smallestFleets(s, Runtime.getRuntime().availableProcessors());
  }

  /** {@link #smallestFleets(Scenario)} on at most {@code threads} threads. */
  static FleetPlan smallestFleets(Scenario s, int threads) {
    return new ShuttlePlanner(s).month(true, 0, threads);
  }

  /**
   * The smallest fleet for one date: from the most vehicles the nominal rides need at once, one more vehicle at a
   * time (up to 3 x that bound) until jsprit serves every ride that a vehicle can reach at all.
   */
  public static DayPlan smallestFleet(Scenario s, LocalDate date) {
    return new ShuttlePlanner(s).smallest(date);
  }

  /**
   * Rosters of a fixed fleet for every date of the month (planned mode uses the file's fleet); they do not depend
   * on the seed or the replications. Solved on every call: callers keep what they need (a command compiles each
   * scenario once, through the run package's compiler).
   */
  public static FleetPlan forFleet(Scenario s, int vehicles) {
    return new ShuttlePlanner(s).month(false, vehicles, Runtime.getRuntime().availableProcessors());
  }

  /** The ride requests of one date, in tour order then ride order. */
  public static List<RideRequest> rides(Scenario s, LocalDate date) {
    return new ShuttlePlanner(s).requests(date);
  }

  /**
   * The spread of a duration used for pickup windows: its standard deviation (0 for a constant; (b - a) / sqrt 12
   * for a uniform; sqrt((a^2 + b^2 + c^2 - ab - ac - bc) / 18) for a triangular; the mean for an exponential).
   */
  public static double spread(Distribution d) {
    if (d instanceof Distribution.Constant) {
      return 0.0;
    } else if (d instanceof Distribution.Triangular t) {
      double a = t.min();
      double b = t.mode();
      double c = t.max();
      return Math.sqrt(Math.max(0.0, (a * a + b * b + c * c - a * b - a * c - b * c) / 18.0));
    } else if (d instanceof Distribution.Uniform u) {
      return (u.max() - u.min()) / Math.sqrt(12.0);
    } else if (d instanceof Distribution.Normal n) {
      return n.sd();
    } else if (d instanceof Distribution.LogNormal l) {
      return l.sd();
    } else if (d instanceof Distribution.Exponential e) {
      return e.mean();
    }
    throw new IllegalArgumentException("unknown distribution " + d);
  }

  // ------------------------------------------------------------------------------------------------ month, day

  private FleetPlan month(boolean smallest, int vehicles, int threads) {
    YearMonth month = s.month();
    checkMonthWork(smallest, vehicles);
    // a solve sees nothing of a date but its ride requests: dates with identical requests share one solve
    Map<List<RideRequest>, Integer> kindOf = new HashMap<>();
    List<LocalDate> firstDates = new ArrayList<>();
    int[] kind = new int[month.lengthOfMonth()];
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate date = month.atDay(d);
      int next = firstDates.size();
      kind[d - 1] = kindOf.computeIfAbsent(requests(date), r -> next);
      if (kind[d - 1] == next) {
        firstDates.add(date);
      }
    }
    List<DayPlan> solved = DaySolves.inParallel(firstDates, threads,
        date -> smallest ? smallest(date) : fixed(date, vehicles));
    List<DayPlan> days = new ArrayList<>();
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      DayPlan plan = solved.get(kind[d - 1]);
      days.add(plan.date().getDayOfMonth() == d ? plan : plan.on(month.atDay(d)));
    }
    return new FleetPlan(s.name(), month, s.shuttles().seats(), s.shuttles().vehicles(), smallest, iterations,
        List.copyOf(days));
  }

  private DayPlan smallest(LocalDate date) {
    List<RideRequest> rides = requests(date);
    boolean[] reachable = reachable(rides);
    int bound = lowerBound(rides, reachable);
    if (bound == 0) {
      return build(date, rides, reachable, new int[0][], 0, bound, true, 0, 0, 0.0);
    }
    int cap = 3 * bound;
    int solves = 0;
    double seconds = 0;
    int iterationsRun = 0;
    int[][] best = null;
    int bestK = bound;
    for (int k = bound; k <= cap; k++) {
      long t0 = System.nanoTime();
      Solved solved = solve(rides, reachable, k);
      int[][] seq = solved.seq();
      iterationsRun += solved.iterations();
      seconds += (System.nanoTime() - t0) / 1e9;
      solves++;
      best = seq;
      bestK = k;
      if (assignedAll(rides, reachable, seq)) {
        break;
      }
    }
    return build(date, rides, reachable, best, bestK, bound, true, solves, iterationsRun, seconds);
  }

  private DayPlan fixed(LocalDate date, int vehicles) {
    List<RideRequest> rides = requests(date);
    boolean[] reachable = reachable(rides);
    int bound = lowerBound(rides, reachable);
    boolean any = false;
    for (boolean r : reachable) {
      any |= r;
    }
    if (!any) {
      return build(date, rides, reachable, new int[0][], vehicles, bound, false, 0, 0, 0.0);
    }
    long t0 = System.nanoTime();
    Solved solved = solve(rides, reachable, vehicles);
    double seconds = (System.nanoTime() - t0) / 1e9;
    return build(date, rides, reachable, solved.seq(), vehicles, bound, false, 1, solved.iterations(), seconds);
  }

  private List<RideRequest> requests(LocalDate date) {
    List<LocalTime> tours = s.schedule().toursOn(date);
    List<String> route = s.route();
    List<RideRequest> out = new ArrayList<>();
    for (int i = 0; i < tours.size(); i++) {
      double t = tours.get(i).toSecondOfDay() / 60.0;
      for (int r = 0; r < route.size(); r++) {
        String from = route.get(r);
        String to = r + 1 < route.size() ? route.get(r + 1) : s.returnTo();
        Zone z = s.zones().get(from);
        t += Math.max(0.0, z.dwell().mean());
        double leave = t;
        double ride = travel[idx(from)][idx(to)];
        out.add(new RideRequest(i, tours.get(i), r, route.size(), from, to, loads, leave,
            leave + spread(z.dwell()), board, ride));
        t = leave + board + ride;
      }
    }
    return out;
  }

  /** Whether a vehicle leaving the depot at 00:00 reaches the pickup within its window (else no fleet helps). */
  private boolean[] reachable(List<RideRequest> rides) {
    boolean[] ok = new boolean[rides.size()];
    for (int i = 0; i < ok.length; i++) {
      RideRequest r = rides.get(i);
      ok[i] = tt(depot, r.from()) <= r.latest() + EPS;
    }
    return ok;
  }

  /** Most vehicles the nominal rides occupy at one moment, each load from its window start to its delivery. */
  static int lowerBound(List<RideRequest> rides, boolean[] reachable) {
    List<double[]> events = new ArrayList<>(); // {time, order, delta}: ends before starts, points after starts
    for (int i = 0; i < rides.size(); i++) {
      if (!reachable[i]) {
        continue;
      }
      RideRequest r = rides.get(i);
      double end = r.earliest() + r.boardMinutes() + r.travelMinutes();
      events.add(new double[] {r.earliest(), 1, r.loads()});
      events.add(new double[] {end, end > r.earliest() ? 0 : 2, -r.loads()});
    }
    events.sort(Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]));
    int now = 0;
    int max = 0;
    for (double[] e : events) {
      now += (int) e[2];
      max = Math.max(max, now);
    }
    return max;
  }

  // ------------------------------------------------------------------------------------------------ jsprit

  /** One jsprit solve: per jsprit vehicle its loads in order (rideIndex * loads + load), and the iterations run. */
  private record Solved(int[][] seq, int iterations) { }

  /** Solves with k vehicles, stopping early when the best solution is provably optimal ({@link OptimalStop}). */
  private Solved solve(List<RideRequest> rides, boolean[] reachable, int k) {
    long shipments = shipments(rides, reachable);
    long work = work(shipments, k);
    if (work > MAX_SOLVE_WORK) {
      throw tooMuch("one day's shuttle plan", work, MAX_SOLVE_WORK, shipments, k);
    }
    VehicleRoutingTransportCostsMatrix.Builder costs = VehicleRoutingTransportCostsMatrix.Builder.newInstance(false);
    for (int a = 0; a < places.size(); a++) {
      for (int b = 0; b < places.size(); b++) {
        costs.addTransportTime(loc(a), loc(b), travel[a][b]);
        costs.addTransportDistance(loc(a), loc(b), travel[a][b]);
      }
    }
    VehicleType type = VehicleTypeImpl.Builder.newInstance("shuttle").addCapacityDimension(0, 1)
        .setCostPerDistance(1.0).setCostPerTransportTime(0.0).setCostPerWaitingTime(0.0).setFixedCost(0.0).build();
    VehicleRoutingProblem.Builder vrp = VehicleRoutingProblem.Builder.newInstance()
        .setFleetSize(VehicleRoutingProblem.FleetSize.FINITE)
        .setRoutingCost(costs.build());
    Location start = Location.newInstance(loc(idx(depot)));
    for (int v = 0; v < k; v++) {
      vrp.addVehicle(VehicleImpl.Builder.newInstance("v" + v).setStartLocation(start).setReturnToDepot(false)
          .setEarliestStart(0.0).setType(type).build());
    }
    List<Double> rideMinutes = new ArrayList<>();
    List<Double> depotMinutes = new ArrayList<>();
    for (int i = 0; i < rides.size(); i++) {
      if (!reachable[i]) {
        continue;
      }
      RideRequest r = rides.get(i);
      double shift = r.boardMinutes() + r.travelMinutes();
      for (int l = 0; l < r.loads(); l++) {
        rideMinutes.add(tt(r.from(), r.to()));
        depotMinutes.add(tt(depot, r.from()));
        vrp.addJob(Shipment.Builder.newInstance("s" + (i * loads + l))
            .addSizeDimension(0, 1)
            .setPickupLocation(Location.newInstance(loc(idx(r.from()))))
            .setDeliveryLocation(Location.newInstance(loc(idx(r.to()))))
            .setPickupServiceTime(r.boardMinutes())
            .setDeliveryServiceTime(0.0)
            .setPickupTimeWindow(TimeWindow.newInstance(r.earliest(), r.latest()))
            .setDeliveryTimeWindow(TimeWindow.newInstance(r.earliest() + shift, r.latest() + shift))
            .build());
      }
    }
    VehicleRoutingProblem problem = vrp.build();
    VehicleRoutingAlgorithm algorithm = Jsprit.Builder.newInstance(problem)
        .setProperty(Jsprit.Parameter.THREADS, "1")
        .setRandom(new Random(SEED))
        .buildAlgorithm();
    algorithm.setMaxIterations(iterations);
    // stop as soon as a roster is provably optimal: the iterations after that cannot improve it
    OptimalStop stop = new OptimalStop(travel, idx(depot),
        rideMinutes.stream().mapToDouble(Double::doubleValue).toArray(),
        depotMinutes.stream().mapToDouble(Double::doubleValue).toArray(), lowerBound(rides, reachable));
    algorithm.addTerminationCriterion(stop);
    algorithm.addListener(stop);
    VehicleRoutingProblemSolution best = Solutions.bestOf(algorithm.searchSolutions());
    int[][] seq = new int[k][];
    Arrays.fill(seq, new int[0]);
    for (VehicleRoute route : best.getRoutes()) {
      int v = Integer.parseInt(route.getVehicle().getId().substring(1));
      List<Integer> jobs = new ArrayList<>();
      for (TourActivity act : route.getActivities()) {
        if (act instanceof PickupShipment p) {
          jobs.add(Integer.parseInt(p.getJob().getId().substring(1)));
        }
      }
      seq[v] = jobs.stream().mapToInt(Integer::intValue).toArray();
    }
    return new Solved(seq, stop.iterations());
  }

  /** Vehicle-loads jsprit is given for the rides a vehicle can reach. */
  private static long shipments(List<RideRequest> rides, boolean[] reachable) {
    long n = 0;
    for (int i = 0; i < rides.size(); i++) {
      if (reachable[i]) {
        n += rides.get(i).loads();
      }
    }
    return n;
  }

  private long work(long shipments, long vehicles) {
    return iterations * shipments * (shipments + vehicles);
  }

  /**
   * Refuses (exit 2), before any solve, a month whose solves would take too long: each distinct date is solved at
   * least once, with the bound fleet (smallest) or the file's fleet.
   */
  private void checkMonthWork(boolean smallest, int vehicles) {
    Map<List<LocalTime>, Boolean> seen = new HashMap<>();
    long total = 0;
    long largestWork = 0;
    long largest = 0;
    int largestK = 0;
    for (int d = 1; d <= s.month().lengthOfMonth(); d++) {
      LocalDate date = s.month().atDay(d);
      if (seen.put(s.schedule().toursOn(date), Boolean.TRUE) != null) {
        continue;
      }
      List<RideRequest> rides = requests(date);
      boolean[] reachable = reachable(rides);
      long shipments = shipments(rides, reachable);
      int k = smallest ? lowerBound(rides, reachable) : vehicles;
      long work = work(shipments, k);
      if (work > MAX_SOLVE_WORK) {
        throw tooMuch("the shuttle plan of " + date, work, MAX_SOLVE_WORK, shipments, k);
      }
      total += work;
      if (work > largestWork) {
        largestWork = work;
        largest = shipments;
        largestK = k;
      }
    }
    if (total > MAX_MONTH_WORK) {
      throw tooMuch("the month's shuttle plans (the largest day has)", total, MAX_MONTH_WORK, largest, largestK);
    }
  }

  private WorkLimitException tooMuch(String what, long work, long max, long shipments, int vehicles) {
    return new WorkLimitException(what + " would take about " + String.format(Locale.ROOT, "%,d", work)
        + " solver steps (shuttles.planIterations " + iterations + " x " + shipments + " vehicle-loads to place x ("
        + shipments + " + " + vehicles + " vehicles)), more than the " + String.format(Locale.ROOT, "%,d", max)
        + " allowed (minutes of jsprit): fewer tours a day, a shorter route (" + s.route().size() + " zones), "
        + "a smaller shuttles.planIterations, or larger vehicles (shuttles.seats)");
  }

  private boolean assignedAll(List<RideRequest> rides, boolean[] reachable, int[][] seq) {
    int assigned = 0;
    for (int[] s : seq) {
      assigned += feasiblePrefix(rides, s).length;
    }
    int wanted = 0;
    for (int i = 0; i < rides.size(); i++) {
      if (reachable[i]) {
        wanted += rides.get(i).loads();
      }
    }
    return assigned == wanted;
  }

  /** The loads of a sequence whose pickup windows hold when recomputed (all of them for a jsprit solution). */
  private int[] feasiblePrefix(List<RideRequest> rides, int[] seq) {
    List<Integer> kept = new ArrayList<>();
    double t = 0;
    String at = depot;
    for (int job : seq) {
      RideRequest r = rides.get(job / loads);
      double arrive = t + tt(at, r.from());
      if (arrive > r.latest() + EPS) {
        continue; // never kept: treated as unassigned (jsprit honours hard windows, so this is a safety net)
      }
      double begin = Math.max(arrive, r.earliest());
      t = begin + r.boardMinutes() + r.travelMinutes();
      at = r.to();
      kept.add(job);
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  // ------------------------------------------------------------------------------------------------ results

  private DayPlan build(LocalDate date, List<RideRequest> rides, boolean[] reachable, int[][] raw, int fleet,
                        int bound, boolean smallest, int solves, int iterationsRun, double seconds) {
    int[][] seq = new int[raw.length][];
    int[] served = new int[rides.size()];
    for (int v = 0; v < raw.length; v++) {
      seq[v] = feasiblePrefix(rides, raw[v]);
      for (int job : seq[v]) {
        served[job / loads]++;
      }
    }
    // reasons first, on the solution as jsprit left it
    List<UnservedRide> unserved = new ArrayList<>();
    for (int i = 0; i < rides.size(); i++) {
      RideRequest r = rides.get(i);
      if (served[i] == r.loads()) {
        continue;
      }
      String reason = reachable[i] ? reason(rides, r, seq) : unreachable(r);
      unserved.add(new UnservedRide(r, r.loads() - served[i], reason));
    }
    // a ride not served whole stays out of every roster
    List<int[]> kept = new ArrayList<>();
    for (int[] sq : seq) {
      int[] k = Arrays.stream(sq).filter(job -> served[job / loads] == rides.get(job / loads).loads()).toArray();
      if (k.length > 0) {
        kept.add(feasiblePrefix(rides, k));
      }
    }
    // vehicles numbered by first pickup (then by their first load), so rosters read in time order
    kept.sort(Comparator.<int[]>comparingDouble(k -> firstPickup(rides, k)).thenComparingInt(k -> k[0]));
    List<VehicleRoster> rosters = new ArrayList<>();
    List<List<Integer>> vehiclesOf = new ArrayList<>();
    double[] pickup = new double[rides.size()];
    Arrays.fill(pickup, Double.NaN);
    for (int i = 0; i < rides.size(); i++) {
      vehiclesOf.add(new ArrayList<>());
    }
    for (int v = 0; v < kept.size(); v++) {
      rosters.add(new VehicleRoster(v, legs(rides, kept.get(v), vehiclesOf, pickup, v)));
    }
    List<PlannedRide> planned = new ArrayList<>();
    for (int i = 0; i < rides.size(); i++) {
      boolean whole = served[i] == rides.get(i).loads() && rides.get(i).loads() > 0;
      planned.add(new PlannedRide(rides.get(i), whole ? List.copyOf(vehiclesOf.get(i)) : List.of(),
          whole ? pickup[i] : Double.NaN));
    }
    int used = smallest ? kept.size() : fleet;
    return new DayPlan(date, used, bound, List.copyOf(planned), List.copyOf(rosters), List.copyOf(unserved), solves,
        iterationsRun, seconds);
  }

  private double firstPickup(List<RideRequest> rides, int[] seq) {
    RideRequest r = rides.get(seq[0] / loads);
    return Math.max(tt(depot, r.from()), r.earliest());
  }

  /** The legs of one vehicle; records which rides it takes and when boarding starts. */
  private List<Leg> legs(List<RideRequest> rides, int[] seq, List<List<Integer>> vehiclesOf, double[] pickup,
                         int vehicle) {
    List<Leg> legs = new ArrayList<>();
    double t = 0;
    String at = depot;
    boolean first = true;
    for (int job : seq) {
      int i = job / loads;
      RideRequest r = rides.get(i);
      double drive = tt(at, r.from());
      double begin = Math.max(t + drive, r.earliest());
      if (!at.equals(r.from()) || drive > 0) {
        // the first drive of the day arrives just in time; later ones leave as soon as the vehicle is free
        double leave = first ? begin - drive : t;
        legs.add(new Leg(Leg.Kind.EMPTY, leave, leave + drive, at, r.from(), r.tour(), r.ride(), r.tourLabel()));
      }
      double depart = begin + r.boardMinutes();
      double arrive = depart + r.travelMinutes();
      legs.add(new Leg(Leg.Kind.BOARD, begin, depart, r.from(), r.from(), r.tour(), r.ride(), r.tourLabel()));
      legs.add(new Leg(Leg.Kind.RIDE, depart, arrive, r.from(), r.to(), r.tour(), r.ride(), r.tourLabel()));
      vehiclesOf.get(i).add(vehicle);
      pickup[i] = Double.isNaN(pickup[i]) ? begin : Math.max(pickup[i], begin);
      t = arrive;
      at = r.to();
      first = false;
    }
    return List.copyOf(legs);
  }

  private String unreachable(RideRequest r) {
    double earliest = tt(depot, r.from());
    return "no vehicle can reach " + r.from() + " by " + Numbers.clockSeconds(r.latest()) + ": starting the day at the depot ("
        + depot + ") at 00:00, the earliest is " + (earliest >= UNREACHABLE ? "never (no travel path)"
        : Numbers.clockSeconds(earliest));
  }

  /**
   * Why jsprit left a load of {@code r} unassigned: the earliest moment any vehicle, free between two of its rides
   * (or unused, from the depot), could be at the pickup and still make its next planned pickup.
   */
  private String reason(List<RideRequest> rides, RideRequest r, int[][] seq) {
    double best = tt(depot, r.from());
    String how = "a vehicle starting the day at the depot (" + depot + ")";
    boolean idleVehicle = false;
    for (int[] sq : seq) {
      if (sq.length == 0) {
        idleVehicle = true;
      }
    }
    if (!idleVehicle) {
      best = Double.POSITIVE_INFINITY;
      how = null;
    }
    for (int[] sq : seq) {
      double t = 0;
      String at = depot;
      for (int j = 0; j <= sq.length; j++) {
        double arrive = t + tt(at, r.from());
        double done = Math.max(arrive, r.earliest()) + r.boardMinutes() + r.travelMinutes();
        boolean fits = true;
        if (j < sq.length) {
          RideRequest next = rides.get(sq[j] / loads);
          fits = done + tt(r.to(), next.from()) <= next.latest() + EPS;
        }
        if (fits && arrive < best) {
          best = arrive;
          how = j == 0 ? "a vehicle starting the day at the depot (" + depot + ")"
              : "the vehicle that brings " + rides.get(sq[j - 1] / loads).tourLabel() + " to " + at;
        }
        if (j < sq.length) {
          RideRequest next = rides.get(sq[j] / loads);
          double begin = Math.max(t + tt(at, next.from()), next.earliest());
          t = begin + next.boardMinutes() + next.travelMinutes();
          at = next.to();
        }
      }
    }
    if (how == null) {
      return "every vehicle is needed for other rides around " + Numbers.clockSeconds(r.earliest());
    }
    if (best > r.latest() + EPS) {
      return "no vehicle can reach " + r.from() + " by " + Numbers.clockSeconds(r.latest()) + ": the earliest is " + Numbers.clockSeconds(best)
          + " (" + how + ")";
    }
    return "jsprit found no room for it in " + iterations + " iterations, though " + how + " could reach "
        + r.from() + " at " + Numbers.clockSeconds(best) + "; more shuttles.planIterations may help";
  }

  private double tt(String from, String to) {
    return travel[idx(from)][idx(to)];
  }

  private int idx(String place) {
    return places.indexOf(place);
  }

  private static String loc(int i) {
    return "p" + i;
  }

  /** The place index of a jsprit location id made by {@link #loc}. */
  static int placeOf(String locationId) {
    return Integer.parseInt(locationId.substring(1));
  }
}
