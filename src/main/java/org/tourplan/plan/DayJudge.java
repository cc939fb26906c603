package org.tourplan.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tourplan.verdict.LimitRule;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Work;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.Shuttles;
import org.tourplan.shuttle.ShuttlePlanner;
import org.tourplan.tour.TourSetup;

/**
 * Judges the start times of one kind of day by simulating days of that kind: a scenario whose month has tours on
 * one date only, replication i being the i-th simulated day. Days do not interact (a tour's streams depend on its
 * date and rank, and queues empty overnight), so a month breaches a limit unless all of its days stay clear: the
 * month's breach probability follows from its days, 1 - prod (1 - p_day). Every design of every frame is judged on
 * the same days 0, 1, 2, ... (common random numbers), so one design beats another because of its starts, not its
 * luck. {@code limits.turnedAway} counts a whole month's check-ins and never depends on start times: it is judged
 * from the counted months instead (see {@link Planner}). Full months stay the truth: the recommendation is confirmed
 * on them.
 */
final class DayJudge {
  /** What the days simulated so far say about one list of start times. */
  static final class Tally {
    final List<LocalTime> starts;
    int days;
    int breached;
    final Map<String, Integer> byLimit = new TreeMap<>();
    /** Sum over days and limits of how far each breach went (counts, or the excess over the limit). */
    double violation;
    /**
     * Sum over days of the mean waits a visitor meets (for guides at check-in, at each zone's entrance, for
     * shuttles), in minutes: among lists that breach nothing, the one whose visitors wait least is the better
     * timetable.
     */
    double waiting;
    private TourSetup setup;

    Tally(List<LocalTime> starts) {
      this.starts = starts;
    }
  }

  /** One frame's group, fleet and guides: the days of every start list tried with them. */
  final class Site {
    final Candidate.Resources resources;
    final Scenario template;
    private final Map<List<LocalTime>, Tally> tallies = new HashMap<>();

    Site(Candidate.Resources resources, Scenario template) {
      this.resources = resources;
      this.template = template;
    }
  }

  private final CandidateBuilder builder;
  private final Scenario base;
  private final MonthExecutor executor;
  private final LocalDate date;
  private final Map<Candidate.Resources, Site> sites = new HashMap<>();
  private long days;
  private long lists;

  DayJudge(CandidateBuilder builder, Scenario base, MonthExecutor executor) {
    this.builder = builder;
    this.base = base;
    this.executor = executor;
    this.date = base.month().atDay(1);
  }

  /** The site of a frame's resources. */
  Site site(Candidate.Resources r) {
    return sites.computeIfAbsent(r, k -> {
      Scenario s = builder.resources(k, base);
      Limits l = s.limits();
      Limits days = new Limits(l.floorVisitors(), l.evacuationMinutes(), l.maxWaitMinutes(), l.maxTourMinutes(),
          l.closeTime(), l.noiseDosePercent(), l.blackouts(), null);
      return new Site(k, s.toBuilder().limits(days).target(null).demand(null).season(null).build());
    });
  }

  /** Days simulated so far, over every site and list. */
  long days() {
    return days;
  }

  /** Distinct lists of start times judged so far. */
  long lists() {
    return lists;
  }

  /**
   * Each list of start times judged on days 0 .. {@code n - 1} (only the days not simulated before are simulated,
   * all lists together on the executor); the tallies come back in the order of the lists.
   */
  List<Tally> judge(Site site, List<List<LocalTime>> startLists, int n) {
    List<Tally> out = new ArrayList<>();
    List<Work> work = new ArrayList<>();
    List<Tally> todo = new ArrayList<>();
    for (List<LocalTime> starts : startLists) {
      Tally t = site.tallies.computeIfAbsent(List.copyOf(starts), k -> {
        lists++;
        return new Tally(k);
      });
      out.add(t);
      if (t.days >= n || todo.contains(t)) {
        continue;
      }
      if (starts.isEmpty()) {
        t.days = n; // no tour: nothing to breach
        continue;
      }
      if (t.setup == null) {
        t.setup = compile(site, t.starts);
      }
      work.add(new Work(t.setup, t.days, n));
      todo.add(t);
    }
    if (!work.isEmpty()) {
      List<double[][]> values = executor.runAll(work, null);
      for (int i = 0; i < todo.size(); i++) {
        add(todo.get(i), values.get(i), n - todo.get(i).days);
        days += n - todo.get(i).days;
        todo.get(i).days = n;
      }
    }
    return out;
  }

  private TourSetup compile(Site site, List<LocalTime> starts) {
    Scenario t = site.template;
    Schedule one = new Schedule(Map.of(), Set.of(), Map.of(date, starts));
    Scenario s = t.toBuilder().schedule(one).build();
    return new TourSetup(s, s.shuttles().mode() == Shuttles.Mode.PLANNED
        ? ShuttlePlanner.forFleet(s, s.shuttles().vehicles()) : null);
  }

  private static void add(Tally t, double[][] v, int count) {
    List<LimitRule> rules = LimitRule.of(t.setup.scenario().limits(), t.setup.layout());
    int[] index = rules.stream().mapToInt(r -> t.setup.layout().byName(r.metric()).index()).toArray();
    int[] waits = t.setup.layout().metrics().stream().filter(m -> m.path().get(m.path().size() - 1)
        .equals("meanWaitMinutes")).mapToInt(m -> m.index()).toArray();
    for (int d = 0; d < count; d++) {
      for (int w : waits) {
        if (!Double.isNaN(v[w][d])) {
          t.waiting += v[w][d];
        }
      }
      boolean any = false;
      for (int r = 0; r < rules.size(); r++) {
        double value = v[index[r]][d];
        LimitRule rule = rules.get(r);
        if (rule.breachedBy(value)) {
          any = true;
          t.byLimit.merge(rule.name(), 1, Integer::sum);
          t.violation += rule.kind().counting() ? value
              : (value - rule.threshold()) / Math.max(1, Math.abs(rule.threshold()));
        }
      }
      t.breached += any ? 1 : 0;
    }
  }
}
