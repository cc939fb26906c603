package org.tourplan.app;

import java.io.IOException;
import java.nio.file.Path;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.month.ReportWriter;
import org.tourplan.report.month.ShuttleSection;
import org.tourplan.run.Compiler;
import org.tourplan.run.ModeComparison;
import org.tourplan.run.MonthExecutor;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.roster.FleetPlan;
import org.tourplan.shuttle.ShuttlePlanner;
import org.tourplan.tour.TourSetup;

/**
 * The {@code report} use case: the scenario compiled once, simulated and judged, the Shuttles section's rosters and
 * three-mode comparison when asked (or when the file's shuttle mode is planned), and the report folder written.
 *
 * @param assessment the scenario simulated and judged
 * @param shuttles   the Shuttles section's data, or null when it was not made
 * @param index      the report's index.html
 */
public record ReportJob(Assessment assessment, ShuttleSection shuttles, Path index) {

  /**
   * What to report.
   *
   * @param scenario the scenario, with the command line's seed and months applied
   * @param shuttles whether the Shuttles section was asked for (it is made anyway in planned mode)
   * @param where    where the months run
   * @param folder   the report folder to write
   */
  public record Request(Scenario scenario, boolean shuttles, Where where, OutputFolder folder) {
  }

  /**
   * Runs the request on its own executor: see {@link #run(Scenario, boolean, MonthExecutor, OutputFolder, Progress)}.
   *
   * @throws IOException when the report folder cannot be written
   */
  public static ReportJob run(Request r, Progress progress) throws IOException {
    try (MonthExecutor executor = r.where().open()) {
      return run(r.scenario(), r.shuttles(), executor, r.folder(), progress);
    }
  }

  /** Whether the report has a Shuttles section: asked for, or the file's shuttle mode is planned. */
  public static boolean withShuttles(Scenario s, boolean asked) {
    return asked || s.shuttles().mode() == Shuttles.Mode.PLANNED;
  }

  /**
   * Simulates and judges {@code s}, makes the Shuttles section when {@link #withShuttles} says so, and writes the
   * report into {@code folder}; tells {@code progress} the number of steps, then each step.
   *
   * @throws IOException when the report folder cannot be written
   */
  public static ReportJob run(Scenario s, boolean shuttles, MonthExecutor executor, OutputFolder folder,
                              Progress progress) throws IOException {
    boolean with = withShuttles(s, shuttles);
    progress.steps(2 + (with ? 2 : 0));
    progress.step("simulating " + s.replications() + " months");
    TourSetup setup = new Compiler().compile(s);
    Assessment a = Assessment.of(s, setup, executor);
    ShuttleSection section = with ? section(a, setup, executor, progress) : null;
    progress.step("writing the page and its charts");
    Path index = new ReportWriter().write(a.scenario(), a.results(), a.safety(), section, folder);
    return new ReportJob(a, section, index);
  }

  /**
   * The shuttle section's data: the file's fleet's rosters (in planned mode, those the run followed), then the
   * smallest fleets and the three-mode runs, whose planned-mode run follows the same rosters.
   */
  private static ShuttleSection section(Assessment a, TourSetup setup, MonthExecutor executor, Progress progress) {
    Scenario s = a.scenario();
    progress.step("planning shuttles with jsprit");
    FleetPlan own = setup.plan() != null ? setup.plan() : ShuttlePlanner.forFleet(s, s.shuttles().vehicles());
    FleetPlan smallest = ShuttlePlanner.smallestFleets(s);
    progress.step("simulating the three shuttle modes");
    return new ShuttleSection(own, smallest, ModeComparison.of(s, executor, a.results(), own));
  }
}
