package org.tourplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import org.tourplan.app.CompareJob;
import org.tourplan.app.Progress;
import org.tourplan.app.SweepJob;
import org.tourplan.output.OutputFolder;
import org.tourplan.scenario.Scenario;

/** {@code tourplan compare A.yaml B.yaml ...}: whole scenario files side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Simulates each file (its own seed and months, or --seed/--replications for all) and writes a "
        + "comparison report OUT/<first name>/compare-<the other files' names>/ (index.html, charts, sweep.csv, "
        + "sweep.json).",
        "Exit codes: 0 ran, 2 bad input or usage."})
final class CompareCommand implements Callable<Integer> {
  @Parameters(arity = "2..*", paramLabel = "FILE", description = "Two or more scenario files.")
  List<Path> files = new ArrayList<>();

  @CommandLine.Mixin
  RunOptions run;

  @CommandLine.Mixin
  ClusterOptions where;

  @CommandLine.Mixin
  SweepFiles output;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    run.check(cl);
    where.check(cl);
    output.check(cl, where.inputs(files));
    List<Scenario> scenarios = new ArrayList<>();
    for (Path f : files) {
      Scenario s = Scenarios.load(f, cl.getErr());
      if (s == null) {
        return Main.BAD_INPUT;
      }
      scenarios.add(run.apply(s));
    }
    OutputFolder folder = OutputFolder.compare(output.out.out, scenarios.stream().map(Scenario::name).toList(),
        files);
    output.check(cl, where.inputs(files), folder);
    SweepJob job;
    try {
      job = CompareJob.run(new CompareJob.Request(files, scenarios, where.where(run.threads()), output.json.json,
          folder), Progress.NONE);
    } catch (IOException e) {
      throw Outputs.failed(folder, e);
    }
    return SweepOutput.print(job, where.batch, cl.getOut());
  }
}
