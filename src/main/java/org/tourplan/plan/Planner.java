package org.tourplan.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.tourplan.run.Budget;
import org.tourplan.run.Compiler;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.MonthExecutor;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.tour.TourSetup;

/**
 * The capacity planner: the cheapest candidate of the plan space (counts, group, fleet, guides and the start times
 * it designs) whose months reach the target with the stated confidence and breach a limit with probability at most
 * {@code plan.breachBound}.
 *
 * <p>The method (documented in docs/scenario-format.md, "How the planner searches"):
 * <ul>
 *   <li>A candidate's cost depends on its counts, fleet and guides, never on its start times; whether a month
 *   reaches the target depends only on its check-in draws (a tour's draws follow its date and rank, not its start),
 *   so cost and target are judged per frame, exactly and cheaply ({@link TargetCounter}).</li>
 *   <li>Frames are examined by cost level, cheapest first; within a level every frame is screened, the survivors
 *   are ordered by {@link Preference}, and the first whose chance constraint the confirmation accepts is the
 *   recommendation, so no cheaper candidate was passed over: the cheapest confirmed candidate.</li>
 *   <li>Screening ({@link Screen}): bounds that cannot be wrong first (full tours short of the target, a group the
 *   fleet or guides could never serve), then the start times of each class of day, designed by local search on
 *   simulated days with common random numbers and ranked by successive halving ({@link Designer}); the month's
 *   breach probability follows from its days. A candidate is rejected only when its lower bound is above the
 *   bound.</li>
 *   <li>Confirmation ({@link Confirmer}): full months the search never used, tested by a group-sequential test that
 *   controls both errors at 5% ({@link org.tourplan.run.SequentialTest}); accept, reject, or undecided at its
 *   cap.</li>
 * </ul>
 * The file's own timetable, exactly as written, is always a candidate (at equal cost it comes first: no change),
 * and so is every frame's evenly spread timetable (a starting point of every design). Results do not depend on the
 * thread count, nor on the executor (local threads or a cluster).
 *
 * <p>{@link #plan(PlanProblem, MonthExecutor, Compiler, BiConsumer)} plans several months at once (a season's
 * phase): one timetable whose every month must reach its own target and pass its own confirmation, at the least
 * cost over the months.
 */
public final class Planner {
  private static final int RUNNERS_UP = 3;
  /** Most months the target of one timetable is counted over while its interval straddles the confidence. */
  static final int TARGET_MONTHS_CAP = 20_000;

  private final Scenario base;
  private final PlanSpace space;
  private final Screen screen;
  private final Candidate own;

  private Planner(PlanProblem problem, MonthExecutor executor, Compiler compiler) {
    this.base = problem.base();
    this.space = base.plan();
    this.screen = new Screen(base, problem.months(), executor, compiler, problem.alpha());
    this.own = ownCandidate(base);
  }

  /** Plans a scenario that has a target (and, usually, a plan section), on this machine's threads. */
  public static PlanResult plan(Scenario base, int threads, BiConsumer<Long, Long> progress) {
    try (MonthExecutor local = new LocalExecutor(threads)) {
      return plan(base, local, progress);
    }
  }

  /** Plans on an executor (this machine's threads or a cluster); the answer is the same on any. */
  public static PlanResult plan(Scenario base, MonthExecutor executor, BiConsumer<Long, Long> progress) {
    return plan(base, executor, new Compiler(), progress);
  }

  /**
   * Plans the scenario's month on an executor, compiling every month scenario once with {@code compiler}: whoever
   * goes on to simulate the recommendation or the file's own timetable gets the same setups back from it.
   *
   * @throws IllegalArgumentException when the scenario has no target or no plan space
   */
  public static PlanResult plan(Scenario base, MonthExecutor executor, Compiler compiler,
                                BiConsumer<Long, Long> progress) {
    return plan(PlanProblem.of(base), executor, compiler, progress);
  }

  /** Plans every month of {@code problem} with one timetable (see {@link PlanProblem}). */
  public static PlanResult plan(PlanProblem problem, MonthExecutor executor, Compiler compiler,
                                BiConsumer<Long, Long> progress) {
    Scenario base = problem.base();
    if (base.plan() == null || problem.months().stream().anyMatch(m -> m.target() == null)) {
      throw new IllegalArgumentException("planning needs a target and a plan space");
    }
    budget(base, compiler);
    return new Planner(problem, executor, compiler).search(progress == null ? (a, b) -> { } : progress);
  }

  /**
   * Refuses (exit 2) a plan whose screening alone (every frame's classes of day, one first design each) would take
   * too long, or whose evaluations would not fit the heap.
   */
  static void budget(Scenario base, Compiler compiler) {
    PlanSpace space = base.plan();
    TourSetup setup = compiler.compile(base);
    long frames = space.size();
    long perDay = Math.max(1, setup.eventsPerMonth() / Math.max(1, base.month().lengthOfMonth()));
    Budget.check("planning over " + String.format(java.util.Locale.ROOT, "%,d", frames) + " frames with "
            + space.screenReplications() + " screening days each",
        frames * 8192 + Budget.monthBytes(setup, space.maxReplications()) * 4 + setup.simulationBytes(),
        frames * space.classes().size() * space.screenReplications() * perDay);
  }

  private PlanResult search(BiConsumer<Long, Long> progress) {
    List<Candidate> frames = new Frames(space).all();
    Map<Candidate, Double> cost = new IdentityHashMap<>();
    Map<Candidate, Long> position = new HashMap<>();
    for (int i = 0; i < frames.size(); i++) {
      cost.put(frames.get(i), screen.cost(frames.get(i), false));
      position.put(frames.get(i), (long) i);
    }
    List<Candidate> order = new ArrayList<>(frames);
    order.add(own);
    cost.put(own, screen.cost(own, true));
    order.sort(Comparator.comparingDouble((Candidate c) -> cost.get(c))
        .thenComparingLong(c -> c == own ? -1 : position.get(c)));

    List<Evaluation> evaluated = new ArrayList<>();
    Map<Candidate, Evaluation> byFrame = new IdentityHashMap<>();
    List<Evaluation> feasible = new ArrayList<>();
    List<Evaluation> unconfirmed = new ArrayList<>();
    List<Evaluation> tied = new ArrayList<>();
    Evaluation recommended = null;
    Evaluation current = null;
    for (int i = 0; i < order.size() && (recommended == null || feasible.size() <= RUNNERS_UP); ) {
      double level = cost.get(order.get(i));
      List<Evaluation> group = new ArrayList<>();
      for (; i < order.size() && cost.get(order.get(i)) == level; i++) {
        Candidate c = order.get(i);
        progress.accept((long) evaluated.size(), (long) order.size());
        Evaluation e = screen.screen(c, c == own);
        if (c == own) {
          current = e;
        }
        evaluated.add(e);
        byFrame.put(c, e);
        if (e.feasible()) {
          group.add(e);
        }
      }
      group.sort(Comparator.comparing(e -> preference(e, position), Preference.ORDER));
      for (Evaluation e : group) {
        if (recommended == null) {
          progress.accept((long) evaluated.size(), (long) order.size());
          Evaluation checked = screen.confirm(e, isOwn(e));
          replace(evaluated, byFrame, e, checked);
          if (isOwn(e)) {
            current = checked;
          }
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
    if (current == null) {
      current = screen.screen(own, true);
    }
    List<Evaluation> frontier = frontier(order, cost, byFrame, evaluated);
    List<Evaluation> cheaper = new ArrayList<>();
    if (recommended != null) {
      for (Evaluation e : evaluated) {
        if (e.cost() < recommended.cost()) {
          cheaper.add(e);
        }
      }
    }
    Scenario chosen = null;
    String tieBrokenBy = null;
    if (recommended != null) {
      recommended = recommended.withSafety(screen.firstMonths(recommended.candidate(), isOwn(recommended)));
      Scenario s = screen.scenario(recommended.candidate(), 0, isOwn(recommended));
      chosen = s.withRun(s.seed(), space.maxReplications());
      tieBrokenBy = tied.isEmpty() ? null
          : preference(recommended, position).whyBefore(preference(tied.get(0), position));
    }
    // the file's own timetable is shown beside it, judged on the months simulate runs
    current = current.withSafety(screen.firstMonths(own, true));
    List<PlanResult.Volume> volumes = volumes();
    PlanResult.Effort effort = new PlanResult.Effort(candidates(frames), frames.size(), evaluated.size(),
        screen.lists(), screen.days(), screen.fullMonths(), screen.confirmMonths(), screen.countedMonths(),
        candidates(frames) * screen.test().looks()[firstAcceptingLook()]);
    Diagnosis diagnosis = recommended != null ? null
        : Diagnosis.of(base, evaluated, unconfirmed, screen, own);
    return new PlanResult(base, recommended, chosen, current,
        feasible.size() > 1 ? List.copyOf(feasible.subList(1, feasible.size())) : List.of(), frontier,
        List.copyOf(cheaper), List.copyOf(evaluated), effort, volumes, List.copyOf(tied), tieBrokenBy,
        List.copyOf(unconfirmed), diagnosis);
  }

  private int firstAcceptingLook() {
    int j = 0;
    while (screen.test().acceptAtMost(j) < 0) {
      j++;
    }
    return j;
  }

  /** Whether an evaluation is the file's own timetable's (the screen hands its candidate back unchanged). */
  private boolean isOwn(Evaluation e) {
    return e.candidate() == own;
  }

  private static void replace(List<Evaluation> evaluated, Map<Candidate, Evaluation> byFrame, Evaluation old,
                              Evaluation now) {
    evaluated.set(evaluated.indexOf(old), now);
    byFrame.replaceAll((k, v) -> v == old ? now : v);
  }

  /** Where a candidate stands in the shared order of preference (cost, visitors, turned away, plan-space order). */
  private Preference preference(Evaluation e, Map<Candidate, Long> position) {
    Long p = isOwn(e) ? null : position.get(e.candidate().frame());
    return new Preference(e.cost(), e.visitorsMean(), e.turnedAwayMean(), p == null ? -1 : p);
  }

  /**
   * Every candidate of the space: each frame's lists of start times (the grid's slots outside the forbidden windows,
   * holding the fixed starts), multiplied over its classes of day; one for the even spread; plus the file's own.
   */
  private double candidates(List<Candidate> frames) {
    if (!space.written()) {
      return 1;
    }
    long allowed = screen.builder().grid().stream().filter(t -> !space.design().forbids(t)).count();
    double sum = 0;
    for (Candidate f : frames) {
      double n = 1;
      for (PlanSpace.DayClass k : space.classes()) {
        int tours = f.toursOn(k.days().iterator().next());
        int fixed = space.design().fixedFor(k.name()).size();
        n *= space.design().even() || tours == 0 ? 1 : choose(allowed - fixed, tours - fixed);
      }
      sum += n;
    }
    return sum + 1;
  }

  private static double choose(long n, long k) {
    if (k < 0 || k > n) {
      return 0;
    }
    double c = 1;
    for (long i = 0; i < k; i++) {
      c = c * (n - i) / (i + 1);
    }
    return Math.rint(c);
  }

  /** The target of every tours-and-group combination of a two-class space (cheap: counted from check-in draws). */
  private List<PlanResult.Volume> volumes() {
    List<PlanResult.Volume> out = new ArrayList<>();
    if (space.dayTours() != null || !space.written()) {
      return out; // counts per day of the week, or no plan section (the file itself): no weekday x weekend grid
    }
    int v = space.vehicles().get(0);
    int k = space.guides().get(0);
    Target target = base.target();
    for (int w : space.weekdayTours()) {
      for (int e : space.weekendTours()) {
        for (int g : space.groupSize()) {
          for (int o : space.overbook()) {
            Candidate c = new Candidate(w, e, g, o, v, k);
            Scenario s = screen.builder().scenario(c);
            int tours = CandidateBuilder.calendar(s).tours();
            boolean reachable = (long) tours * s.group().largestAdmissible() >= target.visitorsPerMonth();
            out.add(new PlanResult.Volume(w, e, g, o, tours, reachable ? screen.target(c) : null));
          }
        }
      }
    }
    return out;
  }

  /** The file as written, as a candidate: its counts per day, its start times, its words when irregular. */
  static Candidate ownCandidate(Scenario base) {
    List<Integer> week = new ArrayList<>();
    Map<DayOfWeek, List<LocalTime>> starts = new java.util.EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      List<LocalTime> t = base.schedule().days().getOrDefault(d, List.of());
      week.add(t.size());
      if (!t.isEmpty()) {
        List<LocalTime> sorted = new ArrayList<>(t);
        sorted.sort(null);
        starts.put(d, sorted);
      }
    }
    String words = TimetableWords.of(base.schedule(), base.month());
    return new Candidate(week, base.group().size(), base.group().overbook(), base.shuttles().vehicles(),
        base.guides().count(), starts, words.equals(TimetableWords.week(week)) ? null : words);
  }

  /**
   * Frames that no other beats on both cost and P(target) (cheapest first), each judged in full: the frontier
   * shows what more money buys. Frames whose groups could never be served are not options at all and are left out.
   */
  private List<Evaluation> frontier(List<Candidate> byCost, Map<Candidate, Double> cost,
                                    Map<Candidate, Evaluation> known, List<Evaluation> evaluated) {
    List<Evaluation> out = new ArrayList<>();
    double best = -1;
    Target target = base.target();
    for (Candidate c : byCost) {
      if (c == own) {
        continue;
      }
      Scenario s = screen.builder().scenario(c);
      long most = (long) CandidateBuilder.calendar(s).tours() * s.group().largestAdmissible();
      double p = most < target.visitorsPerMonth() ? 0 : screen.target(c).probability();
      if (p > best) {
        Evaluation e = known.get(c);
        if (e == null) {
          e = screen.screen(c, false);
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
