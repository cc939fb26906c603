package org.tourplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Results;
import org.tourplan.safety.FirstBreach;
import org.tourplan.text.Numbers;
import org.tourplan.safety.LimitVerdict;
import org.tourplan.safety.LimitWords;
import org.tourplan.safety.Assessment;
import org.tourplan.safety.SafetyReport;
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
    Assessment a;
    try (MonthExecutor executor = where.open(run.threads())) {
      a = Assessment.of(new Compiler().compile(run.apply(scenario)), executor);
    }
    print(cl.getOut(), a.results(), a.safety());
    SummaryPrinter.warnings(cl.getOut(), a.results());
    return a.safety().anyBreach() ? Main.PROBLEM : 0;
  }

  static void print(PrintWriter out, Results r, SafetyReport report) {
    out.printf(Locale.ROOT, "%s%n%s, %s simulated (seed %d)%n%n", Text.safe(r.scenario()), r.month(),
        Numbers.plural(r.replications(), "month"), r.seed());
    if (report.limits().isEmpty()) {
      out.println("No limits in the file: nothing to check. Add a limits section (see docs/scenario-format.md).");
      return;
    }
    for (LimitVerdict v : report.limits()) {
      out.printf(Locale.ROOT, "%-9s %s (allowed: %s)%n", v.verdict().label(), v.limit(), v.allowed());
      out.printf(Locale.ROOT, "          breached in %,d of %s: %s (95%% CI %s to %s); worst %s%n",
          v.monthsBreached(), Numbers.plural(v.months(), "month"), Numbers.percent(v.probability()), Numbers.percent(v.wilsonLow()),
          Numbers.percent(v.wilsonHigh()), v.worstText());
      FirstBreach f = v.first();
      if (f != null) {
        out.printf(Locale.ROOT, "          in its worst month (#%d) it first broke on %s at %s%s:%n          %s%n",
            f.replication() + 1, Numbers.date(f.date()), f.time(), f.zone() == null ? "" : " at "
                + Text.safe(f.zone()), Text.safe(f.explanation()));
      }
    }
    out.printf(Locale.ROOT, "%nVerdict: %s%n", switch (report.overall()) {
      case SAFE -> "SAFE: " + LimitWords.noneBreached(report.limits()) + " in any of the "
          + Numbers.count(r.replications()) + " simulated months.";
      case AT_RISK -> "AT RISK: some limits were breached in some months (see above).";
      case UNSAFE -> "UNSAFE: some limits were breached in most months (see above).";
    });
  }
}
