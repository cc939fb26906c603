package org.tourplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.tourplan.app.ShuttlesJob;
import org.tourplan.scenario.Scenario;

/** {@code tourplan shuttles FILE}: the smallest fleet each day needs, with rosters, and the three-mode comparison. */
@Command(name = "shuttles", mixinStandardHelpOptions = true,
    description = {"Plans the shuttles with jsprit on each day's nominal tour times and prints first the fleet the "
        + "month needs against the file's, one line per kind of day (dates with the same tours), then the rides no "
        + "fleet can serve with the reason, and one roster per kind of day (every leg with --rosters). With "
        + "--compare, also simulates the dedicated, pooled and planned modes side by side.",
        "Exit codes: 0 every ride can be served, 1 some ride cannot, 2 bad input or usage."})
final class ShuttlesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Plan only this date (in the file's month).")
  String date;

  @Option(names = "--compare", description = "Also simulate dedicated, pooled and planned modes and compare them "
      + "(uses --replications, --seed, --threads and the cluster options).")
  boolean compare;

  @Option(names = "--rosters", description = "Print every leg of each roster (drive empty, board, ride), not only "
      + "one line a vehicle.")
  boolean rosters;

  @CommandLine.Mixin
  RunOptions run;

  @CommandLine.Mixin
  ClusterOptions where;

  @CommandLine.Mixin
  ProgressOption progress;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    run.check(cl);
    where.check(cl);
    LocalDate day = null;
    if (date != null) {
      try {
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
          throw new DateTimeParseException("format", date, 0);
        }
        day = LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw new CommandLine.ParameterException(cl, "--date: found \"" + Text.safe(date)
            + "\", expected a real date YYYY-MM-DD, for example 2025-07-05");
      }
    }
    Scenario scenario = Scenarios.load(file, cl.getErr());
    if (scenario == null) {
      return Main.BAD_INPUT;
    }
    if (day != null && !java.time.YearMonth.from(day).equals(scenario.month())) {
      throw new CommandLine.ParameterException(cl, "--date " + day + " is outside the scenario's month "
          + scenario.month() + "; expected a date from " + scenario.month().atDay(1) + " to "
          + scenario.month().atEndOfMonth());
    }
    scenario = run.apply(scenario);
    ShuttlesJob job;
    try (StepsProgress steps = progress.open("Shuttles", 0)) {
      job = ShuttlesJob.run(new ShuttlesJob.Request(scenario, day, compare, where.where(run.threads())), steps);
    }
    PrintWriter out = cl.getOut();
    ShuttlesPrinter.print(out, scenario, job.plan(), job.seconds(), rosters);
    if (job.comparison() != null) {
      out.println();
      ModesPrinter.print(out, job.comparison());
    }
    return job.plan().unservedRides() > 0 ? Main.PROBLEM : 0;
  }
}
