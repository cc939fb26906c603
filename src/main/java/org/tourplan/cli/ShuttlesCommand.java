package org.tourplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tourplan.text.Numbers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.tourplan.run.ModeComparison;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.roster.DayPlan;
import org.tourplan.roster.FleetPlan;
import org.tourplan.shuttle.ShuttlePlanner;

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
      + "(uses --replications, --seed, --threads).")
  boolean compare;

  @Option(names = "--rosters", description = "Print every leg of each roster (drive empty, board, ride), not only "
      + "one line a vehicle.")
  boolean rosters;

  @CommandLine.Mixin
  RunOptions run;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    run.check(cl);
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
    PrintWriter out = cl.getOut();
    long started = System.nanoTime();
    List<DayPlan> days;
    if (day != null) {
      days = List.of(ShuttlePlanner.smallestFleet(scenario, day));
    } else {
      days = ShuttlePlanner.smallestFleets(scenario).days();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    FleetPlan plan = new FleetPlan(scenario.name(), scenario.month(), scenario.shuttles().seats(),
        scenario.shuttles().vehicles(), true, scenario.shuttles().planIterations(), days);
    ShuttlesPrinter.print(out, scenario, plan, seconds, rosters);
    if (compare) {
      out.println();
      printComparison(out, ModeComparison.of(scenario, run.threads()));
    }
    return plan.unservedRides() > 0 ? Main.PROBLEM : 0;
  }

  static void printComparison(PrintWriter out, ModeComparison c) {
    out.printf(Locale.ROOT, "Shuttle modes compared: %s each, seed %d, %s%n",
        Numbers.plural(c.replications(), "month"), c.seed(), Numbers.plural(c.vehicles(), "shuttle"));
    List<ModeComparison.ModeResult> rows = c.modes();
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-32s", ""));
    for (ModeComparison.ModeResult m : rows) {
      head.append(String.format(Locale.ROOT, "%14s", m.mode().name().toLowerCase(Locale.ROOT)));
    }
    out.println(head);
    line(out, "shuttle wait, mean", rows, m -> Numbers.minutes(m.shuttleMeanWait()));
    line(out, "shuttle wait, longest", rows, m -> Numbers.minutes(m.shuttleMaxWait()));
    line(out, "floor wait, longest", rows, m -> Numbers.minutes(m.maxFloorWait()));
    line(out, "roster held (share of rides)", rows,
        m -> Double.isNaN(m.rosterHeldShare()) ? "-" : Numbers.percent(m.rosterHeldShare()));
    line(out, "rides without a plan, a month", rows,
        m -> Double.isNaN(m.unplannedRides()) ? "-" : Numbers.amount(m.unplannedRides()));
    if (!rows.isEmpty()) {
      for (String limit : rows.get(0).breachProbability().keySet()) {
        line(out, "breached: " + limit, rows, m -> Numbers.percent(m.breachProbability().get(limit)));
      }
    }
    for (Map.Entry<Shuttles.Mode, String> e : c.skipped().entrySet()) {
      out.printf(Locale.ROOT, "  %s not simulated: %s%n", e.getKey().name().toLowerCase(Locale.ROOT),
          Text.safe(e.getValue()));
    }
  }

  private static void line(PrintWriter out, String label, List<ModeComparison.ModeResult> rows,
                           java.util.function.Function<ModeComparison.ModeResult, String> cell) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "  %-32s", label));
    for (ModeComparison.ModeResult m : rows) {
      b.append(String.format(Locale.ROOT, "%14s", cell.apply(m)));
    }
    out.println(b);
  }
}
