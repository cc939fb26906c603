package org.tourplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import org.tourplan.output.OutputFolder;
import org.tourplan.scenario.Scenario;
import org.tourplan.sweep.Sweep;
import org.tourplan.sweep.Variant;

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
    Set<String> names = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    for (Scenario s : scenarios) {
      if (!names.add(s.name())) {
        repeated.add(s.name());
      }
    }
    List<Variant> variants = new ArrayList<>();
    for (int i = 0; i < scenarios.size(); i++) {
      Scenario s = scenarios.get(i);
      String label = repeated.contains(s.name()) ? s.name() + " (" + files.get(i) + ")" : s.name();
      variants.add(new Variant(label, Map.of("file", files.get(i).toString()), s));
    }
    OutputFolder folder = OutputFolder.compare(output.out, scenarios.stream().map(Scenario::name).toList(), files);
    output.check(cl, where.inputs(files), folder);
    return SweepOutput.run(Sweep.Kind.COMPARE, scenarios.get(0).name(), List.of(), variants, where, run.threads(),
        output.json, folder, cl.getOut());
  }
}
