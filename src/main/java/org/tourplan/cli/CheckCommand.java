package org.tourplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import org.tourplan.app.CheckJob;
import org.tourplan.app.Progress;
import org.tourplan.safety.Assessment;
import org.tourplan.scenario.Scenario;

/** {@code tourplan check FILE}: a verdict per limit, with where and why it first broke. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Judges every limit of the scenario over the simulated months: SAFE (never breached), "
        + "AT RISK (breached in some months), UNSAFE (in most), with the breach probability, the worst value "
        + "and where, when and why it first happened.",
        "Exit codes: 0 no limit breached in any simulated month, 1 a limit was breached, 2 bad input or usage."})
final class CheckCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

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
    Scenario scenario = Scenarios.load(file, cl.getErr());
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    Assessment a = CheckJob.run(new CheckJob.Request(run.apply(scenario), where.where(run.threads())),
        Progress.NONE);
    CheckPrinter.print(cl.getOut(), a.results(), a.safety());
    SummaryPrinter.warnings(cl.getOut(), a.results());
    return a.safety().anyBreach() ? Main.PROBLEM : 0;
  }
}
