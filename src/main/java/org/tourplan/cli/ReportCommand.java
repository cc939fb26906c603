package org.tourplan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.tourplan.report.ReportWriter;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.Scenario;

/** {@code tourplan report FILE}: the management report, an HTML page with charts, in its own folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Simulates the scenario and writes a management report: OUT/<name>/index.html (target, safety "
        + "verdict, bottleneck, charts, limits and inputs) with its PNG charts, results.json and tours.csv. "
        + "The folder name is a safe slug of the scenario's name; an earlier report there is replaced only when "
        + "the new one is complete.",
        "Exit codes: 0 written, 2 bad input or usage (or the report could not be written)."})
final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder that receives the report folder "
      + "(default: ${DEFAULT-VALUE}).", defaultValue = "reports")
  Path out;

  @CommandLine.Mixin
  RunOptions run;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    run.check(cl);
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new CommandLine.ParameterException(cl, "--out " + Text.safe(out.toString())
          + " is a file; give a folder");
    }
    Scenario scenario = Scenarios.load(file, cl.getErr());
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    Assessment a = Assessment.of(run.apply(scenario), run.threads());
    Path index;
    try {
      index = new ReportWriter().write(a.scenario(), a.results(), a.safety(), out);
    } catch (IOException e) {
      throw new UserError("cannot write the report under " + Text.safe(out.toString()) + ": " + e
          + "; any earlier report there is unchanged");
    }
    cl.getOut().println(Text.safe(index.toString()));
    return 0;
  }
}
