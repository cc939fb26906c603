package org.tourplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.tourplan.run.ModeComparison;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.shuttle.DayPlan;
import org.tourplan.shuttle.FleetPlan;
import org.tourplan.shuttle.Leg;
import org.tourplan.shuttle.ShuttlePlanner;
import org.tourplan.shuttle.UnservedRide;
import org.tourplan.shuttle.VehicleRoster;

/** {@code tourplan shuttles FILE}: the smallest fleet each day needs, with rosters, and the three-mode comparison. */
@Command(name = "shuttles", mixinStandardHelpOptions = true,
    description = {"Plans the shuttles with jsprit on each day's nominal tour times: the smallest fleet that serves "
        + "every ride, each vehicle's roster, and the rides no fleet can serve, with the reason. With --compare, "
        + "also simulates the dedicated, pooled and planned modes side by side.",
        "Exit codes: 0 every ride can be served, 1 some ride cannot, 2 bad input or usage."})
final class ShuttlesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Plan only this date (in the file's month).")
  String date;

  @Option(names = "--compare", description = "Also simulate dedicated, pooled and planned modes and compare them "
      + "(uses --replications, --seed, --threads).")
  boolean compare;

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
    printPlan(out, scenario, plan, seconds, !compare);
    if (compare) {
      out.println();
      printComparison(out, ModeComparison.of(scenario, run.threads()));
    }
    return plan.unservedRides() > 0 ? Main.PROBLEM : 0;
  }

  static void printPlan(PrintWriter out, Scenario sc, FleetPlan plan, double seconds, boolean rosters) {
    out.printf(Locale.ROOT, "%s%n", Text.safe(sc.name()));
    int loads = plan.days().stream().flatMap(d -> d.rides().stream()).mapToInt(r -> r.request().loads())
        .findFirst().orElse(0);
    out.printf(Locale.ROOT, "Shuttle plan, %s: jsprit 1.8, %d iterations a solve, seed %d, 1 thread (%.1f s)%n",
        plan.month(), plan.iterations(), ShuttlePlanner.SEED, seconds);
    out.printf(Locale.ROOT, "Nominal times (mean dwell, no queueing); pickup window = mean + the dwell's standard "
        + "deviation; each ride takes %d vehicle%s of %d seats (the worst admissible mix of parties).%n%n", loads,
        loads == 1 ? "" : "s", plan.seats());
    out.println("Fleet each day needs");
    out.println("  date        day  tours  rides  vehicles  lower bound  unserved rides  solve");
    List<DayPlan> seen = new ArrayList<>();
    for (DayPlan d : plan.days()) {
      DayPlan twin = d.rides().isEmpty() ? null
          : seen.stream().filter(o -> o.rides().equals(d.rides())).findFirst().orElse(null);
      seen.add(d);
      String solve = d.solves() > 0 ? String.format(Locale.ROOT, "%.1f s (%d solve%s)", d.solveSeconds(),
          d.solves(), d.solves() == 1 ? "" : "s") : twin != null ? "same tours as " + twin.date() : "-";
      out.printf(Locale.ROOT, "  %s  %s  %5d  %5d  %8d  %11d  %14d  %s%n", d.date(), dow(d.date()), d.tours(),
          d.rides().size(), d.fleet(), d.lowerBound(), d.unserved().size(), solve);
    }
    out.printf(Locale.ROOT, "%nLargest: %d vehicle%s (the file has %d).", plan.maxFleet(),
        plan.maxFleet() == 1 ? "" : "s", plan.fleetInFile());
    if (plan.days().size() > 1) {
      List<String> byDow = new ArrayList<>();
      for (Map.Entry<java.time.DayOfWeek, Integer> e : plan.fleetByDayOfWeek().entrySet()) {
        byDow.add(dow(e.getKey()) + " " + e.getValue());
      }
      out.printf(Locale.ROOT, " By day of week: %s.", String.join(", ", byDow));
    }
    out.println();
    List<UnservedRide> unserved = new ArrayList<>();
    List<LocalDate> unservedDates = new ArrayList<>();
    for (DayPlan d : plan.days()) {
      for (UnservedRide u : d.unserved()) {
        unserved.add(u);
        unservedDates.add(d.date());
      }
    }
    if (!unserved.isEmpty()) {
      out.printf(Locale.ROOT, "%nRides the fleet cannot serve (%d):%n", unserved.size());
      for (int i = 0; i < unserved.size(); i++) {
        UnservedRide u = unserved.get(i);
        out.printf(Locale.ROOT, "  %s %s, %s, ride %d of %d %s -> %s (%d of %d vehicle%s): %s%n",
            unservedDates.get(i), dow(unservedDates.get(i)), u.request().tourLabel(), u.request().ride() + 1,
            u.request().rides(), Text.safe(u.request().from()), Text.safe(u.request().to()), u.loadsUnserved(),
            u.request().loads(), u.request().loads() == 1 ? "" : "s", Text.safe(u.reason()));
      }
    }
    if (!rosters) {
      return;
    }
    out.printf(Locale.ROOT, "%nRosters (times of the nominal plan; a vehicle waits at the pickup between legs)%n");
    List<DayPlan> shown = new ArrayList<>();
    for (DayPlan d : plan.days()) {
      if (d.vehicles().isEmpty()) {
        continue;
      }
      DayPlan same = shown.stream().filter(o -> o.rides().equals(d.rides()) && o.vehicles().equals(d.vehicles()))
          .findFirst().orElse(null);
      if (same != null) {
        out.printf(Locale.ROOT, "%s %s: same rosters as %s%n", d.date(), dow(d.date()), same.date());
        continue;
      }
      shown.add(d);
      out.printf(Locale.ROOT, "%s %s: %d vehicle%s%n", d.date(), dow(d.date()), d.vehicles().size(),
          d.vehicles().size() == 1 ? "" : "s");
      for (VehicleRoster v : d.vehicles()) {
        out.printf(Locale.ROOT, "  vehicle %d: %d ride%s, %.1f min empty%n", v.vehicle() + 1, v.rides(),
            v.rides() == 1 ? "" : "s", v.emptyMinutes());
        for (Leg l : v.legs()) {
          String what = switch (l.kind()) {
            case EMPTY -> "empty  " + Text.safe(l.from()) + " -> " + Text.safe(l.to());
            case BOARD -> "board  at " + Text.safe(l.from());
            case RIDE -> "ride   " + Text.safe(l.from()) + " -> " + Text.safe(l.to());
          };
          out.printf(Locale.ROOT, "    %-8s - %-8s  %-36s %s%n", ShuttlePlanner.clock(l.start()),
              ShuttlePlanner.clock(l.end()), what, (l.kind() == Leg.Kind.EMPTY ? "for " : "") + l.label());
        }
      }
    }
  }

  static void printComparison(PrintWriter out, ModeComparison c) {
    out.printf(Locale.ROOT, "Shuttle modes compared: %d months each, seed %d, %d vehicles%n", c.replications(),
        c.seed(), c.vehicles());
    List<ModeComparison.ModeResult> rows = c.modes();
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-32s", ""));
    for (ModeComparison.ModeResult m : rows) {
      head.append(String.format(Locale.ROOT, "%14s", m.mode().name().toLowerCase(Locale.ROOT)));
    }
    out.println(head);
    line(out, "shuttle wait, mean", rows, m -> Text.min(m.shuttleMeanWait()));
    line(out, "shuttle wait, longest", rows, m -> Text.min(m.shuttleMaxWait()));
    line(out, "floor wait, longest", rows, m -> Text.min(m.maxFloorWait()));
    line(out, "roster held (share of rides)", rows,
        m -> Double.isNaN(m.rosterHeldShare()) ? "-" : Text.pct(m.rosterHeldShare()));
    line(out, "rides without a plan, a month", rows,
        m -> Double.isNaN(m.unplannedRides()) ? "-" : Text.num(m.unplannedRides()));
    if (!rows.isEmpty()) {
      for (String limit : rows.get(0).breachProbability().keySet()) {
        line(out, "breached: " + limit, rows, m -> Text.pct(m.breachProbability().get(limit)));
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

  private static String dow(LocalDate d) {
    return dow(d.getDayOfWeek());
  }

  private static String dow(java.time.DayOfWeek d) {
    String n = d.name();
    return n.charAt(0) + n.substring(1, 3).toLowerCase(Locale.ROOT);
  }
}
