package org.tourplan.app;

import java.nio.file.Path;
import org.tourplan.report.results.ResultsJson;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.scenario.Scenario;

/**
 * The {@code simulate} use case: the scenario's months simulated where the request says, summarised, and the
 * results file written when asked.
 *
 * @param results what the months gave
 * @param seconds the simulation's wall time (writing excluded)
 * @param json    the results file written, or null
 */
public record SimulateJob(Results results, double seconds, Path json) {

  /**
   * What to simulate.
   *
   * @param scenario the scenario, with the command line's seed and months applied
   * @param where    where the months run
   * @param json     the results file to write (docs/contract.md, section 3), or null
   */
  public record Request(Scenario scenario, Where where, Path json) {
  }

  /**
   * Simulates and writes the results file.
   *
   * @throws ResultsFileFailed when the results file cannot be written
   */
  public static SimulateJob run(Request r, Progress progress) throws ResultsFileFailed {
    long started = System.nanoTime();
    Results results;
    try (MonthExecutor executor = r.where().open()) {
      results = Runner.simulate(new Compiler().compile(r.scenario()), executor);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    ResultsFileFailed.write(r.json(), () -> ResultsJson.write(results, r.json()));
    return new SimulateJob(results, seconds, r.json());
  }
}
