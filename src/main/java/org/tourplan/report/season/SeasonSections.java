package org.tourplan.report.season;

import static org.tourplan.report.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tourplan.run.LotteryResult;
import org.tourplan.safety.PhaseSafety;
import org.tourplan.run.Results;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.Summary;
import org.tourplan.run.WaitingCheck;
import org.tourplan.verdict.Verdict;
import org.tourplan.text.Numbers;
import org.tourplan.text.WaitingWords;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.report.ReportCss;

/** The season page's text: headline answers, the months table, safety per phase, the lottery, the notes. */
final class SeasonSections {
  private SeasonSections() {
  }

  static void headline(StringBuilder b, Scenario sc, SeasonResults s) {
    b.append("<div class=\"headline\">\n");
    boolean own = sc.season() != null && sc.season().phaseTargets();
    if (sc.target() != null || own) {
      int met = 0;
      for (SeasonResults.MonthResult m : s.months()) {
        met += m.results().target() != null && m.results().target().met() ? 1 : 0;
      }
      String cls = met == s.months().size() ? "ok" : met == 0 ? "breached" : "at-risk";
      b.append("<section class=\"answer ").append(cls).append("\"><h2>Target</h2><p><span class=\"verdict\">")
          .append(met).append(" of ").append(s.months().size()).append(" months</span> reach ");
      if (own) {
        b.append("their targets (each phase's own, else the file's) in the share of their simulated months each asks.</p></section>\n");
      } else {
        b.append(esc(Numbers.count(sc.target().visitorsPerMonth()))).append(' ')
            .append(sc.target().unit() == Target.Unit.PLACES ? "places" : "visitors").append(" in ")
            .append(Numbers.percentShort(sc.target().confidence())).append(" of their simulated months.</p></section>\n");
      }
    }
    int unsafe = 0;
    int atRisk = 0;
    StringBuilder phases = new StringBuilder();
    for (PhaseSafety p : PhaseSafety.of(s)) {
      unsafe += p.verdict() == Verdict.UNSAFE ? 1 : 0;
      atRisk += p.verdict() == Verdict.AT_RISK ? 1 : 0;
      phases.append(phases.length() == 0 ? "" : "; ").append(p.label()).append(": ").append(p.verdict().label());
    }
    String cls = unsafe > 0 ? "breached" : atRisk > 0 ? "at-risk" : "ok";
    b.append("<section class=\"answer ").append(cls).append("\"><h2>Safety</h2><p>").append(esc(phases.toString()))
        .append(".</p></section>\n");
    if (s.lottery() != null) {
      LotteryResult l = s.lottery();
      b.append("<section class=\"answer\"><h2>Waiting for a place</h2><p>")
          .append(esc(Numbers.chance(l.firstCohortWinShare().mean()))).append(" of ").append(s.from())
          .append("'s applicants win a place within the season; winners entered ")
          .append(String.format(Locale.ROOT, "%.1f", l.meanDrawsToWin().mean()))
          .append(" monthly draws on average. ").append(esc(Numbers.count(l.poolAtEnd().mean())))
          .append(" are still waiting at the end.</p>");
      if (s.waiting() != null) {
        b.append("<p class=\"small\"><strong>Waiting goal:</strong> ")
            .append(esc(waiting(s.waiting()))).append(".</p>");
      }
      b.append("</section>\n");
    }
    b.append("</div>\n");
  }

  static void monthsTable(StringBuilder b, Scenario sc, SeasonResults s) {
    b.append("<h2>Month by month</h2>\n<table>\n<thead><tr><th>month</th><th>timetable</th>"
        + "<th class=\"num\">tours</th><th class=\"num\">visitors (95% CI)</th><th class=\"num\">90% of months"
        + "</th>").append(phaseTargets(sc) ? "<th class=\"num\">target</th>" : "")
        .append(sc.target() == null && !phaseTargets(sc) ? "" : "<th class=\"num\">P(target)</th>")
        .append("<th>limits breached</th></tr></thead>\n<tbody>\n");
    for (SeasonResults.MonthResult m : s.months()) {
      Results r = m.results();
      Summary v = r.metric("visitorsPerMonth").summary();
      StringBuilder breaches = new StringBuilder();
      for (Results.BreachResult x : r.breaches()) {
        if (x.monthsBreached() > 0) {
          breaches.append(breaches.length() == 0 ? "" : ", ").append(x.rule().name()).append(" ")
              .append(Numbers.percent(x.probability()));
        }
      }
      String phase = m.month().phase() < 0 ? "the file's own timetable" : "phase " + s.phases().get(m.month().phase())
          .label();
      b.append("<tr><td>").append(m.month().month()).append("</td><td>").append(esc(phase))
          .append("</td><td class=\"num\">").append(m.scheduledTours()).append("</td><td class=\"num\">")
          .append(esc(Numbers.count(v.mean()))).append(" (").append(esc(Numbers.count(v.ciLow()))).append(" to ")
          .append(esc(Numbers.count(v.ciHigh()))).append(")</td><td class=\"num\">").append(esc(Numbers.count(v.p05())))
          .append(" to ").append(esc(Numbers.count(v.p95()))).append("</td>");
      if (phaseTargets(sc)) {
        b.append("<td class=\"num\">").append(r.target() == null ? "-" : esc(Numbers.count(r.target().goal())))
            .append("</td>");
      }
      if (sc.target() != null || phaseTargets(sc)) {
        b.append("<td class=\"num\">").append(r.target() == null ? "-" : Numbers.percent(r.target().probability())
            + (r.target().met() ? " met" : " not met")).append("</td>");
      }
      b.append("<td>").append(breaches.length() == 0 ? "none" : esc(breaches.toString())).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  /** The waiting goal and its verdict in words. */
  private static String waiting(WaitingCheck c) {
    List<String> parts = new ArrayList<>();
    for (WaitingCheck.Cohort k : c.cohorts()) {
      parts.add(WaitingWords.cohort(k.month(), k.share(), k.met()));
    }
    return WaitingWords.goal(c.goal().share(), c.goal().from(), c.goal().withinMonths()) + ": "
        + WaitingWords.verdict(c.met(), parts);
  }

  /** Whether some phase has a target of its own (each month's is then shown). */
  static boolean phaseTargets(Scenario sc) {
    return sc.season() != null && sc.season().phaseTargets();
  }

  static void safety(StringBuilder b, SeasonResults s) {
    b.append("<h2>Safety by phase</h2>\n<table>\n<thead><tr><th>phase</th><th class=\"num\">months</th>"
        + "<th class=\"num\">simulated</th><th>verdict</th><th>limits breached</th></tr></thead>\n<tbody>\n");
    for (PhaseSafety p : PhaseSafety.of(s)) {
      StringBuilder why = new StringBuilder();
      for (Map.Entry<String, Integer> e : p.breached().entrySet()) {
        if (e.getValue() > 0) {
          why.append(why.length() == 0 ? "" : ", ").append(e.getKey()).append(" in ").append(e.getValue())
              .append(" of ").append(p.simulated());
        }
      }
      String cls = ReportCss.verdictClass(p.verdict());
      b.append("<tr class=\"").append(cls).append("\"><td>").append(esc(p.label())).append("</td><td class=\"num\">")
          .append(p.months()).append("</td><td class=\"num\">").append(esc(Numbers.count(p.simulated())))
          .append("</td><td><span class=\"badge\">").append(p.verdict().label()).append("</span></td><td>")
          .append(p.breached().isEmpty() ? "no limits in the file" : why.length() == 0 ? "none"
              : esc(why.toString())).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  static void lottery(StringBuilder b, SeasonResults s) {
    LotteryResult l = s.lottery();
    b.append("<h2>The lottery</h2>\n<p>").append(l.preferencePoints() ? "Preference points: each lost draw adds a "
            + "point and a ticket weighs 1 + points." : "A uniform draw: every entry has the same chance.")
        .append(' ').append(Numbers.percent(l.reapplyRate())).append(" of losers enter the next month's draw again; new "
            + "applicants ").append(l.growthPerMonth() == 0 ? "stay the same each month"
            : "change by " + Numbers.percent(l.growthPerMonth()) + " a month")
        .append(". Means over ").append(String.format(Locale.ROOT, "%,d", s.replications()))
        .append(s.replications() == 1 ? " simulated season.</p>" : " simulated seasons.</p>")
        .append("\n<table>\n<thead><tr><th>month</th><th class=\"num\">new applicants</th>"
            + "<th class=\"num\">pool</th><th class=\"num\">places drawn</th><th class=\"num\">winners</th>"
            + "<th class=\"num\">chance to win</th></tr></thead>\n<tbody>\n");
    for (LotteryResult.Month m : l.months()) {
      b.append("<tr><td>").append(m.month()).append("</td><td class=\"num\">")
          .append(esc(Numbers.count(m.newApplicants()))).append("</td><td class=\"num\">")
          .append(esc(Numbers.count(m.pool().mean()))).append("</td><td class=\"num\">")
          .append(esc(Numbers.count(m.invitations().mean()))).append("</td><td class=\"num\">")
          .append(esc(Numbers.count(m.winners().mean()))).append("</td><td class=\"num\">")
          .append(esc(Numbers.odds(m.winProbability().mean()))).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n<p>Over the season: ").append(esc(Numbers.count(l.winners().mean())))
        .append(" winners, ").append(esc(Numbers.count(l.abandoned().mean()))).append(" losers gave up, ")
        .append(esc(Numbers.count(l.poolAtEnd().mean()))).append(" still in the pool at the end")
        .append(l.unfilled().mean() > 0 ? ", " + esc(Numbers.count(l.unfilled().mean()))
            + " places drawn with nobody left to take them" : "").append(".</p>\n");
  }

  static void notes(StringBuilder b, SeasonResults s) {
    b.append("<footer>\n<h2>How to read this</h2>\n<ul>\n")
        .append("<li>Each month is simulated with its own timetable (its phase's, else the file's own "
            + "timetable) and the file's seed, so a month here equals <code>tourplan simulate</code> of "
            + "that month alone.</li>\n")
        .append("<li><b>Safety</b>: SAFE when no limit was breached in any simulated month of the phase, AT RISK "
            + "when in some, UNSAFE when one limit was breached in most.</li>\n")
        .append("<li><b>Places drawn</b>: scheduled tours × (group size + overbooking). Those who win do not "
            + "enter again; a loser enters the next draw with the file's return probability, or gives up for "
            + "good.</li>\n")
        .append("<li>Every figure is in <code>season.json</code> beside this page.</li>\n</ul>\n</footer>\n");
  }
}
