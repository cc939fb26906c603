package org.tourplan.plan;

import java.util.List;
import org.tourplan.scenario.Scenario;

/**
 * The planner's answer as plain data: the recommendation, the runners-up, the frontier, why each cheaper
 * candidate was rejected, what the search cost, and, when nothing is feasible, why.
 *
 * @param base            the scenario planned (its own schedule is the "current" one)
 * @param recommended     the cheapest feasible candidate whose chance constraint the confirmation accepted, or null
 * @param scenario        the recommended candidate as a complete scenario (replications = maxReplications, what
 *                        {@code simulate} of it runs), or null
 * @param current         the base file's own timetable judged the same way
 * @param runnersUp       the next candidates by cost that passed the screening (not confirmed; at most three)
 * @param frontier        candidates no other beats on both cost and P(target), cheapest first
 * @param rejectedCheaper every candidate cheaper than the recommendation, cheapest first, with its reason (empty
 *                        without a recommendation: nothing to be cheaper than)
 * @param evaluated       every candidate the search looked at, in the order it did
 * @param effort          what the search did
 * @param volumes         the target of every (tours, group) combination of the space: fleets, guides and start times
 *                        never change visitors, so this is the whole picture of what each timetable can reach
 * @param tied            the other feasible candidates that cost exactly as much as the recommendation, in the
 *                        order of {@link Preference} (empty: no tie)
 * @param tieBrokenBy     why the recommendation comes before the first of them ("more visitors", ...), or null
 * @param unconfirmed     candidates the screening passed whose confirmation on fresh months rejected them or stayed
 *                        undecided, in the order they were tried (each cheaper than, or preferred to, the
 *                        recommendation)
 * @param diagnosis       why nothing is feasible, or null when something is
 */
public record PlanResult(Scenario base, Evaluation recommended, Scenario scenario,
                         Evaluation current, List<Evaluation> runnersUp, List<Evaluation> frontier,
                         List<Evaluation> rejectedCheaper, List<Evaluation> evaluated, Effort effort,
                         List<Volume> volumes, List<Evaluation> tied, String tieBrokenBy,
                         List<Evaluation> unconfirmed, Diagnosis diagnosis) {

  /**
   * What the search did, counted.
   *
   * @param candidates    candidates in the space: every frame times every list of start times its classes of day
   *                      may have (a double: designed spaces are astronomically large)
   * @param frames        frames (counts, group, fleet, guides) in the space
   * @param examined      frames the search judged
   * @param lists         lists of start times judged on simulated days
   * @param days          days simulated to judge them
   * @param fullMonths    months simulated in full (the confirmation, and the first months of both timetables)
   * @param confirmMonths of those, fresh months of confirmations
   * @param countedMonths months whose visitors were counted from check-in draws only
   * @param gridMonths    months an exhaustive search would simulate in full: candidates x the clean months of a
   *                      confirmation's first accepting look
   */
  public record Effort(double candidates, long frames, long examined, long lists, long days, long fullMonths,
                       long confirmMonths, long countedMonths, double gridMonths) { }

  /**
   * What one timetable and group reach, whatever the fleet, guides and start times.
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
