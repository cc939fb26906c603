package org.tourplan.run;

import java.time.YearMonth;
import java.util.List;
import org.tourplan.scenario.Target;
import org.tourplan.verdict.LimitRule;

/**
 * Everything a run of replications produced, as plain data (contract 2.7 and section 3): what checks, planners and
 * report writers read. Per-month values are kept so later stages can pick months or recompute without rerunning.
 *
 * @param scenario     the scenario's name (untrusted text)
 * @param month        the month simulated
 * @param seed         base seed
 * @param replications months simulated
 * @param metrics      every metric in contract 2.6 order
 * @param target       target result, or null when the scenario has no target
 * @param breaches     one entry per limit of the scenario, in contract order
 * @param demand       lottery odds, or null when the scenario has no demand
 * @param lottery      the lottery of the month (contract 4.2 with H = 1), or null when the scenario has no demand
 */
public record Results(String scenario, YearMonth month, long seed, int replications, List<MetricResult> metrics,
                      TargetResult target, List<BreachResult> breaches, DemandResult demand,
                      LotteryResult lottery) {

  /** Results without a lottery. */
  public Results(String scenario, YearMonth month, long seed, int replications, List<MetricResult> metrics,
                 TargetResult target, List<BreachResult> breaches, DemandResult demand) {
    this(scenario, month, seed, replications, metrics, target, breaches, demand, null);
  }

  /** The metric at a path (segments), or null. */
  public MetricResult metric(String... path) {
    List<String> wanted = List.of(path);
    for (MetricResult m : metrics) {
      if (m.path().equals(wanted)) {
        return m;
      }
    }
    return null;
  }

  /**
   * One metric: its path under {@code metrics}, its summary and the value of each month (NaN: none).
   */
  public record MetricResult(List<String> path, Summary summary, double[] values) {
    /** The path joined with dots. */
    public String dotted() {
      return String.join(".", path);
    }
  }

  /**
   * The target's outcome.
   *
   * @param goal        the target as written
   * @param unit        persons or parties
   * @param confidence  required probability
   * @param monthsMet   months that reached the goal
   * @param probability share of months that reached it
   * @param met         probability >= confidence
   */
  public record TargetResult(double goal, Target.Unit unit, double confidence, int monthsMet, double probability,
                             boolean met) { }

  /**
   * A limit's outcome over the months.
   *
   * @param rule           how a month breaches it
   * @param monthsBreached months in which it was breached
   * @param probability    share of months breaching it
   */
  public record BreachResult(LimitRule rule, int monthsBreached, double probability) { }

  /**
   * Lottery odds (contract 2.7): scheduled tours x group.size / applicationsPerMonth, not capped.
   *
   * @param applicationsPerMonth applications as written
   * @param scheduledTours       tours in the calendar
   * @param winProbability       chance that one application wins a place
   */
  public record DemandResult(double applicationsPerMonth, int scheduledTours, double winProbability) { }
}
