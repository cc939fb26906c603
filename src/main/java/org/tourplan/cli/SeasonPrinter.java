package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.tourplan.plan.SeasonPlanWords;
import org.tourplan.run.LotteryResult;
import org.tourplan.safety.PhaseSafety;
import org.tourplan.run.Results;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.Summary;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.text.Numbers;

/** The plain-text summary of a season: visitors per month, safety per phase, and the lottery. */
final class SeasonPrinter {
  private SeasonPrinter() {
  }

  static void print(SeasonResults s, Scenario sc, PrintWriter out, int threads, double seconds) {
    out.printf(Locale.ROOT, "%s%n", Text.safe(s.scenario()));
    out.printf(Locale.ROOT, "Season %s to %s: %s x %s (seed %d, %s, %.2f s)%n%n", s.from(), s.to(),
        Numbers.plural(s.months().size(), "month"), Numbers.plural(s.replications(), "replication"), s.seed(),
        Numbers.plural(threads, "thread"), seconds);
    months(s, sc, out);
    out.println();
    phases(s, out);
    breachedMonths(s, out);
    if (s.lottery() != null) {
      out.println();
      lottery(s, out);
    } else {
      out.println();
      out.println("Lottery  none (add demand.applicationsPerMonth to see the pool, the odds and the wait)");
    }
  }

  private static void months(SeasonResults s, Scenario sc, PrintWriter out) {
    Target t = sc.target();
    boolean own = sc.season().phaseTargets();
    String goal = own ? "target of the month (its phase's, else the file's)" : t == null ? "no target"
        : String.format(Locale.ROOT, "target %s %s in %s", Numbers.amount(t.visitorsPerMonth()),
        t.unit() == Target.Unit.PLACES ? "places" : "visitors", Numbers.percent(t.confidence()));
    out.printf(Locale.ROOT, "Month    phase                    tours  visitors (95%% CI)          %s%n", goal);
    for (SeasonResults.MonthResult m : s.months()) {
      Results r = m.results();
      Summary v = r.metric("visitorsPerMonth").summary();
      String target = r.target() == null ? "" : String.format(Locale.ROOT, "%s%s of months  %s",
          own ? Numbers.amount(r.target().goal()) + " in " + Numbers.percentShort(r.target().confidence()) + ": " : "",
          Numbers.percent(r.target().probability()), r.target().met() ? "MET" : "NOT MET");
      String phase = m.month().phase() < 0 ? PhaseSafety.OTHER : s.phases().get(m.month().phase()).label();
      out.printf(Locale.ROOT, "%-8s %-24s %5d  %-26s %s%n", m.month().month(), phase, m.scheduledTours(),
          Numbers.amount(v.mean()) + " (" + Numbers.amount(v.ciLow()) + " to " + Numbers.amount(v.ciHigh()) + ")", target);
    }
  }

  private static void phases(SeasonResults s, PrintWriter out) {
    out.println("Safety by phase");
    int width = 0;
    for (PhaseSafety p : PhaseSafety.of(s)) {
      width = Math.max(width, p.label().length());
    }
    for (PhaseSafety p : PhaseSafety.of(s)) {
      StringBuilder why = new StringBuilder();
      for (Map.Entry<String, Integer> e : p.breached().entrySet()) {
        if (e.getValue() > 0) {
          why.append(why.length() == 0 ? ": " : ", ").append(e.getKey()).append(" breached in ")
              .append(e.getValue()).append(" of ").append(p.simulated());
        }
      }
      String rest = p.breached().isEmpty() ? "no limits set in the file"
          : why.length() == 0 ? "no limit breached in " + Numbers.amount(p.simulated()) + " simulated months"
          : "simulated months" + why;
      out.printf(Locale.ROOT, "  %-" + width + "s %-8s %s%n", p.label(), p.verdict().label(), rest);
    }
  }

  /**
   * One line per calendar month in which some simulated month breached a limit: each limit and how many of the
   * month's simulated months breached it (wrapped at 80 columns). Nothing when no month breached.
   */
  private static void breachedMonths(SeasonResults s, PrintWriter out) {
    boolean header = false;
    for (SeasonResults.MonthResult m : s.months()) {
      StringBuilder why = new StringBuilder();
      for (Results.BreachResult b : m.results().breaches()) {
        if (b.monthsBreached() > 0) {
          why.append(why.length() == 0 ? "" : ", ").append(b.rule().name()).append(' ')
              .append(Numbers.amount(b.monthsBreached()));
        }
      }
      if (why.length() > 0) {
        if (!header) {
          out.println();
          out.printf(Locale.ROOT, "Months breaching a limit (simulated months breaching it, of %s each)%n",
              Numbers.amount(s.replications()));
          header = true;
        }
        String lead = String.format(Locale.ROOT, "  %-7s  ", m.month().month());
        for (String line : HelpLayout.wrap(why.toString(), 80 - lead.length())) {
          out.println(lead + line);
          lead = " ".repeat(lead.length());
        }
      }
    }
  }

  private static void lottery(SeasonResults s, PrintWriter out) {
    LotteryResult l = s.lottery();
    out.printf(Locale.ROOT, "Lottery  %s; %s of losers apply again; new applicants %s a month (means over "
            + "replications)%n", l.preferencePoints() ? "preference points (weight 1 + draws lost)" : "uniform draw",
        Numbers.percent(l.reapplyRate()), l.growthPerMonth() == 0 ? "constant"
            : (l.growthPerMonth() > 0 ? "+" : "") + Numbers.percent(l.growthPerMonth()));
    out.println("Month    new applicants        pool    places   winners   odds");
    for (int i = 0; i < l.months().size(); i++) {
      LotteryResult.Month m = l.months().get(i);
      double odds = m.winProbability().mean();
      out.printf(Locale.ROOT, "%-8s %14s %11s %9s %9s   %s%n", m.month(), Numbers.amount(m.newApplicants()),
          Numbers.amount(m.pool().mean()), Numbers.amount(m.invitations().mean()), Numbers.amount(m.winners().mean()),
          Double.isNaN(odds) ? "-" : odds >= 1 ? "everyone" : odds <= 0 ? "none" : String.format(Locale.ROOT,
              "1 in %s (%s)", Numbers.amount(1 / odds), Numbers.chance(odds)));
    }
    Summary draws = l.meanDrawsToWin();
    Summary first = l.firstCohortWinShare();
    out.printf(Locale.ROOT, "Winners  %s over the season; they entered %.2f draws on average (95%% CI %.2f to %.2f)"
        + "%n", Numbers.amount(l.winners().mean()), draws.mean(), draws.ciLow(), draws.ciHigh());
    out.printf(Locale.ROOT, "Waiting  %s of %s's new applicants win a place within the season; at the end %s are "
            + "still in the pool and %s gave up%n", Numbers.chance(first.mean()), s.from(),
        Numbers.amount(l.poolAtEnd().mean()), Numbers.amount(l.abandoned().mean()));
    if (s.waiting() != null) {
      out.printf(Locale.ROOT, "Goal     %s: %s%n", SeasonPlanWords.waiting(s.waiting().goal()),
          SeasonPlanWords.waitingVerdict(s.waiting()));
    }
    if (l.unfilled().mean() > 0) {
      out.printf(Locale.ROOT, "Unfilled %s invitations had no applicant left to take them%n",
          Numbers.amount(l.unfilled().mean()));
    }
  }
}
