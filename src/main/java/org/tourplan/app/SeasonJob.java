package org.tourplan.app;

import java.io.IOException;
import java.nio.file.Path;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.results.SeasonJson;
import org.tourplan.report.season.SeasonReportWriter;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.SeasonRunner;
import org.tourplan.scenario.Scenario;

/**
 * The {@code season} use case: every month of the file's season simulated with its own timetable (on
 * {@link SeasonRunner}), the lottery across the months, then the season results file (when asked) and the season
 * report written.
 *
 * @param results the season's months and lottery
 * @param seconds the simulation's wall time (writing excluded)
 * @param json    the results file written, or null
 * @param index   the season page's index.html
 */
public record SeasonJob(SeasonResults results, double seconds, Path json, Path index) {

  /**
   * What to simulate.
   *
   * @param scenario the scenario (with a season), with the command line's seed and months applied
   * @param where    where the months run (the lottery runs on its threads here)
   * @param json     the season results file to write (docs/contract.md, section 4.3), or null
   * @param folder   the season report's folder
   */
  public record Request(Scenario scenario, Where where, Path json, OutputFolder folder) {
  }

  /**
   * Simulates the season and writes its files; tells {@code progress} of its two steps.
   *
   * @throws ResultsFileFailed when the results file cannot be written (the folder is then not written)
   * @throws IOException       when the report folder cannot be written
   */
  public static SeasonJob run(Request r, Progress progress) throws IOException {
    Scenario scenario = r.scenario();
    progress.steps(2);
    progress.step("simulating " + scenario.season().months().size() + " months and the lottery");
    long started = System.nanoTime();
    SeasonResults results;
    try (MonthExecutor executor = r.where().open()) {
      results = SeasonRunner.run(scenario, executor, r.where().threads());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    progress.step("writing the season report");
    ResultsFileFailed.write(r.json(), () -> SeasonJson.write(results, r.json()));
    Path index = SeasonReportWriter.write(scenario, results, r.folder());
    return new SeasonJob(results, seconds, r.json(), index);
  }
}
