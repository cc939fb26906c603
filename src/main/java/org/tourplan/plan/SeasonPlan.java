package org.tourplan.plan;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.tourplan.run.WaitingCheck;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;

/**
 * The season planner's answer as plain data: the season's group, fleet and guides, each unit's timetable (a phase's,
 * or the top-level schedule's) with every month's cost, tours, places, target and confirmation, the waiting goal,
 * what the search did, and, when no season works, why.
 *
 * @param base        the file planned (its own timetables are the current ones)
 * @param scenario    the recommended season as a complete scenario file's model (replications = maxReplications,
 *                    what {@code tourplan season} of it runs), or null
 * @param alpha       each error of each month's confirmation: 5% split evenly over the season's months
 * @param units       every unit, in the order of its first month
 * @param cost        the season's cost (NaN without a recommendation)
 * @param currentCost the file's own season's cost
 * @param waiting     the waiting goal judged on the recommendation's places, or null (no goal or no answer)
 * @param effort      what the search did
 * @param infeasible  why no season works, or null
 */
public record SeasonPlan(Scenario base, Scenario scenario, double alpha, List<UnitPlan> units, double cost,
                         double currentCost, WaitingCheck waiting, Effort effort, Infeasible infeasible) {

  /** Copies. */
  public SeasonPlan {
    units = List.copyOf(units);
  }

  /** Whether a season was recommended. */
  public boolean planned() {
    return scenario != null;
  }

  /**
   * A phase's (or the top-level schedule's) months and the timetable chosen for them.
   *
   * @param phase     index of the phase in the file, or -1 for the months of the top-level schedule
   * @param label     "2025-01 to 2025-06", "2025-07 to 2025-12 (top-level schedule)"
   * @param target    the target of its months
   * @param chosen    the chosen timetable, confirmed (null without a recommendation)
   * @param current   the file's own timetable of these months
   * @param unchanged whether the chosen weekly timetable (counts and start times) is the file's own
   * @param months    every month of the unit
   * @param judged    candidates of the unit judged, and how many failed each check (by status)
   * @param rejected  of those, how many each status stopped
   * @param diagnosis the month planner's diagnosis of this unit when no timetable of it works, else null
   */
  public record UnitPlan(int phase, String label, Target target, Evaluation chosen, Candidate current,
                         boolean unchanged, List<MonthPlan> months, long judged,
                         Map<Evaluation.Status, Long> rejected, Diagnosis diagnosis) {
    /** Copies. */
    public UnitPlan {
      months = List.copyOf(months);
      rejected = Map.copyOf(rejected);
    }
  }

  /**
   * One month of the season.
   *
   * @param month        the calendar month
   * @param tours        the chosen timetable's tours in it
   * @param days         its days with tours
   * @param cost         its cost
   * @param places       places the lottery draws: tours x (group size + overbooking)
   * @param target       its target counted from check-in draws (the first maxReplications months are those
   *                     {@code tourplan season} simulates)
   * @param confirmation its chance constraint tested on its own fresh months
   * @param currentTours the file's own timetable's tours in it
   * @param currentCost  and its cost
   */
  public record MonthPlan(YearMonth month, int tours, int days, double cost, long places,
                          Evaluation.TargetEstimate target, Evaluation.Confirmation confirmation, int currentTours,
                          double currentCost) { }

  /**
   * What the search did, counted.
   *
   * @param candidates    timetables of every unit in the space (frames, and each unit's own)
   * @param judged        of those, judged (screened; a frame is judged once, whatever seasons it is part of)
   * @param seasons       seasons whose every timetable passed the screening, taken in order of cost
   * @param goalRejected  of those, rejected by the waiting goal
   * @param lotteryRuns   lottery runs of the goal (one per vector of places)
   * @param lists         lists of start times judged on simulated days
   * @param days          days simulated to judge them
   * @param fullMonths    months simulated in full (confirmations)
   * @param countedMonths months whose visitors were counted from check-in draws only
   */
  public record Effort(long candidates, long judged, long seasons, long goalRejected, long lotteryRuns, long lists,
                       long days, long fullMonths, long countedMonths) { }

  /**
   * Why no season works.
   *
   * @param kind    "phase" (a unit has no timetable that works alone: its diagnosis says why), "waiting" (the
   *                goal holds for no season), "resources" (every unit works, but with no one group, fleet and guides
   *                together), "confirmation" (every season that passed the screening failed on fresh months) or
   *                "cut" (the search stopped at its cap)
   * @param binding the reasons, most important first
   * @param fixes   the changes that would fix it, each worked out
   * @param closest the waiting goal judged on the season closest to it (kind "waiting"), or null
   */
  public record Infeasible(String kind, List<String> binding, List<String> fixes, WaitingCheck closest) {
    /** Copies. */
    public Infeasible {
      binding = List.copyOf(binding);
      fixes = List.copyOf(fixes);
    }
  }
}
