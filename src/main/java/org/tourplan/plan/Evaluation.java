package org.tourplan.plan;

import java.util.List;
import java.util.Map;

/**
 * What the planner found out about one candidate. Estimates are null where the search did not need them (a
 * candidate rejected by a bound is never simulated).
 *
 * @param candidate the candidate
 * @param cost      its month's cost
 * @param tours     tours scheduled in the month
 * @param days      days with tours
 * @param status    the verdict
 * @param reason    the verdict in plain words
 * @param target    the target estimate, or null
 * @param safety    the safety estimate, or null
 * @param failures  every check the candidate fails, in plain words (target, servability, each limit); empty when
 *                  it is feasible
 * @param confirmation the recommendation's confirmation on fresh months, or null for any other candidate
 */
public record Evaluation(Candidate candidate, double cost, int tours, int days, Status status, String reason,
                         TargetEstimate target, SafetyEstimate safety, List<String> failures,
                         Confirmation confirmation) {

  /** A verdict whose only failure, if any, is its reason. */
  public Evaluation(Candidate candidate, double cost, int tours, int days, Status status, String reason,
                    TargetEstimate target, SafetyEstimate safety) {
    this(candidate, cost, tours, days, status, reason, target, safety,
        status == Status.FEASIBLE ? List.of() : List.of(reason), null);
  }

  /** The same verdict with every failing check listed. */
  Evaluation withFailures(List<String> all) {
    return new Evaluation(candidate, cost, tours, days, status, reason, target, safety, List.copyOf(all),
        confirmation);
  }

  /** Mean visitors a month (NaN when the target was not counted). */
  public double visitorsMean() {
    return target == null ? Double.NaN : target.visitorsMean();
  }

  /** Mean persons turned away at check-in a month (NaN when not counted). */
  public double turnedAwayMean() {
    return target == null ? Double.NaN : target.turnedAwayMean();
  }

  /**
   * The recommendation's safety checked again on months the search never simulated (replications {@code first} to
   * {@code first + months - 1}), until the exact one-sided 95% upper bound (Clopper-Pearson) of its breach
   * probability is at most the plan's breachBound.
   *
   * @param first          first replication index used
   * @param months         fresh months simulated
   * @param monthsBreached those breaching any limit
   * @param byLimit        months breaching each limit that was breached
   * @param upper          the one-sided 95% upper bound of the breach probability (Clopper-Pearson)
   * @param bound          the plan's breachBound
   * @param passed         whether the upper bound reached the bound without a breach beyond the tolerance
   */
  public record Confirmation(int first, int months, int monthsBreached, Map<String, Integer> byLimit, double upper,
                             double bound, boolean passed) { }

  /** A candidate's verdict. */
  public enum Status {
    /** Reaches the target with the stated confidence and breaches no limit beyond the tolerance. */
    FEASIBLE,
    /** Cannot reach the target even with every tour full (no simulation needed). */
    TARGET_UNREACHABLE,
    /** Months reach the target less often than the confidence asks. */
    TARGET_MISSED,
    /** Some admissible group could never be served (spec 2.5): too few guides or vehicles. */
    UNSERVABLE,
    /** Breaches a limit in more months than the tolerance allows. */
    LIMIT_BREACHED,
    /** The replication cap was reached with the interval still straddling a threshold. */
    UNDECIDED
  }

  /** Whether the planner may recommend it. */
  public boolean feasible() {
    return status == Status.FEASIBLE;
  }

  /**
   * Visitors and the target over the months counted (exact: from check-in draws, see VisitorCounter).
   *
   * @param months        months counted
   * @param monthsMet     months reaching the target
   * @param probability   monthsMet / months
   * @param low           95% Wilson interval of the probability
   * @param high          high end
   * @param visitorsMean  mean visitors (persons) a month over the first {@code replications} months (what {@code
   *                      simulate} shows for the same file and seed, however many months the probability needed)
   * @param visitorsLow   95% Student-t interval of the mean
   * @param visitorsHigh  high end
   * @param placesMean    mean places (parties) a month over the same months
   * @param turnedAwayMean mean persons turned away at check-in a month over the same months
   * @param replications  the scenario's own month count (maxReplications): what {@code simulate} would run
   * @param probabilityAtReplications share of those first months reaching the target (spec 2.7's targetMet
   *                      compares this with the confidence)
   */
  public record TargetEstimate(int months, int monthsMet, double probability, double low, double high,
                               double visitorsMean, double visitorsLow, double visitorsHigh, double placesMean,
                               double turnedAwayMean, int replications, double probabilityAtReplications) { }

  /**
   * Limits over the months simulated in full.
   *
   * @param months         months simulated
   * @param monthsBreached months breaching any limit
   * @param byLimit        months breaching each limit that was breached, in spec order
   * @param low            95% Wilson interval of the probability that a month breaches any limit
   * @param high           high end
   */
  public record SafetyEstimate(int months, int monthsBreached, Map<String, Integer> byLimit, double low,
                               double high) { }
}
