package org.tourplan.app;

import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.Scenario;

/** The {@code check} use case: the scenario's months simulated where the request says, and every limit judged. */
public final class CheckJob {
  private CheckJob() {
  }

  /**
   * What to check.
   *
   * @param scenario the scenario, with the command line's seed and months applied
   * @param where    where the months run
   */
  public record Request(Scenario scenario, Where where) {
  }

  /** Simulates and judges: the scenario, its results and its safety report (a breach is exit 1 of the command). */
  public static Assessment run(Request r, Progress progress) {
    try (MonthExecutor executor = r.where().open()) {
      return Assessment.of(new Compiler().compile(r.scenario()), executor);
    }
  }
}
