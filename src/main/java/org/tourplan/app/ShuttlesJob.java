package org.tourplan.app;

import java.time.LocalDate;
import java.util.List;
import org.tourplan.roster.DayPlan;
import org.tourplan.roster.FleetPlan;
import org.tourplan.run.ModeComparison;
import org.tourplan.run.MonthExecutor;
import org.tourplan.scenario.Scenario;
import org.tourplan.shuttle.ShuttlePlanner;

/**
 * The {@code shuttles} use case: jsprit's smallest fleet for each day of the month (or one date) on the nominal
 * tour times, with the rosters, and when asked the dedicated, pooled and planned modes simulated side by side
 * where the request says (this machine or a cluster: the same numbers).
 *
 * @param plan       the smallest fleet of each day planned, against the file's fleet
 * @param seconds    the planning's wall time (the comparison excluded)
 * @param comparison the three modes compared, or null when not asked
 */
public record ShuttlesJob(FleetPlan plan, double seconds, ModeComparison comparison) {

  /**
   * What to plan.
   *
   * @param scenario the scenario, with the command line's seed and months applied
   * @param date     the one date to plan (in the scenario's month), or null for every day
   * @param compare  whether to simulate the three shuttle modes too
   * @param where    where the comparison's months run
   */
  public record Request(Scenario scenario, LocalDate date, boolean compare, Where where) {
  }

  /** Plans the days and, when asked, compares the modes; tells {@code progress} of its steps. */
  public static ShuttlesJob run(Request r, Progress progress) {
    Scenario scenario = r.scenario();
    progress.steps(r.compare() ? 2 : 1);
    progress.step("planning shuttles with jsprit");
    long started = System.nanoTime();
    List<DayPlan> days = r.date() != null ? List.of(ShuttlePlanner.smallestFleet(scenario, r.date()))
        : ShuttlePlanner.smallestFleets(scenario).days();
    double seconds = (System.nanoTime() - started) / 1e9;
    FleetPlan plan = new FleetPlan(scenario.name(), scenario.month(), scenario.shuttles().seats(),
        scenario.shuttles().vehicles(), true, scenario.shuttles().planIterations(), days);
    ModeComparison comparison = null;
    if (r.compare()) {
      progress.step("simulating the three shuttle modes");
      try (MonthExecutor executor = r.where().open()) {
        comparison = ModeComparison.of(scenario, executor, null);
      }
    }
    return new ShuttlesJob(plan, seconds, comparison);
  }
}
