package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tourplan.plan.Diagnosis;
import org.tourplan.plan.Evaluation;
import org.tourplan.plan.Headline;
import org.tourplan.plan.PlanResult;
import org.tourplan.plan.PlanWords;
import org.tourplan.plan.RejectedGroup;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.text.Numbers;

/** The plain-text answer of {@code tourplan plan}. */
final class PlanPrinter {
  /** Not-confirmed candidates the terminal shows before it counts the rest. */
  private static final int UNCONFIRMED_SHOWN = 3;

  private PlanPrinter() {
  }

  static void print(PlanResult p, PrintWriter out, double seconds) {
    PlanSpace space = p.base().plan();
    PlanSpace.Costs k = space.costs();
    out.printf(Locale.ROOT, "%s%n", Text.safe(p.base().name()));
    out.println();
    Evaluation r = p.recommended();
    if (r == null) {
      diagnosis(out, p.diagnosis());
    } else {
      out.printf(Locale.ROOT, "RECOMMENDED  %s%n", r.candidate().label());
      out.printf(Locale.ROOT, "  starts      %s%n", r.candidate().startsText());
      out.printf(Locale.ROOT, "  changes     %s%n", Text.safe(String.join("; ", Headline.changes(p, "->"))));
      if (!p.tied().isEmpty()) {
        out.printf(Locale.ROOT,
            "  tie         one of %d equally cheap timetables that work; chosen for %s (next: %s)%n",
            p.tied().size() + 1, p.tieBrokenBy(), p.tied().get(0).candidate().label());
      }
      describe(out, r, k);
    }
    unconfirmed(out, p);
    out.printf(Locale.ROOT, "%nCURRENT      %s (the file's own timetable)%n", p.current().candidate().label());
    out.printf(Locale.ROOT, "  starts      %s%n", p.current().candidate().startsText());
    describe(out, p.current(), k);
    if (!p.runnersUp().isEmpty()) {
      out.printf(Locale.ROOT, "%nRunners-up (%s a month; screened on simulated days, not confirmed)%n",
          Text.safe(k.currency()));
      for (Evaluation e : p.runnersUp()) {
        out.printf(Locale.ROOT, "  %,10.0f  %s; starts %s%n", e.cost(), e.candidate().label(),
            e.candidate().startsText());
      }
    }
    if (!p.rejectedCheaper().isEmpty()) {
      Map<Evaluation.Status, Long> n = p.rejectedCheaper().stream().collect(Collectors.groupingBy(
          Evaluation::status, LinkedHashMap::new, Collectors.counting()));
      out.printf(Locale.ROOT, "%n%,d cheaper candidates rejected (%s); the closest, grouped by timetable, with every "
              + "check each fails (%s a month):%n", p.rejectedCheaper().size(),
          n.entrySet().stream().map(e -> Numbers.count(e.getValue()) + " " + e.getKey().name().toLowerCase(Locale.ROOT)
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
    method(p, out, seconds);
  }

  /** How the answer was found, after it: the goal as tested, the work done, the costs' terms. */
  private static void method(PlanResult p, PrintWriter out, double seconds) {
    PlanSpace space = p.base().plan();
    PlanSpace.Costs k = space.costs();
    out.printf(Locale.ROOT, "%nHow this was found%n");
    out.printf(Locale.ROOT, "  goal        %s%n", PlanWords.goal(p));
    out.printf(Locale.ROOT, "  search      %s in %.1f s: %s%n", PlanWords.space(p), seconds, PlanWords.work(p));
    out.printf(Locale.ROOT, "  costs       in %s; weekend tours and guide days at %s%n", Text.safe(k.currency()),
        Numbers.factor(k.weekendRate()));
    if (space.breachTolerance() != 0) {
      out.printf(Locale.ROOT, "  note        plan.breachTolerance (%s) is retired and no longer used: every "
          + "candidate is judged against plan.breachBound (%s)%n",
          java.math.BigDecimal.valueOf(space.breachTolerance()).toPlainString(), Numbers.share(space.breachBound()));
    }
  }

  /**
   * The candidates whose confirmation failed, after the answer: the cheapest few (they were tried in order of cost),
   * the rest counted; the plan page and plan.json list them all.
   */
  private static void unconfirmed(PrintWriter out, PlanResult p) {
    List<Evaluation> u = p.unconfirmed();
    if (u.isEmpty()) {
      return;
    }
    out.println();
    for (Evaluation e : u.subList(0, Math.min(UNCONFIRMED_SHOWN, u.size()))) {
      out.printf(Locale.ROOT, "NOT CONFIRMED  %s%s: %s; moved on to the next candidate%n", e.candidate().label(),
          e.candidate() == p.current().candidate() ? " (the file's own timetable)" : "", Text.safe(e.reason()));
    }
    if (u.size() > UNCONFIRMED_SHOWN) {
      out.printf(Locale.ROOT, "  and %,d more (plan page, plan.json)%n", u.size() - UNCONFIRMED_SHOWN);
    }
  }

  static void diagnosis(PrintWriter out, Diagnosis d) {
    out.println("NO CANDIDATE IS FEASIBLE");
    out.println("  why");
    for (String b : d.binding()) {
      out.printf(Locale.ROOT, "    - %s%n", Text.safe(b));
    }
    if (!d.fixes().isEmpty()) {
      out.println("  what would fix it");
      for (String f : d.fixes()) {
        out.printf(Locale.ROOT, "    - %s%n", Text.safe(f));
      }
    }
    if (!d.nearMisses().isEmpty()) {
      out.println("  near misses (closest first, by the check they fail)");
      for (Diagnosis.NearMiss m : d.nearMisses()) {
        out.printf(Locale.ROOT, "    %-13s %s: %s%n", m.check(), m.evaluation().candidate().label(),
            Text.safe(m.miss()));
      }
    }
  }

  private static void describe(PrintWriter out, Evaluation e, PlanSpace.Costs k) {
    out.printf(Locale.ROOT, "  cost        %s a month (%d tours on %d days)%n", Text.safe(k.format(e.cost())),
        e.tours(), e.days());
    if (e.target() != null) {
      out.printf(Locale.ROOT, "  visitors    %,.0f a month (95%% CI %,.0f to %,.0f); %s admitted; %s turned away%n",
          e.target().visitorsMean(), e.target().visitorsLow(), e.target().visitorsHigh(),
          counted(e.target().placesMean(), "party", "parties"), counted(e.target().turnedAwayMean(), "person",
              "persons"));
      out.printf(Locale.ROOT, "  target      reached in %.1f%% of %,d months (95%% CI %.1f%% to %.1f%%)%n",
          100 * e.target().probability(), e.target().months(), 100 * e.target().low(), 100 * e.target().high());
    }
    out.printf(Locale.ROOT, "  verdict     %s: %s%n", e.feasible() ? "feasible" : e.status().name()
        .toLowerCase(Locale.ROOT).replace('_', ' '), Text.safe(e.reason()));
    if (e.safety() != null) {
      out.printf(Locale.ROOT, "  months      %s%n", PlanWords.firstMonths(e.safety()));
    }
    if (e.screening() != null) {
      out.printf(Locale.ROOT, "  days        %s%n", PlanWords.days(e.screening()));
    }
    Evaluation.Confirmation c = e.confirmation();
    if (c != null) {
      out.printf(Locale.ROOT, "  breach      %s%n", PlanWords.confirmation(c));
    }
    if (!e.feasible() && e.failures().size() > 1) {
      for (String f : e.failures()) {
        out.printf(Locale.ROOT, "              - %s%n", Text.safe(f));
      }
    }
  }

  /** A mean with its noun, singular only for exactly one: "439 parties", "0.3 persons", "1 person". */
  static String counted(double mean, String one, String many) {
    return Numbers.amount(mean) + " " + (mean == 1 ? one : many);
  }

  /** " (22 times as many)"; nothing when there is nothing to compare with. */
  static String timesAsMany(double more, double fewer) {
    return fewer <= 0 ? "" : " (" + Numbers.count(more / fewer) + " times as many)";
  }
}
