package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.tourplan.run.LotteryResult;
import org.tourplan.run.PhaseSafety;
import org.tourplan.run.Results;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.Summary;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;

/** The plain-text summary of a season: visitors per month, safety per phase, and the lottery. */
final class SeasonPrinter {
  private SeasonPrinter() {
  }

  static void print(SeasonResults s, Scenario sc, PrintWriter out, int threads, double seconds) {
    out.printf(Locale.ROOT, "%s%n", Text.safe(s.scenario()));
    out.printf(Locale.ROOT, "Season %s to %s: %d months x %d replications (seed %d, %d thread%s, %.2f s)%n%n",
        s.from(), s.to(), s.months().size(), s.replications(), s.seed(), threads, threads == 1 ? "" : "s", seconds);
    months(s, sc, out);
    out.println();
    phases(s, out);
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
    String goal = t == null ? "no target" : String.format(Locale.ROOT, "target %s %s in %s", Text.num(
        t.visitorsPerMonth()), t.unit() == Target.Unit.PLACES ? "places" : "visitors", Text.pct(t.confidence()));
    out.printf(Locale.ROOT, "Month    phase               tours  visitors (95%% CI)          %s%n", goal);
    for (SeasonResults.MonthResult m : s.months()) {
      Results r = m.results();
      Summary v = r.metric("visitorsPerMonth").summary();
      String target = r.target() == null ? "" : String.format(Locale.ROOT, "%s of months  %s",
          Text.pct(r.target().probability()), r.target().met() ? "MET" : "NOT MET");
      String phase = m.month().phase() < 0 ? PhaseSafety.OTHER : s.phases().get(m.month().phase()).label();
      out.printf(Locale.ROOT, "%-8s %-19s %5d  %-26s %s%n", m.month().month(), phase, m.scheduledTours(),
          Text.num(v.mean()) + " (" + Text.num(v.ciLow()) + " to " + Text.num(v.ciHigh()) + ")", target);
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
          : why.length() == 0 ? "no limit breached in " + Text.num(p.simulated()) + " simulated months"
          : "simulated months" + why;
      out.printf(Locale.ROOT, "  %-" + width + "s %-8s %s%n", p.label(), p.verdict(), rest);
    }
  }

  /** A share with two significant digits below 1% (0.33%), else one decimal. */
  static String share(double p) {
    return Double.isNaN(p) ? "-" : p >= 0.01 || p == 0 ? Text.pct(p)
        : String.format(Locale.ROOT, "%.2g%%", 100 * p);
  }

  private static void lottery(SeasonResults s, PrintWriter out) {
    LotteryResult l = s.lottery();
    out.printf(Locale.ROOT, "Lottery  %s; %s of losers apply again; new applicants %s a month (means over "
            + "replications)%n", l.preferencePoints() ? "preference points (weight 1 + draws lost)" : "uniform draw",
        Text.pct(l.reapplyRate()), l.growthPerMonth() == 0 ? "constant"
            : (l.growthPerMonth() > 0 ? "+" : "") + Text.pct(l.growthPerMonth()));
    out.println("Month    new applicants        pool    places   winners   odds");
    for (int i = 0; i < l.months().size(); i++) {
      LotteryResult.Month m = l.months().get(i);
      double odds = m.winProbability().mean();
      out.printf(Locale.ROOT, "%-8s %14s %11s %9s %9s   %s%n", m.month(), Text.num(m.newApplicants()),
          Text.num(m.pool().mean()), Text.num(m.invitations().mean()), Text.num(m.winners().mean()),
          Double.isNaN(odds) ? "-" : odds >= 1 ? "everyone" : odds <= 0 ? "none" : String.format(Locale.ROOT,
              "1 in %s (%s)", Text.num(1 / odds), share(odds)));
    }
    Summary draws = l.meanDrawsToWin();
    Summary first = l.firstCohortWinShare();
    out.printf(Locale.ROOT, "Winners  %s over the season; they entered %.2f draws on average (95%% CI %.2f to %.2f)"
        + "%n", Text.num(l.winners().mean()), draws.mean(), draws.ciLow(), draws.ciHigh());
    out.printf(Locale.ROOT, "Waiting  %s of %s's new applicants win a place within the season; at the end %s are "
            + "still in the pool and %s gave up%n", share(first.mean()), s.from(),
        Text.num(l.poolAtEnd().mean()), Text.num(l.abandoned().mean()));
    if (l.unfilled().mean() > 0) {
      out.printf(Locale.ROOT, "Unfilled %s invitations had no applicant left to take them%n",
          Text.num(l.unfilled().mean()));
    }
  }
}
