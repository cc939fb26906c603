package org.tourplan.safety;

import org.tourplan.run.Compiler;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.scenario.Scenario;
import org.tourplan.tour.TourSetup;

/**
 * A scenario simulated and judged: the building block of the {@code check}, {@code report} and {@code plan} use cases
 * (in {@code app}), which decide where its months run.
 *
 * @param scenario the scenario as run
 * @param results  its months, summarised
 * @param safety   its limits judged and explained
 */
public record Assessment(Scenario scenario, Results results, SafetyReport safety) {
  /** Simulates {@code scenario.replications()} months on {@code threads} threads and judges its limits. */
  public static Assessment of(Scenario scenario, int threads) {
    try (MonthExecutor local = new LocalExecutor(threads)) {
      return of(scenario, new Compiler().compile(scenario), local);
    }
  }

  /** Simulates the compiled scenario's months on an executor (local threads or a cluster) and judges its limits. */
  public static Assessment of(TourSetup setup, MonthExecutor executor) {
    return of(setup.scenario(), setup, executor);
  }

  /**
   * Simulates {@code scenario.replications()} months of its compiled form {@code setup} (compiled from it, or from
   * the same scenario with another replication count) and judges its limits on the same setup.
   */
  public static Assessment of(Scenario scenario, TourSetup setup, MonthExecutor executor) {
    Results results = Runner.simulate(setup, scenario.replications(), executor);
    return new Assessment(scenario, results, SafetyAnalysis.analyse(setup, results));
  }

  /** Judges the limits of results that {@code scenario} produced (wherever its months ran). */
  public static Assessment of(Scenario scenario, Results results) {
    return new Assessment(scenario, results, SafetyAnalysis.analyse(scenario, results));
  }
}
