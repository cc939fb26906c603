package org.tourplan.app;

import java.io.IOException;
import java.nio.file.Path;
import org.tourplan.report.ReportWriter;
import org.tourplan.report.ShuttleSection;
import org.tourplan.run.Compiler;
import org.tourplan.run.ModeComparison;
import org.tourplan.run.MonthExecutor;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.shuttle.FleetPlan;
import org.tourplan.shuttle.ShuttlePlanner;
import org.tourplan.tour.TourSetup;

/**
 * The {@code report} use case: a scenario compiled once, its months simulated on an executor and judged, the
 * optional shuttle section planned, and the management report written.
 */
public final class ReportJob {
  private ReportJob() {
  }

  /**
   * Simulates, judges and writes the report folder under {@code out}; returns its index page.
   *
   * @param shuttles add the Shuttles section (it is there anyway when the file's shuttle mode is planned)
   * @throws IOException when the report cannot be written (any earlier report stays as it was)
   */
  public static Path run(Scenario scenario, boolean shuttles, MonthExecutor executor, Path out) throws IOException {
    TourSetup setup = new Compiler().compile(scenario);
    Assessment a = Assessment.of(scenario, setup, executor);
    ShuttleSection section = section(a, setup, shuttles, executor);
    return new ReportWriter().write(a.scenario(), a.results(), a.safety(), section, out);
  }

  /**
   * The shuttle section's data when asked for (or the file plans its shuttles), else null: the file's fleet's
   * rosters (in planned mode, those the run followed), the smallest fleets and the three-mode runs, whose
   * planned-mode run follows the same rosters.
   */
  private static ShuttleSection section(Assessment a, TourSetup setup, boolean shuttles, MonthExecutor executor) {
    Scenario s = a.scenario();
    if (!shuttles && s.shuttles().mode() != Shuttles.Mode.PLANNED) {
      return null;
    }
    FleetPlan own = setup.plan() != null ? setup.plan() : ShuttlePlanner.forFleet(s, s.shuttles().vehicles());
    FleetPlan smallest = ShuttlePlanner.smallestFleets(s);
    return new ShuttleSection(own, smallest, ModeComparison.of(s, executor, a.results(), own));
  }
}
