package org.tourplan.plan;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.tourplan.run.SequentialTest;

/**
 * What the planner found out about one candidate. Estimates are null where the search did not need them (a
 * candidate rejected by a bound is never simulated).
 *
 * @param candidate    the candidate (with its designed start times once screened)
 * @param cost         its cost over the plan's months (one month: the month's cost)
 * @param tours        tours scheduled in the (first) month
 * @param days         days with tours in the (first) month
 * @param status       the verdict
 * @param reason       the verdict in plain words
 * @param target       the target estimate of the month that reaches it least often, or null
 * @param safety       limits over the first maxReplications months simulated in full (what {@code simulate} runs),
 *                     or null when they were not simulated
 * @param failures     every check the candidate fails, in plain words; empty when it is feasible
 * @param confirmation the chance constraint tested on fresh months, or null when it was not tested
 * @param screening    the start times' screening on simulated days, or null when the start times were not judged
 */
public record Evaluation(Candidate candidate, double cost, int tours, int days, Status status, String reason,
                         TargetEstimate target, SafetyEstimate safety, List<String> failures,
                         Confirmation confirmation, Screening screening) {

  /** A verdict whose only failure, if any, is its reason. */
  public Evaluation(Candidate candidate, double cost, int tours, int days, Status status, String reason,
                    TargetEstimate target, SafetyEstimate safety) {
    this(candidate, cost, tours, days, status, reason, target, safety,
        status == Status.FEASIBLE ? List.of() : List.of(reason), null, null);
  }

  /** The same verdict with every failing check listed. */
  Evaluation withFailures(List<String> all) {
    return new Evaluation(candidate, cost, tours, days, status, reason, target, safety, List.copyOf(all),
        confirmation, screening);
  }

  /** The same evaluation with limits over the first months simulated in full. */
  Evaluation withSafety(SafetyEstimate s) {
    return new Evaluation(candidate, cost, tours, days, status, reason, target, s, failures, confirmation,
        screening);
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
   * The chance constraint "a month breaches a limit with probability at most breachBound" tested on months the
   * search never used (replications {@code first} to {@code first + months - 1}) by {@link SequentialTest}.
   *
   * @param first          first replication used
   * @param months         fresh months simulated
   * @param monthsBreached those breaching any limit
   * @param byLimit        months breaching each limit that was breached
   * @param estimate       monthsBreached / months
   * @param low            exact two-sided 95% interval of the breach probability (Clopper-Pearson)
   * @param high           its high end
   * @param bound          the plan's breachBound
   * @param outcome        ACCEPT (at most the bound), REJECT (above it) or UNDECIDED (the cap came first)
   * @param look           the look the test stopped at (1-based) and
   * @param looks          how many it has
   */
  public record Confirmation(int first, int months, int monthsBreached, Map<String, Integer> byLimit,
                             double estimate, double low, double high, double bound,
                             SequentialTest.Outcome outcome, int look, int looks) {
    /** Whether the test accepted. */
    public boolean passed() {
      return outcome == SequentialTest.Outcome.ACCEPT;
    }
  }

  /**
   * What the simulated days said about a candidate's start times: one row per kind of day of the month (dates with
   * the same tours), and the month's breach probability that follows, 1 - prod over kinds (1 - p_kind)^dates.
   *
   * @param kinds   the kinds of day, in the order of their first date
   * @param breach  the month's estimated breach probability from the days (limits other than turnedAway)
   * @param low     its lower end from each kind's 97.5% lower bound
   * @param high    its upper end from each kind's 97.5% upper bound
   */
  public record Screening(List<DayKind> kinds, double breach, double low, double high) { }

  /**
   * One kind of day.
   *
   * @param name      "Mon-Fri", "Sat, Sun", "2025-07-14" ...
   * @param starts    its tours' start times
   * @param dates     dates of the (first) month of this kind
   * @param days      days simulated
   * @param breached  days breaching a limit
   * @param byLimit   days breaching each limit
   * @param designed  whether the planner designed these starts (false: spread evenly, or as the file has them)
   * @param ruledOut  starts of the grid left out unsimulated, each with the reason (designed kinds only)
   * @param lists     lists of start times judged for it
   */
  public record DayKind(String name, List<LocalTime> starts, int dates, int days, int breached,
                        Map<String, Integer> byLimit, boolean designed, Map<LocalTime, String> ruledOut,
                        int lists) { }

  /** A candidate's verdict. */
  public enum Status {
    /** Reaches the target with the stated confidence and breaches no limit beyond the tolerance. */
    FEASIBLE,
    /** Cannot reach the target even with every tour full (no simulation needed). */
    TARGET_UNREACHABLE,
    /** Months reach the target less often than the confidence asks. */
    TARGET_MISSED,
    /** Some admissible group could never be served (contract 2.5): too few guides or vehicles. */
    UNSERVABLE,
    /** Breaches a limit with a probability above the bound. */
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
   * @param probabilityAtReplications share of those first months reaching the target (contract 2.7's targetMet
   *                      compares this with the confidence)
   * @param turnedAwayMonths months, of the {@code months} counted, turning away more persons than
   *                      {@code limits.turnedAway} (0 without that limit)
   */
  public record TargetEstimate(int months, int monthsMet, double probability, double low, double high,
                               double visitorsMean, double visitorsLow, double visitorsHigh, double placesMean,
                               double turnedAwayMean, int replications, double probabilityAtReplications,
                               int turnedAwayMonths) { }

  /**
   * Limits over the months simulated in full.
   *
   * @param months         months simulated
   * @param monthsBreached months breaching any limit
   * @param byLimit        months breaching each limit that was breached, in contract order
   * @param low            95% Wilson interval of the probability that a month breaches any limit
   * @param high           high end
   */
  public record SafetyEstimate(int months, int monthsBreached, Map<String, Integer> byLimit, double low,
                               double high) { }
}
