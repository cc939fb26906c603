package org.tourplan.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.verdict.Breaches;
import org.tourplan.run.Budget;
import org.tourplan.run.Compiler;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Summary;
import org.tourplan.run.Wilson;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Target;
import org.tourplan.shuttle.ShuttlePlanner;
import org.tourplan.tour.TourSetup;
import org.tourplan.tour.VisitorCounter;

/**
 * The capacity planner: the cheapest candidate of the plan space whose months reach the target with the stated
 * confidence while breaching no limit (beyond the tolerance).
 *
 * <p>How it saves work without changing the answer an exhaustive grid would give:
 * <ul>
 *   <li>candidates are examined cheapest first, and the search stops after the recommendation and three
 *   runners-up;</li>
 *   <li>bounds that cannot be wrong come first: a schedule whose full tours cannot reach the target, and a fleet
 *   or guide roster that some admissible group could never use (contract 2.5), are rejected unsimulated; in planned
 *   shuttle mode, so is a fleet below the smallest one jsprit needs to serve every ride of the timetable;</li>
 *   <li>the target is judged exactly from check-in draws ({@link VisitorCounter}), shared by all candidates with
 *   the same tours and group, at the full replication count;</li>
 *   <li>limits are judged by sequential sampling: batches from {@code screenReplications} doubling up to
 *   {@code maxReplications}, stopping as soon as the breach probability's interval lies on one side of the
 *   tolerance (with tolerance 0, at the first breaching month);</li>
 *   <li>every candidate sees the same random numbers (month i depends only on the seed and i, and each tour on
 *   its own start), so differences between candidates are not noise.</li>
 * </ul>
 * Results do not depend on the thread count, nor on the executor (local threads or a cluster).
 *
 * <p>Longer than 400 lines on purpose: the search, the sequential sampling and the frontier share one state (the
 * evaluations known so far, the months spent, the compiler and executor of the command) that a split would have to
 * pass around; building candidates ({@link CandidateBuilder}), confirming the recommendation ({@link Confirmer}) and
 * counting breaches ({@code run.Breaches}) are their own classes.
 */
public final class Planner {
  private static final int RUNNERS_UP = 3;
  /** Most months the target of one timetable is counted over while its interval straddles the confidence. */
  static final int TARGET_MONTHS_CAP = 20_000;


  /** Reports progress: candidates examined so far and what is being done. */
  @FunctionalInterface
  public interface Progress {
    /** Called after each candidate. */
    void update(long examined, long total, String what);
  }

  private final Scenario base;
  private final PlanSpace space;
  private final Target target;
  private final CandidateBuilder builder;
  private final MonthExecutor executor;
  private final Compiler compiler;
  private final Map<Candidate.Volume, Evaluation.TargetEstimate> targets = new HashMap<>();
  private final Map<List<Integer>, PlanSpace.Calendar> calendars = new HashMap<>();
  private final Map<Candidate.Volume, Integer> plannedFleet = new HashMap<>();
  private long fullMonths;
  private long countedMonths;

  private Planner(Scenario base, MonthExecutor executor, Compiler compiler) {
    this.base = base;
    this.space = base.plan();
    this.target = base.target();
    this.builder = new CandidateBuilder(base);
    this.executor = executor;
    this.compiler = compiler;
  }

  /**
   * Plans a scenario that has a target (and, usually, a plan section).
   *
   * @throws IllegalArgumentException when the scenario has no target or no plan space
   */
  public static PlanResult plan(Scenario base, int threads, Progress progress) {
    try (MonthExecutor local = new LocalExecutor(threads)) {
      return plan(base, local, progress);
    }
  }

  /** Plans on an executor (this machine's threads or a cluster); the answer is the same on any. */
  public static PlanResult plan(Scenario base, MonthExecutor executor, Progress progress) {
    return plan(base, executor, new Compiler(), progress);
  }

  /**
   * Plans on an executor, compiling every candidate (and the file itself) once with {@code compiler}: whoever goes
   * on to simulate the recommendation or the file's own timetable gets the same setups back from it.
   */
  public static PlanResult plan(Scenario base, MonthExecutor executor, Compiler compiler, Progress progress) {
    if (base.target() == null || base.plan() == null) {
      throw new IllegalArgumentException("planning needs a target and a plan space");
    }
    budget(base, compiler);
    return new Planner(base, executor, compiler).search(progress == null ? (a, b, c) -> { } : progress);
  }

  /**
   * Refuses (exit 2) a plan whose screening alone (every candidate's first months, at the file's own tour count)
   * would take too long, or whose evaluations would not fit the heap.
   */
  private static void budget(Scenario base, Compiler compiler) {
    PlanSpace space = base.plan();
    TourSetup setup = compiler.compile(base);
    long candidates = space.size();
    Budget.check("planning over " + String.format(java.util.Locale.ROOT, "%,d", candidates) + " candidates with "
            + space.screenReplications() + " screening months each",
        candidates * 4096 + Budget.monthBytes(setup, space.maxReplications()) * 4 + setup.simulationBytes(),
        candidates * space.screenReplications() * setup.eventsPerMonth());
  }

  /**
   * What an exhaustive grid search finds: every candidate simulated in full for maxReplications months and judged
   * with the same rules at that count, no bounds, no shortcuts. For measuring the planner against (tests and
   * BENCHMARKS.md); far slower.
   *
   * @param recommended the cheapest feasible candidate (ties broken as the planner breaks them), or null
   * @param months      months simulated in full
   */
  public record Grid(Candidate recommended, double cost, long months) { }

  /** Runs the exhaustive grid search over the scenario's plan space. */
  public static Grid exhaustive(Scenario base, int threads) {
    try (MonthExecutor local = new LocalExecutor(threads)) {
      return exhaustive(base, local);
    }
  }

  /** Runs the exhaustive grid search on an executor. */
  public static Grid exhaustive(Scenario base, MonthExecutor executor) {
    Planner p = new Planner(base, executor, new Compiler());
    List<Candidate> all = p.enumerate();
    Candidate best = null;
    double bestCost = Double.POSITIVE_INFINITY;
    Preference bestPref = null;
    long months = 0;
    for (Candidate c : all) {
      Scenario s = p.builder.scenario(c);
      double cost = p.builder.cost(c, CandidateBuilder.calendar(s));
      if (p.builder.unservable(s) != null) {
        continue; // not a valid scenario: it cannot be simulated at all
      }
      TourSetup setup = p.compiler.compile(s);
      int n = p.space.maxReplications();
      double[][] v = executor.run(setup, 0, n);
      months += n;
      int breached = new Breaches(s.limits(), setup.layout()).add(v, n).breached();
      // the target is a property of the timetable, judged by the one rule both searches share (its visitors are
      // the simulated ones exactly; the counter only saves time)
      Evaluation.TargetEstimate te = p.countTarget(s);
      double[] wb = Wilson.interval95(breached, n);
      double tol = p.space.breachTolerance();
      boolean targetOk = te.low() >= p.target.confidence()
          && te.probabilityAtReplications() >= p.target.confidence();
      boolean safe = tol == 0 ? breached == 0 : wb[1] <= tol;
      Preference pref = new Preference(cost, te.visitorsMean(), te.turnedAwayMean(), p.position(c));
      if (targetOk && safe && (best == null || Preference.ORDER.compare(pref, bestPref) < 0)) {
        best = c;
        bestCost = cost;
        bestPref = pref;
      }
    }
    return new Grid(best, best == null ? Double.NaN : bestCost, months);
  }

  private PlanResult search(Progress progress) {
    List<Candidate> all = enumerate();
    Map<Candidate, Double> cost = new HashMap<>();
    for (Candidate c : all) {
      cost.put(c, builder.cost(c, calendar(c)));
    }
    all.sort(Comparator.comparingDouble((Candidate c) -> cost.get(c)).thenComparing(c -> c));

    List<Evaluation> evaluated = new ArrayList<>();
    Map<Candidate, Evaluation> byCandidate = new LinkedHashMap<>();
    List<Evaluation> feasible = new ArrayList<>();
    List<Evaluation> unconfirmed = new ArrayList<>();
    List<Evaluation> tied = new ArrayList<>();
    Evaluation recommended = null;
    // candidates of one cost are judged together, so that a tie is broken by the shared preference, not by the
    // order of the plan space alone
    for (int i = 0; i < all.size() && (recommended == null || feasible.size() <= RUNNERS_UP); ) {
      double groupCost = cost.get(all.get(i));
      List<Evaluation> group = new ArrayList<>();
      for (; i < all.size() && cost.get(all.get(i)) == groupCost; i++) {
        Candidate c = all.get(i);
        Evaluation e = evaluate(c, builder.scenario(c));
        evaluated.add(e);
        byCandidate.put(c, e);
        progress.update(evaluated.size(), all.size(), c.label());
        if (e.feasible()) {
          group.add(e);
        }
      }
      group.sort(Comparator.comparing(this::preference, Preference.ORDER));
      for (Evaluation e : group) {
        if (recommended == null) {
          progress.update(evaluated.size(), all.size(), "confirming " + e.candidate().label());
          Evaluation checked = Confirmer.confirm(e, compiler.compile(builder.scenario(e.candidate())), space, executor);
          evaluated.set(evaluated.indexOf(e), checked);
          byCandidate.put(e.candidate(), checked);
          if (!checked.feasible()) {
            unconfirmed.add(checked);
            continue;
          }
          recommended = checked;
          feasible.add(checked);
        } else {
          if (recommended.cost() == e.cost()) {
            tied.add(e);
          }
          feasible.add(e);
        }
      }
    }
    List<Evaluation> frontier = frontier(all, cost, byCandidate, evaluated);
    List<Evaluation> cheaper = new ArrayList<>();
    for (Evaluation e : evaluated) {
      if (recommended != null && e.cost() < recommended.cost() || recommended == null && !e.feasible()) {
        cheaper.add(e);
      }
    }
    Scenario chosen = null;
    String tieBrokenBy = null;
    if (recommended != null) {
      Scenario s = builder.scenario(recommended.candidate());
      int months = recommended.safety().months();
      chosen = s.withRun(s.seed(), months);
      tieBrokenBy = tied.isEmpty() ? null : preference(recommended).whyBefore(preference(tied.get(0)));
    }
    long searchMonths = fullMonths;
    List<PlanResult.Volume> volumes = volumes();
    long searchCounted = countedMonths;
    // the file's own timetable is judged for comparison, not as part of the search: its months are not counted
    Evaluation current = evaluateFile();
    long grid = all.size() * (long) space.maxReplications();
    return new PlanResult(base, recommended, chosen, current,
        feasible.size() > 1 ? List.copyOf(feasible.subList(1, feasible.size())) : List.of(), frontier,
        List.copyOf(cheaper), List.copyOf(evaluated), all.size(), searchMonths, searchCounted, grid,
        volumes, List.copyOf(tied), tieBrokenBy, List.copyOf(unconfirmed));
  }

  /** Where a candidate stands in the shared order of preference (cost, visitors, turned away, plan-space order). */
  private Preference preference(Evaluation e) {
    return new Preference(e.cost(), e.visitorsMean(), e.turnedAwayMean(), position(e.candidate()));
  }

  /** The candidate's place in the plan space's own order (axes in the order of the file's plan section). */
  long position(Candidate c) {
    long p = space.weekdayTours().indexOf(c.weekdayTours());
    p = p * space.weekendTours().size() + space.weekendTours().indexOf(c.weekendTours());
    p = p * space.groupSize().size() + space.groupSize().indexOf(c.groupSize());
    p = p * space.overbook().size() + space.overbook().indexOf(c.overbook());
    p = p * space.vehicles().size() + space.vehicles().indexOf(c.vehicles());
    return p * space.guides().size() + space.guides().indexOf(c.guides());
  }

  /** The target of every tours-and-group combination (cheap: counted from check-in draws). */
  private List<PlanResult.Volume> volumes() {
    List<PlanResult.Volume> out = new ArrayList<>();
    int v = space.vehicles().get(0);
    int k = space.guides().get(0);
    for (int w : space.weekdayTours()) {
      for (int e : space.weekendTours()) {
        for (int g : space.groupSize()) {
          for (int o : space.overbook()) {
            Candidate c = new Candidate(w, e, g, o, v, k);
            Scenario s = builder.scenario(c);
            int tours = calendar(c).tours();
            boolean reachable = (long) tours * s.group().largestAdmissible() >= target.visitorsPerMonth();
            out.add(new PlanResult.Volume(w, e, g, o, tours,
                reachable ? targets.computeIfAbsent(c.volume(), x -> countTarget(s)) : null));
          }
        }
      }
    }
    return out;
  }

  private List<Candidate> enumerate() {
    if (!space.written()) { // no plan section: the one candidate is the file itself, its timetable as written
      return new ArrayList<>(List.of(currentCandidate()));
    }
    List<Candidate> out = new ArrayList<>();
    for (int w : space.weekdayTours()) {
      for (int e : space.weekendTours()) {
        for (int g : space.groupSize()) {
          for (int o : space.overbook()) {
            for (int v : space.vehicles()) {
              for (int k : space.guides()) {
                out.add(new Candidate(w, e, g, o, v, k));
              }
            }
          }
        }
      }
    }
    return out;
  }

  private PlanSpace.Calendar calendar(Candidate c) {
    return calendars.computeIfAbsent(List.of(c.weekdayTours(), c.weekendTours()),
        k -> CandidateBuilder.calendar(builder.scenario(c)));
  }

  /**
   * The file's own timetable exactly as written (its start times, closed dates and extra tours), judged as {@code
   * simulate} judges it: its target is counted from its own tours, never taken from a grid candidate with the same
   * counts (nor its smallest planned fleet), so the plan page, the current timetable's report and {@code simulate}
   * show the same visitors.
   */
  private Evaluation evaluateFile() {
    Candidate c = currentCandidate();
    Evaluation.TargetEstimate grid = targets.remove(c.volume());
    Integer gridFleet = plannedFleet.remove(c.volume());
    try {
      return evaluate(c, base.withRun(base.seed(), space.maxReplications()), true);
    } finally {
      targets.remove(c.volume());
      plannedFleet.remove(c.volume());
      if (grid != null) {
        targets.put(c.volume(), grid);
      }
      if (gridFleet != null) {
        plannedFleet.put(c.volume(), gridFleet);
      }
    }
  }

  /** The base file's own schedule, described by its counts (its times are its own). */
  private Candidate currentCandidate() {
    int weekday = 0;
    int weekend = 0;
    for (var d : base.schedule().days().entrySet()) {
      if (d.getKey().getValue() <= 5) {
        weekday = Math.max(weekday, d.getValue().size());
      } else {
        weekend = Math.max(weekend, d.getValue().size());
      }
    }
    String words = TimetableWords.of(base.schedule(), base.month());
    return new Candidate(weekday, weekend, base.group().size(), base.group().overbook(), base.shuttles().vehicles(),
        base.guides().count(), words.equals(TimetableWords.regular(weekday, weekend)) ? null : words);
  }

  /**
   * Bounds, then the target, then servability, then limits. A candidate still in the running after one check goes
   * on to the next in full; one already rejected still goes through every later check (limits on the
   * screenReplications months only), so that its verdict lists every check it fails, not only the first.
   */
  Evaluation evaluate(Candidate c, Scenario s) {
    return evaluate(c, s, false);
  }

  /**
   * As {@link #evaluate(Candidate, Scenario)}; with {@code fullLimits} the limits are sampled as for a candidate
   * still in the running even when an earlier check failed (the current timetable is shown in full).
   */
  Evaluation evaluate(Candidate c, Scenario s, boolean fullLimits) {
    PlanSpace.Calendar cal = CandidateBuilder.calendar(s);
    double cost = builder.cost(c, cal);
    List<String> failures = new ArrayList<>();
    Evaluation.Status status = null;
    String reason = null;
    String undecided = null;
    Evaluation.TargetEstimate t = null;
    int tours = cal.tours();
    long most = (long) tours * s.group().largestAdmissible();
    if (most < target.visitorsPerMonth() && target.unit() == Target.Unit.VISITORS
        || (long) tours * s.group().invited() < target.visitorsPerMonth() && target.unit() == Target.Unit.PLACES) {
      long bound = target.unit() == Target.Unit.VISITORS ? most : (long) tours * s.group().invited();
      status = Evaluation.Status.TARGET_UNREACHABLE;
      reason = String.format(java.util.Locale.ROOT, "cannot reach %,.0f %s: %d tours hold at most %,d even when "
          + "full", target.visitorsPerMonth(), unit(), tours, bound);
      failures.add("target: " + reason);
    } else {
      t = targets.computeIfAbsent(c.volume(), v -> countTarget(s));
      if (t.high() < target.confidence()) {
        status = Evaluation.Status.TARGET_MISSED;
        reason = String.format(java.util.Locale.ROOT, "reaches %,.0f %s in only %.1f%% of months (95%% CI "
                + "%.1f%%-%.1f%%), needs %.0f%%", target.visitorsPerMonth(), unit(), 100 * t.probability(),
            100 * t.low(), 100 * t.high(), 100 * target.confidence());
        failures.add("target: " + reason);
      } else if (t.low() < target.confidence()) {
        undecided = String.format(java.util.Locale.ROOT, "reaches the target in %.1f%% of %,d months; the 95%% CI "
                + "%.1f%%-%.1f%% still straddles %.0f%%", 100 * t.probability(), t.months(), 100 * t.low(),
            100 * t.high(), 100 * target.confidence());
      } else if (t.probabilityAtReplications() < target.confidence()) {
        // simulate runs the first maxReplications months: its verdict must agree with this one
        undecided = String.format(java.util.Locale.ROOT, "reaches the target in %.1f%% of %,d months but in only "
                + "%.1f%% of the first %d, which a run of that many months would show", 100 * t.probability(),
            t.months(), 100 * t.probabilityAtReplications(), t.replications());
      }
    }
    String never = builder.unservable(s);
    if (never == null && s.shuttles().mode() == Shuttles.Mode.PLANNED) {
      // planned mode follows a jsprit roster: below its smallest fleet some rides have no planned vehicle
      int need = plannedFleet.computeIfAbsent(c.volume(), v -> ShuttlePlanner.smallestFleet(s));
      if (c.vehicles() < need) {
        never = "the shuttle plan (jsprit) needs at least " + need + " vehicles on the busiest day to serve every "
            + "ride";
      }
    } else if (never != null) {
      never = "a group could never be served: " + never;
    }
    if (never != null) {
      failures.add("servability: " + never);
      if (status == null) {
        status = Evaluation.Status.UNSERVABLE;
        reason = never;
      }
      // an unservable candidate is not a valid scenario: its limits cannot be simulated
      return verdict(c, cost, cal, status, reason, undecided, t, null, failures);
    }
    boolean rejected = status != null;
    Evaluation.SafetyEstimate safety = safety(s, rejected && !fullLimits ? space.screenReplications()
        : space.maxReplications());
    double tol = space.breachTolerance();
    boolean breached = tol == 0 ? safety.monthsBreached() > 0 : safety.low() > tol;
    if (breached) {
      safety.byLimit().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> failures.add(
          "limit " + e.getKey() + ": breached in " + e.getValue() + " of " + safety.months() + " months"));
      if (status == null) {
        status = Evaluation.Status.LIMIT_BREACHED;
        reason = breachText(safety);
      }
    } else if (!rejected && undecided == null && !(tol == 0 ? safety.monthsBreached() == 0 : safety.high() <= tol)) {
      undecided = String.format(java.util.Locale.ROOT, "breaches a limit in %d of %d months; the 95%% CI "
              + "%.1f%%-%.1f%% straddles the tolerance %.1f%%", safety.monthsBreached(), safety.months(),
          100 * safety.low(), 100 * safety.high(), 100 * tol);
    }
    if (status != null || undecided != null) {
      return verdict(c, cost, cal, status, reason, undecided, t, safety, failures);
    }
    String rests = safety.monthsBreached() == 0
        ? String.format(java.util.Locale.ROOT, "no limit breached in %d simulated months", safety.months())
        : String.format(java.util.Locale.ROOT, "limits breached in %d of %d months (within the tolerance)",
            safety.monthsBreached(), safety.months());
    return new Evaluation(c, cost, cal.tours(), cal.days(), Evaluation.Status.FEASIBLE, String.format(
        java.util.Locale.ROOT, "reaches the target in %.1f%% of months; %s", 100 * t.probability(), rests), t,
        safety);
  }

  /** A rejected or undecided verdict: its first definite failure, else the open question, and every failure. */
  private static Evaluation verdict(Candidate c, double cost, PlanSpace.Calendar cal, Evaluation.Status status,
                                    String reason, String undecided, Evaluation.TargetEstimate t,
                                    Evaluation.SafetyEstimate safety, List<String> failures) {
    if (status == null) {
      failures.add(0, "undecided: " + undecided);
      return new Evaluation(c, cost, cal.tours(), cal.days(), Evaluation.Status.UNDECIDED, undecided, t, safety)
          .withFailures(failures);
    }
    if (undecided != null) {
      failures.add("undecided: " + undecided);
    }
    return new Evaluation(c, cost, cal.tours(), cal.days(), status, reason, t, safety).withFailures(failures);
  }

  private String unit() {
    return target.unit() == Target.Unit.PLACES ? "places" : "visitors";
  }

  /**
   * The target counted from check-in draws (exact and cheap): maxReplications months, then doubling while the 95%
   * interval of P(target) straddles the confidence, up to {@link #TARGET_MONTHS_CAP} months.
   */
  private Evaluation.TargetEstimate countTarget(Scenario s) {
    int first = space.maxReplications();
    int cap = Math.max(first, TARGET_MONTHS_CAP);
    VisitorCounter counter = new VisitorCounter(compiler.compile(s));
    long[] vp = new long[3];
    double turnedAway = 0;
    double[] visitors = new double[first];
    double placesFirst = 0;
    int met = 0;
    int metFirst = 0;
    int n = 0;
    int next = first;
    double[] w;
    while (true) {
      if (visitors.length < next) {
        visitors = java.util.Arrays.copyOf(visitors, next);
      }
      for (int i = n; i < next; i++) {
        counter.count(i, vp);
        visitors[i] = vp[0];
        if (i < first) {
          placesFirst += vp[1];
          turnedAway += vp[2];
        }
        double counted = target.unit() == Target.Unit.PLACES ? vp[1] : vp[0];
        if (counted >= target.visitorsPerMonth()) {
          met++;
          if (i < first) {
            metFirst++;
          }
        }
      }
      countedMonths += next - n;
      n = next;
      w = Wilson.interval95(met, n);
      boolean straddles = w[0] < target.confidence() && w[1] >= target.confidence();
      if (!straddles || n >= cap) {
        break;
      }
      next = Math.min(2 * n, cap);
    }
    // visitors, places and turned away over the months simulate runs (the first maxReplications): one number per
    // question, whatever more months the probability needed
    Summary v = Summary.of(java.util.Arrays.copyOf(visitors, first));
    return new Evaluation.TargetEstimate(n, met, (double) met / n, w[0], w[1], v.mean(), v.ciLow(), v.ciHigh(),
        placesFirst / first, turnedAway / first, first, (double) metFirst / first);
  }

  /** Sequential sampling of limit breaches: batches doubling from screenReplications to {@code most} months. */
  private Evaluation.SafetyEstimate safety(Scenario s, int most) {
    TourSetup setup = compiler.compile(s);
    Breaches count = new Breaches(s.limits(), setup.layout());
    int done = 0;
    int next = Math.min(space.screenReplications(), most);
    double tol = space.breachTolerance();
    while (true) {
      count.add(executor.run(setup, done, next), next - done);
      fullMonths += next - done;
      done = next;
      int breached = count.breached();
      double[] w = Wilson.interval95(breached, done);
      boolean decided = tol == 0 ? breached > 0 : w[1] <= tol || w[0] > tol;
      if (decided || done >= most) {
        return new Evaluation.SafetyEstimate(done, breached, count.byLimit(), w[0], w[1]);
      }
      next = Math.min(2 * done, most);
    }
  }

  private static String breachText(Evaluation.SafetyEstimate s) {
    List<String> parts = new ArrayList<>();
    s.byLimit().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> parts.add(e.getKey() + " in " + e.getValue() + " of " + s.months() + " months"));
    return "breaches " + String.join(", ", parts);
  }

  /**
   * Candidates that no other beats on both cost and P(target) (cheapest first), each judged in full: the
   * frontier shows what more money buys. Candidates whose groups could never be served are not options at all
   * and are left out.
   */
  private List<Evaluation> frontier(List<Candidate> byCost, Map<Candidate, Double> cost,
                                    Map<Candidate, Evaluation> known, List<Evaluation> evaluated) {
    List<Evaluation> out = new ArrayList<>();
    double best = -1;
    for (Candidate c : byCost) {
      Scenario s = builder.scenario(c);
      long most = (long) calendar(c).tours() * s.group().largestAdmissible();
      double p = most < target.visitorsPerMonth() ? 0
          : targets.computeIfAbsent(c.volume(), v -> countTarget(s)).probability();
      if (p > best) {
        Evaluation e = known.get(c);
        if (e == null) {
          e = evaluate(c, s);
          known.put(c, e);
          evaluated.add(e);
        }
        if (e.status() != Evaluation.Status.UNSERVABLE) {
          best = p;
          out.add(e);
        }
      }
    }
    return out;
  }
}
