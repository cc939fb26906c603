package org.tourplan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import org.tourplan.app.Progress;
import org.tourplan.app.ResultsFileFailed;
import org.tourplan.app.SimulateJob;
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

  @CommandLine.Mixin
  JsonOption json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    run.check(cl);
    where.check(cl);
    json.check(cl, where.inputs(file), null);
    Scenario scenario = Scenarios.load(file, cl.getErr());
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    scenario = run.apply(scenario);
    int t = run.threads();
    SimulateJob job;
    try {
      job = SimulateJob.run(new SimulateJob.Request(scenario, where.where(t), json.json), Progress.NONE);
    } catch (ResultsFileFailed e) {
      throw Outputs.failed(e);
    }
    SummaryPrinter.print(job.results(), scenario, cl.getOut(), t, job.seconds());
    json.printWritten(cl.getOut(), job.json());
    return 0;
  }
}
