package org.tourplan.safety;

import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.scenario.Scenario;

/**
 * A scenario simulated and judged: the use case behind {@code check}, {@code report} and the plan's reports.
 *
 * @param scenario the scenario as run
 * @param results  its months, summarised
 * @param safety   its limits judged and explained
 */
public record Assessment(Scenario scenario, Results results, SafetyReport safety) {
  /** Simulates {@code scenario.replications()} months on {@code threads} threads and judges its limits. */
  public static Assessment of(Scenario scenario, int threads) {
    return of(scenario, Runner.simulate(scenario, threads, null));
  }

  /** Judges the limits of results that {@code scenario} produced (wherever its months ran). */
  public static Assessment of(Scenario scenario, Results results) {
    return new Assessment(scenario, results, SafetyAnalysis.analyse(scenario, results));
  }
}
