package org.tourplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.tourplan.output.OutputFolder;
import org.tourplan.report.results.SeasonJson;
import org.tourplan.report.season.SeasonReportWriter;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.SeasonRunner;
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

  @Option(names = "--json", paramLabel = "OUT",
      description = "Also write the season results file (docs/contract.md, section 4.3) here.")
  Path json;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder that receives the season report folder "
      + "(default: ${DEFAULT-VALUE}).", defaultValue = "reports")
  Path out;

  @Option(names = "--pdf", description = "Also write report.pdf next to the season's index.html: the same page laid "
      + "out on A4 pages, one file to send.")
  boolean pdf;

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
    if (scenario.season() == null) {
      throw new UserError(Text.safe(file.toString()) + " has no season: add season: { from: \"YYYY-MM\", to: "
          + "\"YYYY-MM\" } (and phases) to simulate several months; see docs/scenario-format.md");
    }
    OutputFolder folder = SeasonReportWriter.folder(scenario.name(), out);
    Outputs.checkJson(cl, json, where.inputs(file), folder);
    Outputs.checkFolder(folder, where.inputs(file));
    scenario = run.apply(scenario);
    int t = run.threads();
    PrintWriter o = cl.getOut();
    try (Steps steps = Steps.of("Season", 2 + (pdf ? 1 : 0), false)) {
      steps.next("simulating " + scenario.season().months().size() + " months and the lottery");
      long started = System.nanoTime();
      SeasonResults results;
      try (MonthExecutor executor = where.open(t)) {
        results = SeasonRunner.run(scenario, executor, t);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      steps.next("writing the season report");
      Path index;
      try {
        if (json != null) {
          SeasonJson.write(results, json);
        }
      } catch (IOException e) {
        throw new UserError("cannot write " + Text.safe(json.toString()) + ": " + OutputFolder.reason(e));
      }
      try {
        index = SeasonReportWriter.write(scenario, results, folder);
      } catch (IOException e) {
        throw new UserError(Text.safe(Outputs.message(folder, e)));
      }
      Path pdfFile = null;
      if (pdf) {
        steps.next("laying out report.pdf");
        pdfFile = Pdf.write(index.getParent());
      }
      steps.close(); // the bar goes before the answer is printed, so it cannot garble it
      SeasonPrinter.print(results, scenario, o, t, seconds);
      if (json != null) {
        o.println("Results file: " + Text.safe(json.toString()));
      }
      o.println("Report: " + Text.safe(index.toString()));
      if (pdfFile != null) {
        o.println("PDF: " + Text.safe(pdfFile.toString()));
      }
    }
    return 0;
  }
}
