package org.tourplan.plan;

import java.util.List;
import org.tourplan.scenario.Scenario;

/**
 * The planner's answer as plain data: the recommendation, the runners-up, the frontier, why each cheaper
 * candidate was rejected, and what the search cost.
 *
 * @param base            the scenario planned (its own schedule is the "current" one)
 * @param recommended     the cheapest feasible candidate, or null when none is feasible
 * @param scenario        the recommended candidate as a complete scenario (replications = the months its
 *                        safety verdict rests on), or null
 * @param current         the base file's own schedule judged the same way (null when it is not in the space)
 * @param runnersUp       the next feasible candidates by cost (at most three)
 * @param frontier        candidates no other beats on both cost and P(target), cheapest first
 * @param rejectedCheaper every candidate cheaper than the recommendation, cheapest first, with its reason
 * @param evaluated       every candidate the search looked at, in the order it did
 * @param candidates      size of the plan space
 * @param fullMonths      months the search simulated in full (events, queues, limits); the current timetable's
 *                        own evaluation, made for comparison, is not counted
 * @param countedMonths   months whose visitors were counted from check-in draws only
 * @param gridMonths      months an exhaustive grid search would simulate in full: candidates x maxReplications
 * @param volumes         the target of every (tours, group) combination of the space: fleets and guides never
 *                        change visitors, so this is the whole picture of what each timetable can reach
 * @param tied            the other feasible candidates that cost exactly as much as the recommendation, in the
 *                        order of {@link Preference} (empty: no tie)
 * @param tieBrokenBy     why the recommendation comes before the first of them ("more visitors", ...), or null
 * @param unconfirmed     candidates the search found feasible whose confirmation on fresh months failed, in the
 *                        order they were tried (each cheaper than, or preferred to, the recommendation)
 */
public record PlanResult(Scenario base, Evaluation recommended, Scenario scenario, Evaluation current,
                         List<Evaluation> runnersUp, List<Evaluation> frontier, List<Evaluation> rejectedCheaper,
                         List<Evaluation> evaluated, long candidates, long fullMonths, long countedMonths,
                         long gridMonths, List<Volume> volumes, List<Evaluation> tied, String tieBrokenBy,
                         List<Evaluation> unconfirmed) {

  /**
   * What one timetable and group reach, whatever the fleet and guides.
   *
   * @param weekdayTours  tours on each weekday
   * @param weekendTours  tours on each weekend day
   * @param groupSize     places per tour
   * @param overbook      extra places per tour
   * @param toursPerMonth tours scheduled in the month
   * @param target        visitors and the target over the months counted (null: cannot reach it even when full)
   */
  public record Volume(int weekdayTours, int weekendTours, int groupSize, int overbook, int toursPerMonth,
                       Evaluation.TargetEstimate target) { }
}
