package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.run.Compiler;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.LotteryRun;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.SeasonRunner;
import org.tourplan.run.SequentialTest;
import org.tourplan.run.WaitingCheck;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Season;

/**
 * The season planner against an exhaustive enumeration of a small season (July, a phase of its own, and August,
 * the top-level schedule's), whose waiting goal couples the two months: every resource combination with every
 * timetable of each month (each frame with every list of start times, and the file's own) judged through the
 * full-month road alone (counted targets, confirmation on fresh months at the same error), the goal from the same
 * lottery, cheapest first.
 */
class SeasonPlannerTest {
  private static final Path TINY = Path.of("src/test/resources/plan/tiny-season.yaml");
  private static Scenario season;
  private static SeasonPlan plan;

  @BeforeAll
  static void planTheTinySeason() throws Exception {
    season = ScenarioLoader.load(TINY);
    try (MonthExecutor ex = new LocalExecutor(2)) {
      plan = SeasonPlanner.plan(season, ex, new Compiler(), null);
    }
  }

  /** The file with its waiting goal replaced by {@code line} (an empty line: none). */
  private static Scenario withWaiting(String line) throws Exception {
    String text = Files.readString(TINY, StandardCharsets.UTF_8)
        .replace("  waiting: { share: 0.16, withinMonths: 2 }\n", line);
    return ScenarioLoader.parse("tiny-season.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aSmallSeasonGetsTheExhaustiveEnumerationsAnswer() throws Exception {
    Enumeration all;
    try (MonthExecutor ex = new LocalExecutor(2)) {
      all = enumerate(season, ex);
    }
    assertTrue(plan.planned(), String.valueOf(plan.infeasible()));
    assertEquals(all.cost, plan.cost(), 0, "the same cheapest season");
    assertTrue(all.seasons > 100, "every season of the space was enumerated: " + all.seasons);
    assertTrue(all.goalFailed > 0, "and the goal turned some cheaper seasons down: " + all.goalFailed);
    // the planner's timetables are among the cheapest level's accepted seasons of the enumeration
    List<List<Integer>> chosen = new ArrayList<>();
    for (SeasonPlan.UnitPlan u : plan.units()) {
      chosen.add(u.chosen().candidate().week());
    }
    assertTrue(all.accepted.contains(chosen), chosen + " not in " + all.accepted);
  }

  @Test
  void theWaitingGoalBindsAndTheWrittenSeasonMeetsIt() throws Exception {
    Scenario free = withWaiting("");
    SeasonPlan without;
    try (MonthExecutor ex = new LocalExecutor(2)) {
      without = SeasonPlanner.plan(free, ex, new Compiler(), null);
    }
    assertTrue(without.planned());
    assertNull(without.waiting());
    assertTrue(without.cost() < plan.cost(), "the goal costs more: " + without.cost() + " vs " + plan.cost());
    // the cheapest season for the targets alone leaves July's new applicants short of the goal
    long[] places = places(without);
    WaitingCheck short_ = WaitingCheck.of(season.season().waiting(), season.season().to(),
        LotteryRun.run(season.demand(), List.of(season.season().from(), season.season().to()), places,
            season.seed(), season.plan().maxReplications(), 1, 2));
    assertFalse(short_.met(), "without the goal: " + short_.worst());
    // with the goal, the planner's check is the season's: the written file meets it when `season` runs it
    assertTrue(plan.waiting().met());
    SeasonResults run = SeasonRunner.run(plan.scenario(), 2);
    assertTrue(run.waiting().met());
    assertEquals(plan.waiting().worst().share(), run.waiting().worst().share(), 0, "the same lottery, bit for bit");
    for (SeasonResults.MonthResult m : run.months()) {
      assertTrue(m.results().target().met(), m.month().month() + " reaches its target");
    }
    // July carries the extra places: its third tour a weekend day costs less than August's (8 dates, not 10)
    assertEquals(3, plan.units().get(0).chosen().candidate().weekendTours());
    assertEquals(2, plan.units().get(1).chosen().candidate().weekendTours());
  }

  @Test
  void eachMonthIsConfirmedAtItsShareOfTheSeasonsError() {
    assertEquals(SequentialTest.ALPHA / 2, plan.alpha(), 1e-15);
    for (SeasonPlan.UnitPlan u : plan.units()) {
      for (SeasonPlan.MonthPlan m : u.months()) {
        assertTrue(m.confirmation().passed(), m.month() + " accepted on its own fresh months");
        // 0.99^n <= 0.6 x 0.025 from n = 418
        assertEquals(418, m.confirmation().months());
        assertTrue(m.target().probabilityAtReplications() >= u.target().confidence());
      }
    }
  }

  @Test
  void aGoalNoSeasonMeetsIsExplainedWithWhatWouldMeetIt() throws Exception {
    SeasonPlan p;
    try (MonthExecutor ex = new LocalExecutor(2)) {
      p = SeasonPlanner.plan(withWaiting("  waiting: { share: 0.5, withinMonths: 2 }\n"), ex, new Compiler(), null);
    }
    assertFalse(p.planned());
    assertEquals("waiting", p.infeasible().kind());
    String why = String.join("\n", p.infeasible().binding());
    assertTrue(why.contains("of 2025-07's 1,500 new applicants a place within 2 draws"), why);
    assertTrue(why.contains("the goal asks 50.0%"), why);
    assertTrue(String.join("\n", p.infeasible().fixes()).contains("season.waiting.share"), p.infeasible().fixes()
        .toString());
    // a goal the most places meet with more draws gets them worked out: at most 240 places in July give 16% of its
    // 1,500 new applicants their first draw, short of 20%; with August's second draw about 22% win
    SeasonPlan q;
    try (MonthExecutor ex = new LocalExecutor(2)) {
      q = SeasonPlanner.plan(withWaiting("  waiting: { share: 0.2, withinMonths: 1 }\n"), ex, new Compiler(), null);
    }
    assertEquals("waiting", q.infeasible().kind());
    String fixes = String.join("\n", q.infeasible().fixes());
    assertTrue(fixes.contains("season.waiting.withinMonths: 2"), fixes);
  }

  @Test
  void aPhaseThatCannotBePlannedIsNamedWithTheMonthPlannersDiagnosis() throws Exception {
    Scenario s = ScenarioLoader.parse("t.yaml", Files.readString(TINY, StandardCharsets.UTF_8)
        .replace("      schedule: { days: { SAT: [\"09:00\"], SUN: [\"09:00\"] } }\n",
            "      schedule: { days: { SAT: [\"09:00\"], SUN: [\"09:00\"] } }\n      target: { visitorsPerMonth: 400 }\n")
        .getBytes(StandardCharsets.UTF_8));
    SeasonPlan p;
    try (MonthExecutor ex = new LocalExecutor(2)) {
      p = SeasonPlanner.plan(s, ex, new Compiler(), null);
    }
    assertFalse(p.planned());
    assertEquals("phase", p.infeasible().kind());
    assertTrue(p.infeasible().binding().get(0).contains("the phase 2025-07 (season.phases[0])"),
        p.infeasible().binding().toString());
    Diagnosis d = p.units().get(0).diagnosis();
    assertNotNull(d, "the month planner's diagnosis of the phase");
    assertEquals("target", d.kind());
    assertTrue(String.join("\n", d.binding()).contains("400"), d.binding().toString());
    assertNull(p.units().get(1).diagnosis(), "August is not what binds");
  }

  // ------------------------------------------------------------------------------------------------ enumeration

  private record Enumeration(double cost, Set<List<List<Integer>>> accepted, long seasons, long goalFailed) { }

  /** Every season of the space, cheapest level first; the first level with an accepted season is the answer. */
  private static Enumeration enumerate(Scenario base, MonthExecutor ex) {
    Season sn = base.season();
    double alpha = SequentialTest.ALPHA / sn.months().size();
    Set<Integer> phases = new LinkedHashSet<>();
    sn.months().forEach(m -> phases.add(m.phase()));
    List<Screen> screens = new ArrayList<>();
    List<List<Integer>> at = new ArrayList<>();
    List<List<Candidate>> timetables = new ArrayList<>();
    List<Candidate> owns = new ArrayList<>();
    for (int p : phases) {
      List<Scenario> months = new ArrayList<>();
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < sn.months().size(); i++) {
        if (sn.months().get(i).phase() == p) {
          months.add(base.forMonth(sn.months().get(i)));
          idx.add(i);
        }
      }
      Screen screen = new Screen(months.get(0), months, ex, new Compiler(), alpha);
      List<Candidate> all = new ArrayList<>();
      Candidate own = Planner.ownCandidate(months.get(0));
      all.add(own);
      for (Candidate f : new Frames(base.plan()).all()) {
        all.addAll(Exhaustive.timetables(f, screen.builder(), base.plan()));
      }
      screens.add(screen);
      at.add(idx);
      timetables.add(all);
      owns.add(own);
    }
    // every season: one resource combination, one timetable with it for each unit
    List<List<Candidate>> seasons = new ArrayList<>();
    seasons.add(new ArrayList<>());
    for (List<Candidate> unit : timetables) {
      List<List<Candidate>> next = new ArrayList<>();
      for (List<Candidate> s : seasons) {
        for (Candidate c : unit) {
          if (s.isEmpty() || s.get(0).resources().equals(c.resources())) {
            List<Candidate> t = new ArrayList<>(s);
            t.add(c);
            next.add(t);
          }
        }
      }
      seasons = next;
    }
    Map<Candidate, Boolean> ok = new HashMap<>();
    seasons.sort(java.util.Comparator.comparingDouble(s -> cost(s, screens, owns)));
    long goalFailed = 0;
    for (int i = 0; i < seasons.size(); ) {
      double level = cost(seasons.get(i), screens, owns);
      Set<List<List<Integer>>> accepted = new LinkedHashSet<>();
      for (; i < seasons.size() && cost(seasons.get(i), screens, owns) == level; i++) {
        List<Candidate> s = seasons.get(i);
        long[] places = new long[sn.months().size()];
        for (int u = 0; u < s.size(); u++) {
          Candidate c = s.get(u);
          for (int k = 0; k < at.get(u).size(); k++) {
            Scenario m = screens.get(u).scenario(c, k, c == owns.get(u));
            places[at.get(u).get(k)] = (long) m.schedule().toursIn(m.month()) * (c.groupSize() + c.overbook());
          }
        }
        WaitingCheck w = WaitingCheck.of(sn.waiting(), sn.to(), LotteryRun.run(base.demand(),
            sn.months().stream().map(Season.Month::month).toList(), places, base.seed(),
            base.plan().maxReplications(), 1, sn.waiting().withinMonths()));
        if (!w.met()) {
          goalFailed++;
          continue;
        }
        boolean all = true;
        for (int u = 0; u < s.size() && all; u++) {
          Candidate c = s.get(u);
          Screen screen = screens.get(u);
          boolean own = c == owns.get(u);
          all = ok.computeIfAbsent(c, k -> {
            Evaluation e = screen.counted(k, own);
            return e.status() == null && screen.confirm(new Evaluation(k, e.cost(), e.tours(), e.days(),
                Evaluation.Status.FEASIBLE, "", e.target(), null), own).feasible();
          });
        }
        if (all) {
          List<List<Integer>> weeks = new ArrayList<>();
          s.forEach(c -> weeks.add(c.week()));
          accepted.add(weeks);
        }
      }
      if (!accepted.isEmpty()) {
        return new Enumeration(level, accepted, seasons.size(), goalFailed);
      }
    }
    return new Enumeration(Double.NaN, Set.of(), seasons.size(), goalFailed);
  }

  private static double cost(List<Candidate> s, List<Screen> screens, List<Candidate> owns) {
    double sum = 0;
    for (int u = 0; u < s.size(); u++) {
      sum += screens.get(u).cost(s.get(u), s.get(u) == owns.get(u));
    }
    return sum;
  }

  private static long[] places(SeasonPlan p) {
    List<Long> out = new ArrayList<>();
    for (SeasonPlan.UnitPlan u : p.units()) {
      for (SeasonPlan.MonthPlan m : u.months()) {
        out.add(m.places());
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }
}
