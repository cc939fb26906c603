package org.tourplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.tourplan.report.OutputFolder;
import org.tourplan.report.ReportWriter;
import org.tourplan.report.ShuttleSection;
import org.tourplan.run.ModeComparison;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.shuttle.FleetPlan;
import org.tourplan.shuttle.ShuttlePlanner;

/** {@code tourplan report FILE}: the management report, an HTML page with charts, in its own folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Simulates the scenario and writes a management report: OUT/<name>/report/index.html (target, "
        + "safety verdict, bottleneck, charts, limits and inputs) with its PNG charts, results.json and tours.csv. "
        + "<name> is a safe slug of the scenario's name; an earlier report of the same scenario there is replaced "
        + "only when the new one is complete, and nothing else ever is (not a plan, not a folder tourplan did not "
        + "write, not an input file). With --shuttles (on by itself when the file's shuttle mode is planned) the "
        + "report also has a Shuttles section: the jsprit vehicle rosters of the representative day, the fleet "
        + "needed by day of week and the dedicated/pooled/planned comparison (three more simulations).",
        "Exit codes: 0 written, 2 bad input or usage (or the report could not be written)."})
final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder that receives the report folder "
      + "(default: ${DEFAULT-VALUE}).", defaultValue = "reports")
  Path out;

  @Option(names = "--shuttles", description = "Add the Shuttles section: vehicle rosters of the representative day "
      + "with the file's fleet, vehicles needed by day of week, and the three shuttle modes compared. Slower (jsprit "
      + "solves and three more simulations); on automatically when the file's shuttle mode is planned.")
  boolean shuttles;

  @CommandLine.Mixin
  RunOptions run;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    run.check(cl);
    Outputs.checkOut(cl, out);
    Scenario scenario = Scenarios.load(file, cl.getErr());
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    OutputFolder folder = OutputFolder.report(out, scenario.name());
    Outputs.checkFolder(folder, List.of(file));
    Assessment a = Assessment.of(run.apply(scenario), run.threads());
    ShuttleSection shuttleSection = section(a);
    Path index;
    try {
      index = new ReportWriter().write(a.scenario(), a.results(), a.safety(), shuttleSection, folder);
    } catch (IOException e) {
      throw new UserError(Text.safe(Outputs.message(folder, e)));
    }
    cl.getOut().println(Text.safe(index.toString()));
    return 0;
  }

  /**
   * The shuttle section's data when asked for (or the file plans its shuttles), else null: the file's fleet's
   * rosters first (planned-mode simulations reuse them), then the smallest fleets and the three-mode runs.
   */
  private ShuttleSection section(Assessment a) {
    Scenario s = a.scenario();
    if (!shuttles && s.shuttles().mode() != Shuttles.Mode.PLANNED) {
      return null;
    }
    FleetPlan own = ShuttlePlanner.forFleet(s, s.shuttles().vehicles());
    FleetPlan smallest = ShuttlePlanner.smallestFleets(s);
    return new ShuttleSection(own, smallest, ModeComparison.of(s, run.threads(), a.results()));
  }
}
