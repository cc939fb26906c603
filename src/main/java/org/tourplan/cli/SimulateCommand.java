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
import org.tourplan.report.results.ResultsJson;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.scenario.Scenario;

/** {@code tourplan simulate FILE}: runs the replications and prints what a planner needs to know. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Simulates the scenario's month many times and prints the target, visitors, limits and waits.",
        "Exit codes: 0 ran, 2 bad input or usage."})
final class SimulateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @CommandLine.Mixin
  RunOptions run;

  @CommandLine.Mixin
  ClusterOptions where;

  @Option(names = "--json", paramLabel = "OUT",
      description = "Also write the results file (docs/contract.md, section 3).")
  Path json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    run.check(cl);
    where.check(cl);
    Outputs.checkJson(cl, json, where.inputs(file), null);
    Scenario scenario = Scenarios.load(file, cl.getErr());
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    scenario = run.apply(scenario);
    int t = run.threads();
    long started = System.nanoTime();
    Results results;
    try (MonthExecutor executor = where.open(t)) {
      results = Runner.simulate(new Compiler().compile(scenario), executor);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    PrintWriter out = cl.getOut();
    SummaryPrinter.print(results, scenario, out, t, seconds);
    if (json != null) {
      try {
        ResultsJson.write(results, json);
      } catch (IOException e) {
        throw new UserError("cannot write " + Text.safe(json.toString()) + ": " + OutputFolder.reason(e));
      }
      out.println("Results file: " + Text.safe(json.toString()));
    }
    return 0;
  }
}
