package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.tourplan.app.SeasonPlanJob;
import org.tourplan.plan.SeasonPlan;
import org.tourplan.plan.SeasonPlanWords;
import org.tourplan.run.LotteryResult;
import org.tourplan.run.SeasonResults;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.text.Numbers;

/** The plain-text answer of {@code tourplan plan} on a file with a season. */
final class SeasonPlanPrinter {
  private SeasonPlanPrinter() {
  }

  static void print(SeasonPlanJob job, PrintWriter out) {
    SeasonPlan p = job.plan();
    PlanSpace.Costs k = p.base().plan().costs();
    out.printf(Locale.ROOT, "%s%n", Text.safe(p.base().name()));
    out.printf(Locale.ROOT, "Goal: %s%n", Text.safe(SeasonPlanWords.goal(p)));
    out.printf(Locale.ROOT, "Searched in %.1f s: %s%n", job.seconds(), SeasonPlanWords.work(p));
    out.printf(Locale.ROOT, "Costs in %s; weekend tours and guide days at %s%n", Text.safe(k.currency()),
        Numbers.factor(k.weekendRate()));
    out.println();
    if (!p.planned()) {
      infeasible(p, out);
      return;
    }
    out.printf(Locale.ROOT, "RECOMMENDED SEASON  %s%n", Text.safe(SeasonPlanWords.cost(p)));
    out.printf(Locale.ROOT, "  resources   %s%n", SeasonPlanWords.resources(p));
    for (SeasonPlan.UnitPlan u : p.units()) {
      out.printf(Locale.ROOT, "  %s%n", u.label());
      out.printf(Locale.ROOT, "    timetable %s%n", Text.safe(SeasonPlanWords.change(u)));
      out.printf(Locale.ROOT, "    starts    %s%n", SeasonPlanWords.starts(u));
      out.printf(Locale.ROOT, "    target    %s%n", SeasonPlanWords.target(u.target()));
    }
    out.println();
    months(job, out);
    if (p.waiting() != null) {
      out.println();
      out.printf(Locale.ROOT, "Waiting  %s: %s%n", SeasonPlanWords.waiting(p.waiting().goal()),
          SeasonPlanWords.waitingVerdict(p.waiting()));
      if (job.current().waiting() != null) {
        out.printf(Locale.ROOT, "         the file's own season: %s%n",
            SeasonPlanWords.waitingVerdict(job.current().waiting()));
      }
    }
  }

  /** One line a month: tours (the file's), cost, visitors against the target, the confirmation, places and odds. */
  private static void months(SeasonPlanJob job, PrintWriter out) {
    SeasonPlan p = job.plan();
    out.printf(Locale.ROOT, "%-8s %12s %19s %9s %7s %9s  %-34s %s%n", "Month", "tours (file)", "cost (file)",
        "visitors", "target", "P(target)", "breach test on fresh months", "odds");
    for (SeasonPlan.UnitPlan u : p.units()) {
      for (SeasonPlan.MonthPlan m : u.months()) {
        SeasonResults.MonthResult r = monthOf(job.chosen(), m);
        String odds = "";
        if (job.chosen().lottery() != null) {
          LotteryResult.Month l = lotteryOf(job.chosen().lottery(), m);
          double c = l.winProbability().mean();
          odds = Double.isNaN(c) ? "-" : c >= 1 ? "everyone" : "1 in " + Numbers.amount(1 / c);
        }
        out.printf(Locale.ROOT, "%-8s %6d (%3d) %9s (%7s) %9s %7s %9s  %-34s %s%n", m.month(), m.tours(),
            m.currentTours(), Numbers.count(m.cost()), Numbers.count(m.currentCost()),
            Numbers.amount(r.results().metric("visitorsPerMonth").summary().mean()),
            Numbers.count(u.target().visitorsPerMonth()), Numbers.percent(r.results().target().probability()),
            SeasonPlanWords.confirmationShort(m.confirmation()), odds);
      }
    }
  }

  private static SeasonResults.MonthResult monthOf(SeasonResults s, SeasonPlan.MonthPlan m) {
    return s.months().stream().filter(r -> r.month().month().equals(m.month())).findFirst().orElseThrow();
  }

  private static LotteryResult.Month lotteryOf(LotteryResult l, SeasonPlan.MonthPlan m) {
    return l.months().stream().filter(r -> r.month().equals(m.month())).findFirst().orElseThrow();
  }

  private static void infeasible(SeasonPlan p, PrintWriter out) {
    SeasonPlan.Infeasible why = p.infeasible();
    out.println("NO SEASON IS FEASIBLE");
    out.println("  why");
    for (String b : why.binding()) {
      out.printf(Locale.ROOT, "    - %s%n", Text.safe(b));
    }
    if (!why.fixes().isEmpty()) {
      out.println("  what would fix it");
      for (String f : why.fixes()) {
        out.printf(Locale.ROOT, "    - %s%n", Text.safe(f));
      }
    }
    for (SeasonPlan.UnitPlan u : p.units()) {
      if (u.diagnosis() != null) {
        out.println();
        out.printf(Locale.ROOT, "%s (target %s): the month planner's diagnosis%n", u.label(),
            SeasonPlanWords.target(u.target()));
        PlanPrinter.diagnosis(out, u.diagnosis());
      }
    }
  }
}
