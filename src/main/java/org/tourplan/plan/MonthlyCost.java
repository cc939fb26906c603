package org.tourplan.plan;

import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;

/**
 * What a whole scenario costs a month, by the planner's own rule ({@link PlanSpace.Costs#month}): its scheduled
 * tours, its days with tours, its fleet and its guides, priced by the file's {@code plan.costs} (or the defaults).
 *
 * @param tours    tours scheduled in the month
 * @param days     days with at least one tour
 * @param cost     the month's cost, in {@code costs.currency()}
 * @param costs    the prices and currency it was computed with
 */
public record MonthlyCost(int tours, int days, double cost, PlanSpace.Costs costs) {

  /** The cost of the scenario's own timetable, fleet and guides. */
  public static MonthlyCost of(Scenario s) {
    PlanSpace.Calendar c = CandidateBuilder.calendar(s);
    PlanSpace.Costs k = s.plan() != null ? s.plan().costs() : PlanSpace.Costs.defaults();
    return new MonthlyCost(c.tours(), c.days(), k.month(s), k);
  }

  /** The cost with its currency, e.g. "128,050 yuan". */
  public String text() {
    return costs.format(cost);
  }
}
