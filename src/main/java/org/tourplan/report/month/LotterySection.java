package org.tourplan.report.month;

import static org.tourplan.report.Html.esc;

import java.util.Locale;
import org.tourplan.lottery.Lottery;
import org.tourplan.run.LotteryResult;
import org.tourplan.run.LotteryRun;
import org.tourplan.run.Results;
import org.tourplan.text.Numbers;
import org.tourplan.scenario.Demand;

/**
 * The report's lottery section (contract 4.2 for the one month of the file): places drawn, pool, winners, the chance to
 * win, and how many monthly draws a fan would need at that chance. Written only when the file has {@code demand}.
 */
public final class LotterySection {
  private LotterySection() {
  }

  /**
   * Expected draws to win for a fan who enters every month at a constant chance p: the mean of a geometric
   * distribution, 1 / p (at least 1); NaN when nobody can win.
   */
  static double drawsAtOdds(double p) {
    return p <= 0 || Double.isNaN(p) ? Double.NaN : Math.max(1, 1 / p);
  }

  /**
   * The chance to win and the draws to win at that chance for a one-month timetable (contract 4.1 with H = 1:
   * winners = min(places drawn, applicants), places drawn = tours x (size + overbook)), for the plan page.
   */
  public static String[] oddsAndDraws(int tours, int size, int overbook, Demand d) {
    long applicants = Lottery.newApplicants(d.applicationsPerMonth(), d.growthPerMonth(), 1);
    long drawn = LotteryRun.invitations(tours, size, overbook);
    double p = applicants == 0 ? Double.NaN : (double) Math.min(drawn, applicants) / applicants;
    double draws = drawsAtOdds(p);
    return new String[] {Numbers.odds(p) + " (" + Numbers.count(drawn) + " places drawn for "
        + Numbers.count(applicants) + " applicants)", Double.isNaN(draws) ? "nobody can win"
        : String.format(Locale.ROOT, "%.1f monthly draws for a fan entering every month", draws)};
  }

  static void write(StringBuilder b, Results r) {
    LotteryResult l = r.lottery();
    if (l == null || l.months().isEmpty()) {
      return;
    }
    LotteryResult.Month m = l.months().get(0);
    double p = m.winProbability().mean();
    double draws = drawsAtOdds(p);
    b.append("<section id=\"lottery\">\n<h2>The lottery</h2>\n<ul class=\"facts\">\n");
    fact(b, "Places drawn", esc(Numbers.count(m.invitations().mean()))
        + " (scheduled tours &times; (places + overbooking))");
    fact(b, "Applicants", esc(Numbers.count(m.pool().mean())) + " in the draw this month");
    fact(b, "Winners", esc(Numbers.count(m.winners().mean())) + (l.unfilled().mean() > 0 ? "; "
        + esc(Numbers.count(l.unfilled().mean())) + " places had no applicant left" : ""));
    fact(b, "Chance to win", esc(Numbers.odds(p)));
    fact(b, "Draws to win", Double.isNaN(draws) ? "nobody can win"
        : esc(String.format(Locale.ROOT, "%.1f", draws)) + " monthly draws on average for a fan who enters every "
        + "month at this chance (1 / chance); <code>tourplan season</code> follows the pool over months");
    b.append("</ul>\n</section>\n");
  }

  /** One fact; {@code html} is already escaped. */
  private static void fact(StringBuilder b, String label, String html) {
    b.append("<li><span class=\"fact-name\">").append(esc(label)).append("</span> ").append(html)
        .append("</li>\n");
  }
}
