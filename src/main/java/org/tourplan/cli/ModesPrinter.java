package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tourplan.run.ModeComparison;
import org.tourplan.scenario.Shuttles;
import org.tourplan.text.Numbers;

/** What {@code shuttles --compare} prints: the dedicated, pooled and planned modes side by side. */
final class ModesPrinter {
  private ModesPrinter() {
  }

  static void print(PrintWriter out, ModeComparison c) {
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
