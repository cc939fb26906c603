package org.tourplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.tourplan.app.ReportJob;
import org.tourplan.output.OutputFolder;
import org.tourplan.scenario.Scenario;

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

  @CommandLine.Mixin
  OutOption out;

  @Option(names = "--shuttles", description = "Add the Shuttles section: vehicle rosters of the representative day "
      + "with the file's fleet, vehicles needed by day of week, and the three shuttle modes compared. Slower (jsprit "
      + "solves and three more simulations); on automatically when the file's shuttle mode is planned.")
  boolean shuttles;

  @CommandLine.Mixin
  PdfOption pdf;

  @CommandLine.Mixin
  ProgressOption progress;

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
    out.check(cl);
    Scenario scenario = Scenarios.load(file, cl.getErr());
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    OutputFolder folder = OutputFolder.report(out.out, scenario.name());
    Outputs.checkFolder(folder, where.inputs(file));
    ReportJob job;
    Path pdfFile;
    try (StepsProgress steps = progress.open("Report", pdf.steps())) {
      try {
        job = ReportJob.run(new ReportJob.Request(run.apply(scenario), shuttles, where.where(run.threads()), folder),
            steps);
      } catch (IOException e) {
        throw Outputs.failed(folder, e);
      }
      pdfFile = pdf.write(steps, job.index().getParent());
    }
    cl.getOut().println(Text.safe(job.index().toString()));
    if (pdfFile != null) {
      cl.getOut().println(Text.safe(pdfFile.toString()));
    }
    return 0;
  }
}
