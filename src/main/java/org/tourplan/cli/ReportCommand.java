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
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.tour.TourSetup;
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

  @Option(names = "--pdf", description = "Also write report.pdf next to index.html: the same page laid out on A4 "
      + "pages, one file to send.")
  boolean pdf;

  @CommandLine.Mixin
  RunOptions run;

  @CommandLine.Mixin
  ClusterOptions where;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    run.check(cl);
    where.check(cl);
    Outputs.checkOut(cl, out);
    Scenario scenario = Scenarios.load(file, cl.getErr());
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    OutputFolder folder = OutputFolder.report(out, scenario.name());
    Outputs.checkFolder(folder, List.of(file));
    Scenario s = run.apply(scenario);
    boolean withShuttles = shuttles || s.shuttles().mode() == Shuttles.Mode.PLANNED;
    try (Steps steps = Steps.of("Report", 2 + (withShuttles ? 2 : 0) + (pdf ? 1 : 0), false)) {
      steps.next("simulating " + s.replications() + " months");
      Assessment a;
      ShuttleSection shuttleSection;
      try (MonthExecutor executor = where.open(run.threads())) {
        TourSetup setup = new Compiler().compile(s);
        a = Assessment.of(s, setup, executor);
        shuttleSection = withShuttles ? section(a, setup, executor, steps) : null;
      }
      steps.next("writing the page and its charts");
      Path index;
      try {
        index = new ReportWriter().write(a.scenario(), a.results(), a.safety(), shuttleSection, folder);
      } catch (IOException e) {
        throw new UserError(Text.safe(Outputs.message(folder, e)));
      }
      Path pdfFile = null;
      if (pdf) {
        steps.next("laying out report.pdf");
        pdfFile = Pdf.write(index.getParent());
      }
      steps.close();
      cl.getOut().println(Text.safe(index.toString()));
      if (pdfFile != null) {
        cl.getOut().println(Text.safe(pdfFile.toString()));
      }
    }
    return 0;
  }

  /**
   * The shuttle section's data: the file's fleet's rosters (in planned mode, those the run followed), then the
   * smallest fleets and the three-mode runs, whose planned-mode run follows the same rosters.
   */
  private ShuttleSection section(Assessment a, TourSetup setup, MonthExecutor executor, Steps steps) {
    Scenario s = a.scenario();
    steps.next("planning shuttles with jsprit");
    FleetPlan own = setup.plan() != null ? setup.plan() : ShuttlePlanner.forFleet(s, s.shuttles().vehicles());
    FleetPlan smallest = ShuttlePlanner.smallestFleets(s);
    steps.next("simulating the three shuttle modes");
    return new ShuttleSection(own, smallest, ModeComparison.of(s, executor, a.results(), own));
  }
}
