package org.tourplan.app;

import org.tourplan.plan.Exhaustive;
import org.tourplan.plan.PlanResult;
import org.tourplan.run.MonthExecutor;
import org.tourplan.scenario.Scenario;

/**
 * {@code plan --compare-grid}: every candidate of the plan space judged on full months by the same test, and
 * whether that gives the planner's answer; a space beyond {@link Exhaustive#MOST} candidates is not enumerated.
 *
 * @param grid    the exhaustive search's answer, or null when the space is too large for it
 * @param same    whether it gives the planner's answer (the same cost, and the planner's choice among the accepted)
 * @param seconds the enumeration's wall time
 */
public record GridCheck(Exhaustive.Grid grid, boolean same, double seconds) {
  /** The most candidates an exhaustive search takes on. */
  public static final int MOST = Exhaustive.MOST;

  /** Enumerates the space of {@code scenario} on {@code executor} and compares with {@code plan}. */
  static GridCheck of(Scenario scenario, PlanResult plan, MonthExecutor executor) {
    long started = System.nanoTime();
    Exhaustive.Grid grid;
    try {
      grid = Exhaustive.search(scenario, executor);
    } catch (IllegalArgumentException e) { // more candidates than an exhaustive search takes on
      return new GridCheck(null, false, (System.nanoTime() - started) / 1e9);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    boolean same = plan.recommended() == null ? grid.recommended() == null
        : grid.recommended() != null && plan.recommended().cost() == grid.cost()
        && grid.accepted().contains(plan.recommended().candidate());
    return new GridCheck(grid, same, seconds);
  }
}
