package org.tourplan.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tourplan.format.ScenarioLoader;
import org.tourplan.run.Compiler;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.MonthExecutor;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Schedule;

/**
 * The entry point a season planner calls for a phase: one timetable for several months with different calendars,
 * every month reaching its own target and passing its own confirmation, at the least cost over the months.
 */
class PlanProblemTest {
  private static Scenario month(Scenario s, YearMonth m) {
    return s.toBuilder().month(m).schedule(new Schedule(s.schedule().days(), java.util.Set.of(), java.util.Map.of()))
        .season(null).build();
  }

  @Test
  void oneTimetableServesEveryMonthOfAPhase() throws Exception {
    Scenario base = ScenarioLoader.load(Path.of("src/test/resources/plan/tiny.yaml"));
    // July 2025 has 8 weekend days, August 2025 10 (five Saturdays, five Sundays), February 2026 8
    List<Scenario> months = List.of(month(base, YearMonth.of(2025, 7)), month(base, YearMonth.of(2025, 8)),
        month(base, YearMonth.of(2026, 2)));
    PlanResult phase;
    try (MonthExecutor ex = new LocalExecutor(2)) {
      phase = Planner.plan(new PlanProblem(base, months), ex, new Compiler(), null);
    }
    PlanResult july = Planner.plan(base, 2, null);
    assertNotNull(phase.recommended());
    // the months' costs add up: the phase costs more than its first month alone
    Candidate c = phase.recommended().candidate();
    CandidateBuilder b = new CandidateBuilder(base);
    double sum = 0;
    for (Scenario m : months) {
      sum += b.cost(c, CandidateBuilder.calendar(b.scenario(c, m)));
    }
    assertEquals(sum, phase.recommended().cost(), 1e-9);
    assertTrue(phase.recommended().cost() > july.recommended().cost());
    // every month reaches the target: the evaluation carries the month that reaches it least often
    assertTrue(phase.recommended().target().low() >= base.target().confidence(), phase.recommended().reason());
    assertTrue(phase.recommended().confirmation().passed());
    // the same counts, fleet and guides as the July plan: nothing in the later months binds harder here
    assertEquals(july.recommended().candidate().frame(), c.frame());
  }
}
