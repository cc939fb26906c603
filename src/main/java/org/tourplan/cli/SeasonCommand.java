package org.tourplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import org.tourplan.output.OutputFolder;
import org.tourplan.app.SeasonJob;
import org.tourplan.report.season.SeasonReportWriter;
import org.tourplan.scenario.Scenario;

/** {@code tourplan season FILE}: every month of the file's season with its own timetable, and the lottery. */
@Command(name = "season", mixinStandardHelpOptions = true,
    description = {"Simulates every month of the file's season (docs/contract.md, section 4) with its phase's "
        + "timetable, and the lottery "
        + "across the months; prints visitors per month against the target, safety per phase, and the pool, odds "
        + "and draws to win; writes OUT/<name>/season/index.html (charts) and season.json.",
        "Exit codes: 0 ran, 2 bad input or usage (a file without season included)."})
final class SeasonCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file with a season (.yaml, .yml, .json).")
  Path file;

  @CommandLine.Mixin
  RunOptions run;

  @CommandLine.Mixin
  ClusterOptions where;

  @CommandLine.Mixin
  JsonOption json;

  @CommandLine.Mixin
  OutOption out;

  @CommandLine.Mixin
  PdfOption pdf;

  @CommandLine.Mixin
  ProgressOption progress;

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
    if (scenario.season() == null) {
      throw new UserError(Text.safe(file.toString()) + " has no season: add season: { from: \"YYYY-MM\", to: "
          + "\"YYYY-MM\" } (and phases) to simulate several months; see docs/scenario-format.md");
    }
    OutputFolder folder = SeasonReportWriter.folder(scenario.name(), out.out);
    json.check(cl, where.inputs(file), folder);
    Outputs.checkFolder(folder, where.inputs(file));
    scenario = run.apply(scenario);
    int t = run.threads();
    SeasonJob job;
    Path pdfFile;
    try (StepsProgress steps = progress.open("Season", pdf.steps())) {
      try {
        job = SeasonJob.run(new SeasonJob.Request(scenario, where.where(t), json.json, folder), steps);
      } catch (IOException e) {
        throw Outputs.failed(folder, e);
      }
      pdfFile = pdf.write(steps, job.index().getParent());
    } // the bar goes before the answer is printed, so it cannot garble it
    PrintWriter o = cl.getOut();
    SeasonPrinter.print(job.results(), scenario, o, t, job.seconds());
    json.printWritten(o, job.json());
    o.println("Report: " + Text.safe(job.index().toString()));
    if (pdfFile != null) {
      o.println("PDF: " + Text.safe(pdfFile.toString()));
    }
    return 0;
  }
}
