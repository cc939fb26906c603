package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tourplan.plan.Evaluation;
import org.tourplan.plan.Headline;
import org.tourplan.plan.PlanResult;
import org.tourplan.plan.RejectedGroup;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Target;
import org.tourplan.text.Format;

/** The plain-text answer of {@code tourplan plan}. */
final class PlanPrinter {
  private PlanPrinter() {
  }

  static void print(PlanResult p, PrintWriter out, double seconds) {
    Target t = p.base().target();
    PlanSpace space = p.base().plan();
    PlanSpace.Costs k = space.costs();
    double tol = space.breachTolerance();
    out.printf(Locale.ROOT, "%s%n", Text.safe(p.base().name()));
    out.printf(Locale.ROOT, "Goal: %,.0f %s a month in %.0f%% of months, %s; the choice confirmed on fresh months "
            + "until the 95%% upper bound of its breach probability is at most %s%n", t.visitorsPerMonth(),
        t.unit() == Target.Unit.PLACES ? "places" : "visitors", 100 * t.confidence(), tol == 0
            ? "no limit breached in any simulated month" : String.format(Locale.ROOT,
            "at most %.1f%% of months breaching a limit", 100 * tol), Format.share(space.breachBound()));
    out.printf(Locale.ROOT, "Searched %s (%s examined) in %.1f s: %s simulated in full + %s counted from "
            + "check-ins; an exhaustive grid would simulate up to %s%s%n",
        Format.plural(p.candidates(), "candidate"), Format.count(p.evaluated().size()), seconds,
        Format.plural(p.fullMonths(), "month"), Format.count(p.countedMonths()), Format.plural(p.gridMonths(), "month"),
        timesAsMany(p.gridMonths(), p.fullMonths()));
    out.printf(Locale.ROOT, "Costs in %s; weekend tours and guide days at %s%n%n", Text.safe(k.currency()),
        Format.factor(k.weekendRate()));
    for (Evaluation u : p.unconfirmed()) {
      out.printf(Locale.ROOT, "NOT CONFIRMED  %s: %s; moved on to the next candidate%n", u.candidate().label(),
          u.reason());
    }
    if (!p.unconfirmed().isEmpty()) {
      out.println();
    }
    Evaluation r = p.recommended();
    if (r == null) {
      out.println("No candidate is feasible: widen the plan space (more tours, vehicles or guides) or relax the "
          + "target.");
    } else {
      out.printf(Locale.ROOT, "RECOMMENDED  %s%n", r.candidate().label());
      out.printf(Locale.ROOT, "  changes     %s%n", Text.safe(String.join("; ", Headline.changes(p, "->"))));
      if (!p.tied().isEmpty()) {
        out.printf(Locale.ROOT, "  tie         one of %d equally cheap timetables that work; chosen for %s (next: %s)%n",
            p.tied().size() + 1, p.tieBrokenBy(), p.tied().get(0).candidate().label());
      }
      describe(out, r, k);
    }
    out.printf(Locale.ROOT, "%nCURRENT      %s (the file's own timetable)%n", p.current().candidate().label());
    describe(out, p.current(), k);
    if (!p.runnersUp().isEmpty()) {
      out.printf(Locale.ROOT, "%nRunners-up (%s a month)%n", Text.safe(k.currency()));
      for (Evaluation e : p.runnersUp()) {
        out.printf(Locale.ROOT, "  %,10.0f  %s%n", e.cost(), e.candidate().label());
      }
    }
    if (!p.rejectedCheaper().isEmpty()) {
      Map<Evaluation.Status, Long> n = p.rejectedCheaper().stream().collect(Collectors.groupingBy(
          Evaluation::status, LinkedHashMap::new, Collectors.counting()));
      out.printf(Locale.ROOT, "%n%,d cheaper candidates rejected (%s); the closest, grouped by timetable, with every "
              + "check each fails (%s a month):%n", p.rejectedCheaper().size(),
          n.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT)
              .replace('_', ' ')).collect(Collectors.joining(", ")), Text.safe(k.currency()));
      List<RejectedGroup> groups = RejectedGroup.of(p.rejectedCheaper());
      for (RejectedGroup g : groups.subList(0, Math.min(5, groups.size()))) {
        String cost = g.lowCost() == g.highCost() ? String.format(Locale.ROOT, "%,.0f", g.lowCost())
            : String.format(Locale.ROOT, "%,.0f-%,.0f", g.lowCost(), g.highCost());
        out.printf(Locale.ROOT, "  %15s  %s%n", cost, Text.safe(g.label().replace('–', '-')));
        for (String f : g.first().failures()) {
          out.printf(Locale.ROOT, "                   - %s%n", Text.safe(f));
        }
      }
    }
  }

  private static void describe(PrintWriter out, Evaluation e, PlanSpace.Costs k) {
    out.printf(Locale.ROOT, "  cost        %s a month (%d tours on %d days)%n", Text.safe(k.format(e.cost())),
        e.tours(), e.days());
    if (e.target() != null) {
      out.printf(Locale.ROOT, "  visitors    %,.0f a month (95%% CI %,.0f to %,.0f); places %,.0f; turned away %s%n",
          e.target().visitorsMean(), e.target().visitorsLow(), e.target().visitorsHigh(), e.target().placesMean(),
          Format.amount(e.target().turnedAwayMean()));
      out.printf(Locale.ROOT, "  target      reached in %.1f%% of %d months (95%% CI %.1f%% to %.1f%%)%n",
          100 * e.target().probability(), e.target().months(), 100 * e.target().low(), 100 * e.target().high());
    }
    out.printf(Locale.ROOT, "  verdict     %s: %s%n", e.feasible() ? "feasible" : e.status().name()
        .toLowerCase(Locale.ROOT).replace('_', ' '), Text.safe(e.reason()));
    Evaluation.Confirmation c = e.confirmation();
    if (c != null) {
      out.printf(Locale.ROOT, "  confirmed   %s in %,d fresh months (replications %,d to %,d); 95%% upper bound of "
              + "the breach probability %s (exact Clopper-Pearson, one-sided), at most %s asked%n",
          c.monthsBreached() == 0 ? "no limit breached" : "limits breached in " + c.monthsBreached(), c.months(),
          c.first(), c.first() + c.months() - 1, Format.share(c.upper()), Format.share(c.bound()));
    }
    if (!e.feasible() && e.failures().size() > 1) {
      for (String f : e.failures()) {
        out.printf(Locale.ROOT, "              - %s%n", Text.safe(f));
      }
    }
  }

  /** " (22 times as many)"; nothing when there is nothing to compare with. */
  static String timesAsMany(long more, long fewer) {
    return fewer <= 0 ? "" : " (" + Format.count(more / (double) fewer) + " times as many)";
  }
}
