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
    out.printf(Locale.ROOT, "Season %s to %s: %s, each simulated %s (seed %d, %s, %.2f s)%n%n", s.from(),
        s.to(), Numbers.plural(s.months().size(), "month"), Numbers.plural(s.replications(), "time"), s.seed(),
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

  /** The months outside every phase, in the glossary's words. */
  static final String FILES_OWN = "the file's own";

  private static void months(SeasonResults s, Scenario sc, PrintWriter out) {
    Target t = sc.target();
    boolean own = sc.season().phaseTargets();
    out.println(own ? "Target   each month's own: its phase's, else the file's"
        : t == null ? "Target   none set (add target.visitorsPerMonth to judge the months)"
        : String.format(Locale.ROOT, "Target   %s %s a month in %s of months", Numbers.amount(t.visitorsPerMonth()),
            t.unit() == Target.Unit.PLACES ? "places" : "visitors", Numbers.percentShort(t.confidence())));
    // with targets of their own, each month's target gets a column: 80 columns hold it with narrower cells
    String row = own ? "%-8s %-18s %4s  %-22s %6s %7s  %s%n" : "%-8s %-20s %5s  %-24s %7s  %s%n";
    if (own) {
      out.println(String.format(Locale.ROOT, row, "Month", "timetable", "tours", "visitors (95% CI)", "target",
          "reached", "").stripTrailing());
    } else {
      out.printf(Locale.ROOT, row, "Month", "timetable", "tours", "visitors (95% CI)", t == null ? "" : "reached",
          t == null ? "" : "target");
    }
    for (SeasonResults.MonthResult m : s.months()) {
      Results r = m.results();
      Summary v = r.metric("visitorsPerMonth").summary();
      String phase = m.month().phase() < 0 ? FILES_OWN : s.phases().get(m.month().phase()).label();
      String visitors = Numbers.amount(v.mean()) + " (" + Numbers.amount(v.ciLow()) + " to "
          + Numbers.amount(v.ciHigh()) + ")";
      String reached = r.target() == null ? "" : Numbers.percent(r.target().probability());
      String met = r.target() == null ? "" : r.target().met() ? "MET" : "NOT MET";
      if (own) {
        out.printf(Locale.ROOT, row, m.month().month(), phase, Numbers.count(m.scheduledTours()), visitors,
            r.target() == null ? "" : Numbers.amount(r.target().goal()), reached, met);
      } else {
        out.printf(Locale.ROOT, row, m.month().month(), phase, Numbers.count(m.scheduledTours()), visitors, reached,
            met);
      }
    }
  }

  private static void phases(SeasonResults s, PrintWriter out) {
    out.println("Safety by timetable");
    for (PhaseSafety p : PhaseSafety.of(s)) {
      StringBuilder why = new StringBuilder();
      for (Map.Entry<String, Integer> e : p.breached().entrySet()) {
        if (e.getValue() > 0) {
          why.append(why.length() == 0 ? ": " : ", ").append(e.getKey()).append(" breached in ")
              .append(Numbers.count(e.getValue())).append(" of ").append(Numbers.count(p.simulated()));
        }
      }
      String rest = p.breached().isEmpty() ? "no limits set in the file"
          : why.length() == 0 ? "no limit breached in " + Numbers.amount(p.simulated()) + " simulated months"
          : "simulated months" + why;
      out.printf(Locale.ROOT, "  %-8s %s: %s%n", p.verdict().label(),
          p.label().replace(PhaseSafety.OTHER, FILES_OWN + " timetable"), rest);
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
    out.printf(Locale.ROOT, "Lottery  %s; %s of losers apply again; new applicants %s a month (means of "
            + "the simulated seasons)%n", l.preferencePoints() ? "preference points (weight 1 + draws lost)" : "uniform draw",
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
