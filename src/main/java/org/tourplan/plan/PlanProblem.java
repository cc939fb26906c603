package org.tourplan.plan;

import java.util.List;
import org.tourplan.scenario.Scenario;

/**
 * What to plan: one timetable (the plan space of {@code base}) for every month of {@code months}, each a one-month
 * scenario with its own month, closed and extra dates and target (a season's phase: {@code base.forMonth(m)} with
 * the phase's target). A candidate is feasible when every month reaches its target with its confidence and passes
 * its own confirmation; its cost is the sum of its months' costs. Everything else (zones, limits, seed, the plan
 * space) is {@code base}'s.
 *
 * @param base   the scenario whose plan space is searched and whose own timetable is the current one
 * @param months the months the timetable must serve, at least one; the first is the one pages describe
 */
public record PlanProblem(Scenario base, List<Scenario> months) {
  /** Checks and copies. */
  public PlanProblem {
    if (months.isEmpty()) {
      throw new IllegalArgumentException("a plan needs at least one month");
    }
    months = List.copyOf(months);
  }

  /** The file's own month. */
  public static PlanProblem of(Scenario s) {
    return new PlanProblem(s, List.of(s));
  }
}
