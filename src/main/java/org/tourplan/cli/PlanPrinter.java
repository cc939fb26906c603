package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tourplan.plan.Evaluation;
import org.tourplan.plan.PlanResult;
import org.tourplan.plan.RejectedGroup;
import org.tourplan.scenario.Target;

/** The plain-text answer of {@code tourplan plan}. */
final class PlanPrinter {
  private PlanPrinter() {
  }

  static void print(PlanResult p, PrintWriter out, double seconds) {
    Target t = p.base().target();
    double tol = p.base().plan().breachTolerance();
    out.printf(Locale.ROOT, "%s%n", Text.safe(p.base().name()));
    out.printf(Locale.ROOT, "Goal: %,.0f %s a month in %.0f%% of months, %s%n", t.visitorsPerMonth(),
        t.unit() == Target.Unit.PLACES ? "places" : "visitors", 100 * t.confidence(), tol == 0
            ? "no limit breached in any simulated month" : String.format(Locale.ROOT,
            "at most %.1f%% of months breaching a limit", 100 * tol));
    out.printf(Locale.ROOT, "Searched %,d candidates (%,d examined) in %.1f s: %,d months simulated in full + %,d "
            + "counted from check-ins; an exhaustive grid would simulate up to %,d months (%.0fx more)%n%n",
        p.candidates(), p.evaluated().size(), seconds, p.fullMonths(), p.countedMonths(), p.gridMonths(),
        p.gridMonths() / (double) Math.max(1, p.fullMonths()));
    Evaluation r = p.recommended();
    if (r == null) {
      out.println("No candidate is feasible: widen the plan space (more tours, vehicles or guides) or relax the "
          + "target.");
    } else {
      out.printf(Locale.ROOT, "RECOMMENDED  %s%n", r.candidate().label());
      describe(out, r);
    }
    out.printf(Locale.ROOT, "%nCURRENT      %s (the file's own timetable)%n", p.current().candidate().label());
    describe(out, p.current());
    if (!p.runnersUp().isEmpty()) {
      out.printf(Locale.ROOT, "%nRunners-up%n");
      for (Evaluation e : p.runnersUp()) {
        out.printf(Locale.ROOT, "  %,10.0f  %s%n", e.cost(), e.candidate().label());
      }
    }
    if (!p.rejectedCheaper().isEmpty()) {
      Map<Evaluation.Status, Long> n = p.rejectedCheaper().stream().collect(Collectors.groupingBy(
          Evaluation::status, LinkedHashMap::new, Collectors.counting()));
      out.printf(Locale.ROOT, "%n%,d cheaper candidates rejected (%s); the closest, grouped by timetable:%n", p.rejectedCheaper().size(),
          n.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT)
              .replace('_', ' ')).collect(Collectors.joining(", ")));
      List<RejectedGroup> groups = RejectedGroup.of(p.rejectedCheaper());
      for (RejectedGroup g : groups.subList(0, Math.min(5, groups.size()))) {
        String cost = g.lowCost() == g.highCost() ? String.format(Locale.ROOT, "%,.0f", g.lowCost())
            : String.format(Locale.ROOT, "%,.0f-%,.0f", g.lowCost(), g.highCost());
        out.printf(Locale.ROOT, "  %15s  %s%n                   %s%n", cost, Text.safe(g.label().replace('–', '-')),
            g.first().reason());
      }
    }
  }

  private static void describe(PrintWriter out, Evaluation e) {
    out.printf(Locale.ROOT, "  cost        %,.0f a month (%d tours on %d days)%n", e.cost(), e.tours(), e.days());
    if (e.target() != null) {
      out.printf(Locale.ROOT, "  visitors    %,.0f a month (95%% CI %,.0f to %,.0f); places %,.0f%n",
          e.target().visitorsMean(), e.target().visitorsLow(), e.target().visitorsHigh(), e.target().placesMean());
      out.printf(Locale.ROOT, "  target      reached in %.1f%% of %d months (95%% CI %.1f%% to %.1f%%)%n",
          100 * e.target().probability(), e.target().months(), 100 * e.target().low(), 100 * e.target().high());
    }
    out.printf(Locale.ROOT, "  verdict     %s: %s%n", e.feasible() ? "feasible" : e.status().name()
        .toLowerCase(Locale.ROOT).replace('_', ' '), e.reason());
  }
}
