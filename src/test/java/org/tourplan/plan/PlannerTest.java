package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tourplan.report.results.PlanJson;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.scenario.Scenario;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.format.ScenarioWriter;

/** The planner: the right answer, the same answer as a grid search for far fewer months, whatever the threads. */
class PlannerTest {
  private static Scenario load(String path) throws Exception {
    return ScenarioLoader.load(Path.of(path));
  }

  /** The default scenario with a smaller plan space (108 candidates), so the grid search fits a unit test. */
  private static Scenario smallDefault() throws Exception {
    String text = Files.readString(Path.of("scenarios/beijing-ev-tour.yaml"));
    String plan = text.substring(0, text.indexOf("\nplan:")) + """

        plan:
          weekdayTours: [1, 2, 3]
          weekendTours: [1, 2, 3]
          earliestStart: "09:00"
          latestStart: "16:30"
          groupSize: 6
          overbook: [0, 1]
          vehicles: { from: 2, to: 4 }
          guides: [1, 2]
          costs: { perTour: 1200, perVehicleDay: 350, perGuideDay: 450, weekendRate: 2 }
          screenReplications: 10
          maxReplications: 100
        """;
    return ScenarioLoader.parse("small.yaml", plan.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theCheapestScheduleIsBlockedByASafetyLimitNotByTheTarget() throws Exception {
    PlanResult p = Planner.plan(load("src/test/resources/plan/blocked-by-safety.yaml"), 2, null);
    // weekend-only (3 tours a day, 15 min apart) reaches 240 visitors for 26,400 but puts two groups on the floor
    assertEquals(new Candidate(1, 0, 10, 0, 3, 3), p.recommended().candidate());
    assertEquals(23 * 100 + 23 * 3 * 1000, p.recommended().cost(), 0);
    Evaluation weekend = p.rejectedCheaper().stream()
        .filter(e -> e.candidate().equals(new Candidate(0, 3, 10, 0, 3, 3))).findFirst().orElseThrow();
    assertEquals(Evaluation.Status.LIMIT_BREACHED, weekend.status());
    assertTrue(weekend.reason().contains("floorVisitors"), weekend.reason());
    assertEquals(1.0, weekend.target().probability(), 0, "it does reach the target");
    assertTrue(weekend.safety().months() <= 10, "one breaching batch is enough to reject it");
  }

  @Test
  void sameAnswerAsAGridSearchForAtLeastTenTimesFewerMonths() throws Exception {
    Scenario s = smallDefault();
    PlanResult p = Planner.plan(s, 2, null);
    Planner.Grid g = Planner.exhaustive(s, 2);
    assertNotNull(g.recommended());
    assertEquals(g.recommended(), p.recommended().candidate());
    assertEquals(g.cost(), p.recommended().cost(), 0);
    assertTrue(g.months() >= 10 * p.fullMonths(), "grid " + g.months() + " months, planner " + p.fullMonths());
  }

  @Test
  void theAnswerDoesNotDependOnTheThreadCount() throws Exception {
    Scenario s = smallDefault();
    byte[] one = PlanJson.bytes(Planner.plan(s, 1, null));
    byte[] three = PlanJson.bytes(Planner.plan(s, 3, null));
    assertArrayEquals(one, three);
  }

  @Test
  void simulateConfirmsTheRecommendedScenarioOnItsOwn() throws Exception {
    PlanResult p = Planner.plan(smallDefault(), 2, null);
    String yaml = ScenarioWriter.yaml(p.scenario(), "test");
    Scenario back = ScenarioLoader.parse("recommended.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    Results r = Runner.simulate(back, 2, null);
    assertTrue(r.target().met(), "target not met: " + r.target());
    assertEquals(p.recommended().safety().months(), r.replications());
    r.breaches().forEach(b -> assertEquals(0, b.monthsBreached(), b.rule().name()));
    assertEquals(p.recommended().target().visitorsMean(), r.metric("visitorsPerMonth").summary().mean(), 1e-9);
  }

  @Test
  void candidatesSpreadTheirToursOverTheSlots() throws Exception {
    CandidateBuilder b = new CandidateBuilder(load("scenarios/beijing-ev-tour.yaml"));
    // 09:00 to 16:30 every 30 min: 16 slots
    assertEquals("[09:00]", b.starts(1).toString());
    assertEquals("[09:00, 16:30]", b.starts(2).toString());
    assertEquals("[09:00, 13:00, 16:30]", b.starts(3).toString());
    assertEquals(6, b.starts(6).size());
    assertEquals("16:30", b.starts(6).get(5).toString());
  }

  @Test
  void plannedModeTakesTheSmallestJspritFleetAsTheLowerBoundOfVehicles() throws Exception {
    // weekend-only, three tours 15 min apart, one vehicle each: one vehicle is enough for the rules of contract 2.5,
    // but not for a roster that serves the overlapping rides
    String text = Files.readString(Path.of("src/test/resources/plan/blocked-by-safety.yaml"))
        .replace("shuttles: { vehicles: 3, seats: 10 }", "shuttles: { vehicles: 3, seats: 10, mode: planned }")
        .replace("  floorVisitors: 10       # one group on the floor at a time\n", "  floorVisitors: 100\n")
        .replace("  vehicles: 3\n", "  vehicles: [1, 2, 3]\n")
        .replace("minutes: 5 }", "minutes: 10 }") // a vehicle cannot be back for the next group in 15 min
        .replace("perVehicleDay: 0", "perVehicleDay: 10"); // fewer vehicles must be cheaper
    Scenario s = ScenarioLoader.parse("planned.yaml", text.getBytes(StandardCharsets.UTF_8));
    PlanResult p = Planner.plan(s, 2, null);
    int need = org.tourplan.shuttle.ShuttlePlanner.smallestFleet(p.scenario());
    assertTrue(need > 1, "the test needs overlapping rides");
    assertEquals(need, p.recommended().candidate().vehicles());
    assertTrue(p.rejectedCheaper().stream().anyMatch(e -> e.status() == Evaluation.Status.UNSERVABLE
        && e.reason().contains("shuttle plan (jsprit) needs at least " + need)), p.rejectedCheaper().toString());
  }

  /**
   * The July timetable with 6 or 7 places (the same cost), a target of 1,000 that both reach, and at most
   * {@code turnedAway} persons turned away a month.
   */
  private static Scenario sixOrSeven(int turnedAway) throws Exception {
    String text = Files.readString(Path.of("scenarios/beijing-ev-tour.yaml"));
    String plan = text.substring(0, text.indexOf("\nplan:")) + """

        plan:
          groupSize: [6, 7]
          costs: { currency: yuan }
          screenReplications: 20
          maxReplications: 100
        """;
    plan = plan.replace("  turnedAway: 0 ", "  turnedAway: " + turnedAway + " ")
        .replace("visitorsPerMonth: 1100 ", "visitorsPerMonth: 1000 ");
    return ScenarioLoader.parse("six-or-seven.yaml", plan.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void atEqualCostMoreVisitorsWinAndTheTieIsNamed() throws Exception {
    PlanResult p = Planner.plan(sixOrSeven(1000), 2, null);
    assertEquals(7, p.recommended().candidate().groupSize(), "7 places bring more visitors for the same cost");
    assertEquals(1, p.tied().size());
    assertEquals(6, p.tied().get(0).candidate().groupSize());
    assertEquals(p.recommended().cost(), p.tied().get(0).cost(), 0);
    assertTrue(p.recommended().visitorsMean() > p.tied().get(0).visitorsMean());
    assertEquals("more visitors", p.tieBrokenBy());
    assertTrue(p.unconfirmed().isEmpty());
  }

  @Test
  void aRecommendationIsConfirmedOnFreshMonthsToTheBreachBound() throws Exception {
    PlanResult p = Planner.plan(sixOrSeven(1000), 2, null);
    Evaluation.Confirmation c = p.recommended().confirmation();
    assertNotNull(c);
    assertTrue(c.passed());
    // the first fresh month lies beyond every month the search simulated or counted
    assertTrue(c.first() >= p.recommended().target().months() && c.first() >= p.recommended().safety().months());
    assertEquals(0, c.monthsBreached());
    assertEquals(2995, c.months(), "1 - 0.05^(1/2995) <= 0.001 < 1 - 0.05^(1/2994)");
    assertTrue(c.upper() <= 0.001, String.valueOf(c.upper()));
  }

  @Test
  void aChoiceThatBreachesOnFreshMonthsIsDroppedForTheNext() throws Exception {
    // 7 places turn a few persons away on most days; more than 60 in a month is rare enough that the search's 100
    // months never show it, but the confirmation's 2,995 do
    PlanResult p = Planner.plan(sixOrSeven(60), 2, null);
    assertEquals(1, p.unconfirmed().size());
    Evaluation dropped = p.unconfirmed().get(0);
    assertEquals(7, dropped.candidate().groupSize());
    assertEquals(0, dropped.safety().monthsBreached(), "the search saw no breach");
    assertTrue(dropped.confirmation().monthsBreached() > 0);
    assertEquals(Evaluation.Status.LIMIT_BREACHED, dropped.status());
    assertTrue(dropped.reason().contains("turnedAway"), dropped.reason());
    assertEquals(6, p.recommended().candidate().groupSize(), "the planner moved on to the next candidate");
    assertTrue(p.recommended().confirmation().passed());
  }

  @Test
  void aRejectedCandidateListsEveryCheckItFails() throws Exception {
    PlanResult p = Planner.plan(load("scenarios/beijing-ev-tour.yaml"), 2, null);
    // 2 tours every weekday and 2 every weekend day with 7 places: too few visitors AND persons turned away
    Evaluation e = p.evaluated().stream()
        .filter(x -> x.candidate().equals(new Candidate(2, 2, 7, 0, 2, 1))).findFirst().orElseThrow();
    assertEquals(Evaluation.Status.TARGET_MISSED, e.status());
    assertEquals(2, e.failures().size(), e.failures().toString());
    assertTrue(e.failures().get(0).startsWith("target: "), e.failures().toString());
    assertTrue(e.failures().get(1).startsWith("limit turnedAway: "), e.failures().toString());
  }

  @Test
  void theDefaultPlanNeverRecommendsTurningAnyoneAway() throws Exception {
    PlanResult p = Planner.plan(load("scenarios/beijing-ev-tour.yaml"), 2, null);
    assertNotNull(p.recommended());
    assertEquals(0, p.recommended().turnedAwayMean(), 0);
    assertTrue(p.recommended().confirmation().months() >= 2995);
    Results r = Runner.simulate(p.scenario(), 2, null);
    assertEquals(0, r.metric("turnedAway").summary().max(), 0);
  }
}
