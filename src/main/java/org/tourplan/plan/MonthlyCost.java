package org.tourplan.plan;

import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;

/**
 * What a whole scenario costs a month, by the planner's own rule ({@link PlanSpace.Costs#month}): its scheduled
 * tours, its days with tours, its fleet and its guides, priced by the file's {@code plan.costs} (or the defaults).
 *
 * @param tours    tours scheduled in the month
 * @param days     days with at least one tour
 * @param cost     cost units a month
 */
public record MonthlyCost(int tours, int days, double cost) {

  /** The cost of the scenario's own timetable, fleet and guides. */
  public static MonthlyCost of(Scenario s) {
    int[] td = CandidateBuilder.toursAndDays(s);
    PlanSpace.Costs k = s.plan() != null ? s.plan().costs()
        : new PlanSpace.Costs(PlanSpace.DEFAULT_PER_TOUR, PlanSpace.DEFAULT_PER_VEHICLE_DAY,
            PlanSpace.DEFAULT_PER_GUIDE_DAY);
    return new MonthlyCost(td[0], td[1], k.month(td[0], td[1], s.shuttles().vehicles(), s.guides().count()));
  }
}
