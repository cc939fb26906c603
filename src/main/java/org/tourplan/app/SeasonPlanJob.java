package org.tourplan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.tourplan.plan.SeasonPlan;
import org.tourplan.plan.SeasonPlanner;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.seasonplan.SeasonPlanWriter;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.SeasonRunner;
import org.tourplan.scenario.Scenario;

/**
 * The {@code plan} use case on a file with a {@code season}: the season planner's search, then the recommended
 * season and the file's own simulated as {@code tourplan season} runs them (every month, its safety, the lottery and
 * the waiting goal), then (when given a folder) the season plan's page, season file and record written.
 *
 * @param plan    the season planner's answer
 * @param chosen  the recommended season as {@code tourplan season} of the written file runs it, or null when
 *                nothing was recommended
 * @param current the file's own season, run the same way (maxReplications months)
 * @param seconds from the start of the search until both seasons were simulated (writing excluded)
 * @param index   the page's index.html, or null when no folder was given
 */
public record SeasonPlanJob(SeasonPlan plan, SeasonResults chosen, SeasonResults current, double seconds,
                            Path index) {

  /**
   * What to plan.
   *
   * @param scenario the file, with a season, a plan space and a target for every month
   * @param where    where the months run (its threads also run the lottery)
   * @param folder   the season plan's folder
   */
  public record Request(Scenario scenario, Where where, OutputFolder folder) {
  }

  /**
   * Plans the season, simulates both seasons and writes the folder, the months running where the request says.
   *
   * @throws IOException when the folder cannot be written
   */
  public static SeasonPlanJob run(Request r, Progress progress) throws IOException {
    try (MonthExecutor executor = r.where().open()) {
      return run(r.scenario(), executor, new Compiler(), r.where().threads(), r.folder(), progress);
    }
  }

  /**
   * Plans the season of {@code scenario} (with a plan space and a target for every month) and simulates both
   * seasons, writing nothing.
   *
   * @param threads the lottery's threads (its results do not depend on them)
   */
  public static SeasonPlanJob run(Scenario scenario, MonthExecutor executor, Compiler compiler, int threads,
                                  Progress progress) {
    try {
      return run(scenario, executor, compiler, threads, null, progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // nothing is written without a folder
    }
  }

  /**
   * Plans the season, simulates both seasons and writes the page, {@code recommended.yaml} and
   * {@code season-plan.json} into {@code folder} (null: nothing written).
   *
   * @param threads  the lottery's threads (its results do not depend on them)
   * @param progress told of each timetable judged, then of the steps; may be null
   * @throws IOException when the folder cannot be written
   */
  public static SeasonPlanJob run(Scenario scenario, MonthExecutor executor, Compiler compiler, int threads,
                                  OutputFolder folder, Progress progress) throws IOException {
    Progress p = progress == null ? Progress.NONE : progress;
    long started = System.nanoTime();
    SeasonPlan plan = SeasonPlanner.plan(scenario, executor, compiler, p::searched);
    p.steps((folder == null ? 1 : 2) + (plan.planned() ? 1 : 0));
    p.step("simulating the file's own season");
    Scenario file = scenario.withRun(scenario.seed(), scenario.plan().maxReplications());
    SeasonResults current = SeasonRunner.run(file, executor, threads);
    SeasonResults chosen = null;
    if (plan.planned()) {
      p.step("simulating the recommended season");
      chosen = SeasonRunner.run(plan.scenario(), executor, threads);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Path index = null;
    if (folder != null) {
      p.step("writing the season plan's page and season file");
      index = SeasonPlanWriter.write(plan, chosen, current, folder);
    }
    return new SeasonPlanJob(plan, chosen, current, seconds, index);
  }
}
