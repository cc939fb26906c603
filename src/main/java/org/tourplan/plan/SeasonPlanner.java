package org.tourplan.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.SequentialTest;
import org.tourplan.run.WaitingCheck;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.Season;

/**
 * The season planner: for a file with a {@code season}, the season's group, fleet and guides and one timetable for
 * each phase (and for the months of the top-level schedule) such that every month reaches its own target (its
 * phase's, else the file's) with its confidence, breaches a limit with probability at most {@code plan.breachBound}
 * (tested on its own fresh months), and, when the season has a {@code waiting} goal, the lottery meets it; at the
 * least season cost (docs/scenario-format.md, "Planning a season").
 *
 * <p>Why per phase, not per month: a phase is the timetable a site publishes for several months, and the file's
 * phases are what {@code tourplan season} runs; a timetable of its own for each month is planned by writing each
 * month as a phase. Why one group, fleet and guides for the whole season: the file has one of each (a phase has only
 * its own schedule and target), so the written season is a file {@code season} runs as it is.
 *
 * <p>The chance constraint is claimed for every month of the season at once: each month's confirmation tests at
 * 5% / (months of the season) (Bonferroni), so the chance that any month is accepted while its breach probability is
 * above the bound is at most 5%.
 *
 * <p>The search ({@link SeasonSearch}) takes seasons in order of cost, judging each unit's frames as the month
 * planner does ({@link Screen}: counted targets, designed start times on simulated days, confirmation on fresh
 * months), once each, and checks the waiting goal from a season's places alone before simulating anything of it.
 */
public final class SeasonPlanner {
  private final Scenario base;
  private final Season season;
  private final PlanSpace space;
  private final List<SeasonUnit> units = new ArrayList<>();
  private final double alpha;

  private SeasonPlanner(Scenario base, MonthExecutor executor, Compiler compiler) {
    this.base = base;
    this.season = base.season();
    this.space = base.plan();
    this.alpha = SequentialTest.ALPHA / season.months().size();
    Set<Integer> phases = new LinkedHashSet<>();
    for (Season.Month m : season.months()) {
      phases.add(m.phase());
    }
    for (int p : phases) {
      List<Integer> at = SeasonUnit.monthsOf(season, p);
      List<Scenario> months = new ArrayList<>();
      for (int i : at) {
        months.add(base.forMonth(season.months().get(i)));
      }
      units.add(new SeasonUnit(units.size(), p, label(p, at), months, at, executor, compiler, alpha));
    }
  }

  /**
   * Plans the season of {@code base} (which has a season, a plan space and a target for every month), compiling
   * every month scenario with {@code compiler}.
   *
   * @throws IllegalArgumentException when the file has no season, no plan space or a month without a target
   * @throws org.tourplan.scenario.WorkLimitException when the work would not fit the machine (exit 2)
   */
  public static SeasonPlan plan(Scenario base, MonthExecutor executor, Compiler compiler,
                                BiConsumer<Long, Long> progress) {
    if (base.season() == null || base.plan() == null) {
      throw new IllegalArgumentException("a season plan needs a season and a plan space");
    }
    String missing = missingTarget(base);
    if (missing != null) {
      throw new IllegalArgumentException(missing);
    }
    Confirmer.test(base.plan().breachBound(), SequentialTest.ALPHA / base.season().months().size());
    SeasonPlanner p = new SeasonPlanner(base, executor, compiler);
    for (SeasonUnit u : p.units) {
      Planner.budget(u.base, compiler);
    }
    return p.search(progress == null ? (a, b) -> { } : progress);
  }

  /** Why some month cannot be planned for want of a target, or null when every month has one. */
  public static String missingTarget(Scenario s) {
    for (Season.Month m : s.season().months()) {
      if (s.season().targetOf(m, s.target()) == null) {
        String where = m.phase() < 0 ? "the months of the file's own timetable"
            : "the phase " + s.season().phases().get(m.phase()).label() + " (season.phases[" + m.phase() + "])";
        return "month " + m.month() + " of " + where + " has no target: give " + (m.phase() < 0 ? "the file a "
            + "target" : "the phase a target (season.phases[" + m.phase() + "].target) or the file one")
            + ", or give --target N";
      }
    }
    return null;
  }

  private String label(int phase, List<Integer> at) {
    if (phase >= 0) {
      return season.phases().get(phase).label();
    }
    YearMonth first = season.months().get(at.get(0)).month();
    YearMonth last = season.months().get(at.get(at.size() - 1)).month();
    boolean contiguous = at.get(at.size() - 1) - at.get(0) == at.size() - 1;
    return contiguous ? new Season.Phase(first, last).label() + " (the file's own timetable)"
        : "the months of the file's own timetable";
  }

  private SeasonPlan search(BiConsumer<Long, Long> progress) {
    List<Candidate.Resources> resources = resources();
    WaitingJudge judge = season.waiting() == null ? null
        : new WaitingJudge(base.demand(), season, base.seed(), space.maxReplications());
    SeasonSearch search = new SeasonSearch(units, resources, judge, progress);
    if (judge != null) {
      long[] most = mostPlaces();
      WaitingCheck check = judge.check(most);
      if (!check.met()) {
        return result(null, search, judge, WaitingAdvice.unreachable(check, judge.fewestDraws(most)));
      }
    }
    SeasonSearch.Season answer = search.run();
    if (answer != null) {
      return result(answer, search, judge, null);
    }
    return result(null, search, judge, why(search, judge));
  }

  /** Every resource combination some unit has, in the plan space's order (the file's own first if outside it). */
  private List<Candidate.Resources> resources() {
    Set<Candidate.Resources> out = new LinkedHashSet<>();
    Candidate.Resources own = units.get(0).own.resources();
    boolean inSpace = space.groupSize().contains(own.groupSize()) && space.overbook().contains(own.overbook())
        && space.vehicles().contains(own.vehicles()) && space.guides().contains(own.guides());
    if (!inSpace) {
      out.add(own);
    }
    for (Candidate f : new Frames(space).all()) {
      out.add(f.resources());
    }
    out.add(own);
    return List.copyOf(out);
  }

  /**
   * The most places each month could have: the most tours of every class of day the space allows (or the file's
   * own timetable, if it has more), at the largest group the space allows. A waiting goal that fails even there
   * fails everywhere (more places in a month never lengthen anyone's wait).
   */
  private long[] mostPlaces() {
    long[] out = new long[season.months().size()];
    int per = 0;
    for (int g : space.groupSize()) {
      for (int o : space.overbook()) {
        per = Math.max(per, g + o);
      }
    }
    List<Integer> week = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      int most = 0;
      for (PlanSpace.DayClass k : space.classes()) {
        if (k.days().contains(d)) {
          most = k.counts().get(k.counts().size() - 1);
        }
      }
      week.add(most);
    }
    Candidate.Resources any = new Frames(space).all().isEmpty() ? units.get(0).own.resources()
        : new Frames(space).all().get(0).resources();
    Candidate most = new Candidate(week, any.groupSize(), any.overbook(), any.vehicles(), any.guides(), Map.of(),
        null);
    for (SeasonUnit u : units) {
      long[] t = u.tours(most);
      long[] own = u.tours(u.own);
      int ownPer = u.own.groupSize() + u.own.overbook();
      for (int i = 0; i < t.length; i++) {
        out[u.seasonMonths.get(i)] = Math.max(t[i] * per, own[i] * ownPer);
      }
    }
    return out;
  }

  /** Why the search found nothing, from what it judged. */
  private SeasonPlan.Infeasible why(SeasonSearch search, WaitingJudge judge) {
    if (search.truncated) {
      return new SeasonPlan.Infeasible("cut", List.of("the search stopped after " + SeasonSearch.MOST_SEASONS
          + " seasons without one that works"), List.of("narrow the plan space (fewer counts, fleets or guides) or "
          + "merge phases, so that fewer seasons cost less than the answer"), null);
    }
    SeasonUnit binding = search.hopeless;
    if (binding == null) {
      for (SeasonUnit u : units) {
        if (u.hopeless()) {
          binding = u;
        }
      }
    }
    if (binding != null) {
      return new SeasonPlan.Infeasible("phase", List.of(unitWords(binding) + " has no timetable that works, "
          + "whatever the other months do (its diagnosis below)"), List.of(), null);
    }
    if (search.closestCheck != null && search.unconfirmed.isEmpty()) {
      return WaitingAdvice.closest(search.closestCheck, search.closest, units,
          judge.fewestDraws(search.places(search.closest)));
    }
    if (!search.unconfirmed.isEmpty()) {
      return new SeasonPlan.Infeasible("confirmation", List.of("every season that passed the screening breached "
          + "a limit too often on fresh months in some month (each month tested at " + MonthBreach.percent(alpha)
          + " error)"), List.of("allow more vehicles or guides, or fewer tours on the busiest days"), null);
    }
    return new SeasonPlan.Infeasible("resources", List.of("every phase has a timetable that works, but with no "
        + "one group, fleet and guides for the whole season"), List.of("widen plan.groupSize, plan.vehicles or "
        + "plan.guides so that one value of each serves every phase"), null);
  }

  private static String unitWords(SeasonUnit u) {
    return u.phase < 0 ? "the months of the file's own timetable (" + u.label + ")"
        : "the phase " + u.label + " (season.phases[" + u.phase + "])";
  }

  private SeasonPlan result(SeasonSearch.Season answer, SeasonSearch search, WaitingJudge judge,
                            SeasonPlan.Infeasible infeasible) {
    List<SeasonPlan.UnitPlan> plans = new ArrayList<>();
    double cost = 0;
    double currentCost = 0;
    int per = answer == null ? 0 : answer.resources().groupSize() + answer.resources().overbook();
    for (SeasonUnit u : units) {
      Candidate frame = answer == null ? null : answer.frames().get(u.index);
      Evaluation chosen = frame == null ? null : u.verdict(frame);
      List<SeasonPlan.MonthPlan> months = new ArrayList<>();
      List<Evaluation.Confirmation> confirmations = chosen == null ? null : u.screen.confirmations(
          chosen.candidate());
      for (int i = 0; i < u.months.size(); i++) {
        Scenario now = u.screen.scenario(u.own, i, true);
        PlanSpace.Calendar nowCal = CandidateBuilder.calendar(now);
        double nowCost = u.screen.builder().cost(u.own, nowCal);
        currentCost += nowCost;
        if (chosen == null) {
          months.add(new SeasonPlan.MonthPlan(u.months.get(i).month(), 0, 0, Double.NaN, 0, null, null,
              nowCal.tours(), nowCost));
          continue;
        }
        boolean own = frame == u.own;
        PlanSpace.Calendar cal = CandidateBuilder.calendar(u.screen.scenario(chosen.candidate(), i, own));
        double c = u.screen.builder().cost(chosen.candidate(), cal);
        cost += c;
        months.add(new SeasonPlan.MonthPlan(u.months.get(i).month(), cal.tours(), cal.days(), c,
            (long) cal.tours() * per, u.screen.monthTarget(frame, i, own),
            confirmations == null ? null : confirmations.get(i), nowCal.tours(), nowCost));
      }
      Map<Evaluation.Status, Long> rejected = new EnumMap<>(Evaluation.Status.class);
      for (Evaluation e : u.evaluated) {
        if (!e.feasible()) {
          rejected.merge(e.status(), 1L, Long::sum);
        }
      }
      Diagnosis d = infeasible != null && "phase".equals(infeasible.kind()) && u.hopeless()
          ? Diagnosis.of(u.base, u.evaluated, u.unconfirmed, u.screen, u.own) : null;
      boolean same = frame != null && normal(u.days(frame)).equals(normal(u.base.schedule().days()));
      plans.add(new SeasonPlan.UnitPlan(u.phase, u.label, u.target(), chosen, u.own, same, months, u.judged(),
          rejected, d));
    }
    Scenario written = answer == null ? null : written(answer);
    WaitingCheck waiting = answer == null || judge == null ? null : judge.check(search.places(answer));
    long lists = 0;
    long days = 0;
    long full = 0;
    long counted = 0;
    long candidates = 0;
    long judged = 0;
    for (SeasonUnit u : units) {
      lists += u.screen.lists();
      days += u.screen.days();
      full += u.screen.fullMonths();
      counted += u.screen.countedMonths();
      candidates += u.size();
      judged += u.judged();
    }
    SeasonPlan.Effort effort = new SeasonPlan.Effort(candidates, judged, search.seasons, search.goalRejected,
        judge == null ? 0 : judge.runs(), lists, days, full, counted);
    return new SeasonPlan(base, written, alpha, plans, answer == null ? Double.NaN : cost, currentCost, waiting,
        effort, infeasible);
  }

  /** A week's start times without its empty days, each day's sorted: two timetables compare as the file reads. */
  private static Map<DayOfWeek, List<LocalTime>> normal(Map<DayOfWeek, List<LocalTime>> days) {
    Map<DayOfWeek, List<LocalTime>> out = new EnumMap<>(DayOfWeek.class);
    days.forEach((d, t) -> {
      if (!t.isEmpty()) {
        out.put(d, t.stream().sorted().toList());
      }
    });
    return out;
  }

  /**
   * The recommended season as a complete scenario: the season's group, fleet and guides, each phase's weekly
   * timetable (and the top-level one) as chosen, every closed date and extra tour as the file has them, and
   * maxReplications months, what {@code tourplan season} of it runs.
   */
  private Scenario written(SeasonSearch.Season answer) {
    Scenario r = units.get(0).screen.builder().resources(answer.resources(), base);
    Map<Integer, Map<DayOfWeek, List<LocalTime>>> days = new java.util.HashMap<>();
    for (SeasonUnit u : units) {
      days.put(u.phase, u.days(answer.frames().get(u.index)));
    }
    Map<DayOfWeek, List<LocalTime>> top = days.getOrDefault(-1, base.schedule().days());
    Schedule schedule = new Schedule(top, base.schedule().closed(), base.schedule().extra());
    List<Season.Month> months = new ArrayList<>();
    for (Season.Month m : season.months()) {
      months.add(new Season.Month(m.month(), m.phase(), new Schedule(days.get(m.phase()), m.schedule().closed(),
          m.schedule().extra())));
    }
    Season s = new Season(season.from(), season.to(), season.phases(), months, season.waiting());
    return new Scenario(r.name(), r.month(), r.seed(), space.maxReplications(), r.group(), r.zones(), r.route(),
        r.returnTo(), r.travel(), r.shuttles(), r.guides(), schedule, r.limits(), base.target(), r.demand(),
        r.plan(), s);
  }
}
