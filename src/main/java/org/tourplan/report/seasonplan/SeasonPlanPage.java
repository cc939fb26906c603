package org.tourplan.report.seasonplan;

import static org.tourplan.report.Html.esc;

import org.tourplan.report.ReportCss;
import org.tourplan.report.plan.DiagnosisHtml;
import org.tourplan.report.ChartStyle;
import java.util.List;
import java.util.Locale;
import org.tourplan.plan.SeasonPlan;
import org.tourplan.plan.SeasonPlanWords;
import org.tourplan.run.LotteryResult;
import org.tourplan.run.SeasonResults;
import org.tourplan.run.Summary;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.text.Numbers;

/**
 * The season plan's page: the recommended season against the file's own (its cost, the group and fleet, each
 * phase's change), every month (tours, cost, visitors against its target, the breach test on fresh months, places,
 * odds and wait), the charts, how the season was planned, or, when no season works, why. Sentences from
 * {@link SeasonPlanText} and {@code plan.SeasonPlanWords}; every scenario-derived string escaped.
 */
final class SeasonPlanPage {
  private final SeasonPlan p;
  private final SeasonResults chosen;
  private final SeasonResults current;
  private final List<SeasonPlanWriter.Chart> charts;
  private final PlanSpace.Costs costs;
  private final StringBuilder b = new StringBuilder(64 * 1024);

  SeasonPlanPage(SeasonPlan p, SeasonResults chosen, SeasonResults current, List<SeasonPlanWriter.Chart> charts) {
    this.p = p;
    this.chosen = chosen;
    this.current = current;
    this.charts = charts;
    this.costs = p.base().plan().costs();
  }

  String build() {
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(SeasonPlanText.TITLE + p.base().name())).append("</title>\n<style>\n")
        .append(ReportCss.CSS).append("td.num, th.num { text-align: right; white-space: nowrap; } td.m { white-space: nowrap; }\n")
        .append("</style>\n</head>\n<body>\n<main>\n");
    b.append("<p class=\"kicker\">").append(esc(SeasonPlanText.KICKER + p.base().season().from() + " to "
        + p.base().season().to() + " · seed " + p.base().seed())).append("</p>\n<h1>").append(esc(p.base().name()))
        .append("</h1>\n");
    b.append("<p class=\"why\">").append(esc(SeasonPlanText.GOAL + SeasonPlanWords.goal(p))).append(".</p>\n");
    if (p.planned()) {
      headline();
      phases();
      chart("cost.png");
      months();
      chart("visitors.png");
      chart("odds.png");
    } else {
      infeasible();
    }
    search();
    b.append("<footer>\n<h2>").append(esc(SeasonPlanText.READ)).append("</h2>\n<ul>\n");
    for (String n : SeasonPlanText.NOTES) {
      if (p.planned() || !n.startsWith("recommended")) {
        b.append("<li>").append(esc(n)).append("</li>\n");
      }
    }
    b.append("</ul>\n</footer>\n</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private void headline() {
    b.append("<div class=\"headline\">\n<div class=\"answer ok\"><h2>").append(esc(SeasonPlanText.RECOMMENDATION))
        .append("</h2><p><span class=\"verdict\">").append(esc(costs.format(p.cost()))).append("</span>")
        .append(esc(SeasonPlanText.FOR_SEASON)).append(" (").append(esc(SeasonPlanWords.costAgainst(p))).append(").</p>\n<p class=\"small\">")
        .append(esc(SeasonPlanText.RESOURCES + SeasonPlanWords.resources(p))).append(".</p>\n<ul class=\"changes\">");
    for (SeasonPlan.UnitPlan u : p.units()) {
      b.append("<li>").append(esc(u.label() + ": " + SeasonPlanWords.change(u))).append("</li>");
    }
    b.append("</ul></div>\n");
    if (p.waiting() != null) {
      b.append("<div class=\"answer ok\"><h2>").append(esc(SeasonPlanText.WAITING)).append("</h2><p>")
          .append(esc(SeasonPlanWords.waiting(p.waiting().goal()))).append(": <span class=\"verdict\">")
          .append(esc(SeasonPlanWords.waitingVerdict(p.waiting()))).append("</span></p></div>\n");
    }
    int met = 0;
    for (SeasonResults.MonthResult m : current.months()) {
      met += m.results().target() != null && m.results().target().met() ? 1 : 0;
    }
    b.append("<div class=\"answer neutral\"><h2>").append(esc(SeasonPlanText.FILE)).append("</h2><p>")
        .append(esc(String.format(Locale.ROOT, SeasonPlanText.FILE_TARGETS, met, current.months().size())));
    if (current.waiting() != null) {
      b.append(esc(SeasonPlanText.FILE_WAITING + SeasonPlanWords.waitingVerdict(current.waiting())));
    }
    b.append(".</p></div>\n</div>\n");
  }

  private void phases() {
    b.append("<h2>").append(esc(SeasonPlanText.PHASES)).append("</h2>\n<p class=\"why\">")
        .append(esc(SeasonPlanText.PHASES_WHY)).append("</p>\n<table>\n<thead><tr>");
    for (String h : SeasonPlanText.PHASE_HEADS) {
      b.append("<th>").append(esc(h)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (SeasonPlan.UnitPlan u : p.units()) {
      double was = u.months().stream().mapToDouble(SeasonPlan.MonthPlan::currentCost).sum();
      double now = u.months().stream().mapToDouble(SeasonPlan.MonthPlan::cost).sum();
      b.append("<tr><td>").append(esc(u.label())).append("</td><td>").append(esc(SeasonPlanWords.target(u.target())))
          .append("</td><td>").append(esc(u.current().pattern())).append("</td><td>")
          .append(esc(u.unchanged() ? SeasonPlanText.UNCHANGED : u.chosen().candidate().pattern())).append("</td><td>")
          .append(esc(SeasonPlanWords.starts(u))).append("</td><td class=\"num\">").append(esc(costs.format(was)))
          .append(" → ").append(esc(costs.format(now))).append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n");
  }

  private void months() {
    b.append("<h2>").append(esc(SeasonPlanText.MONTHS)).append("</h2>\n<p class=\"why\">")
        .append(esc(SeasonPlanText.MONTHS_WHY)).append("</p>\n<table>\n<thead><tr>");
    String[] heads = SeasonPlanText.MONTH_HEADS.clone();
    heads[heads.length - 1] = chosen.waiting() != null ? String.format(Locale.ROOT, SeasonPlanText.WAIT_WITHIN,
        chosen.waiting().goal().withinMonths()) : SeasonPlanText.WAIT_SEASON;
    for (int i = 0; i < heads.length; i++) {
      b.append(i == 0 || i == 6 ? "<th>" : "<th class=\"num\">").append(esc(heads[i])).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (SeasonPlan.UnitPlan u : p.units()) {
      b.append("<tr><th colspan=\"").append(heads.length).append("\">").append(esc(u.label() + ": "
          + (u.unchanged() ? SeasonPlanText.UNCHANGED : u.chosen().candidate().pattern()))).append("</th></tr>\n");
      for (SeasonPlan.MonthPlan m : u.months()) {
        SeasonResults.MonthResult r = chosen.months().stream().filter(x -> x.month().month().equals(m.month()))
            .findFirst().orElseThrow();
        Summary v = r.results().metric("visitorsPerMonth").summary();
        String odds = "-";
        String wait = "-";
        if (chosen.lottery() != null) {
          LotteryResult.Month l = chosen.lottery().months().stream().filter(x -> x.month().equals(m.month()))
              .findFirst().orElseThrow();
          double c = l.winProbability().mean();
          odds = Double.isNaN(c) ? "-" : c >= 1 ? "everyone" : "1 in " + Numbers.amount(1 / c);
          Summary w = l.cohortWinShareWithin() != null ? l.cohortWinShareWithin() : l.cohortWinShare();
          wait = Numbers.chance(w.mean());
        }
        boolean met = r.results().target().met();
        b.append("<tr class=\"").append(met && m.confirmation() != null && m.confirmation().passed() ? "ok"
                : "at-risk").append("\"><td class=\"m\">").append(m.month()).append("</td><td class=\"num\">")
            .append(m.tours())
            .append(" (").append(m.currentTours()).append(")</td><td class=\"num\">").append(esc(Numbers.count(m.cost())))
            .append(" (").append(esc(Numbers.count(m.currentCost()))).append(")</td><td class=\"num\">")
            .append(esc(Numbers.count(v.mean()))).append(" (").append(esc(Numbers.count(v.ciLow()))).append("&ndash;")
            .append(esc(Numbers.count(v.ciHigh()))).append(")</td><td class=\"num\">")
            .append(esc(Numbers.count(r.results().target().goal()))).append("</td><td class=\"num\">")
            .append(esc(Numbers.percent(r.results().target().probability()))).append("</td><td class=\"m\">")
            .append(esc(SeasonPlanWords.confirmationCell(m.confirmation()))).append("</td><td class=\"num\">")
            .append(esc(Numbers.count(m.places()))).append("</td><td class=\"num\">").append(esc(odds))
            .append("</td><td class=\"num\">").append(esc(wait)).append("</td></tr>\n");
      }
    }
    b.append("</tbody>\n</table>\n");
  }

  private void infeasible() {
    SeasonPlan.Infeasible why = p.infeasible();
    b.append("<div class=\"headline\">\n<div class=\"answer breached\"><h2>").append(esc(SeasonPlanText.NONE))
        .append("</h2><p><span class=\"verdict\">").append(esc(SeasonPlanText.NONE_VERDICT)).append("</span>")
        .append(esc(SeasonPlanText.NONE_TEXT)).append("</p></div>\n</div>\n");
    b.append("<h2>").append(esc(SeasonPlanText.WHY_NONE)).append("</h2>\n<ul class=\"explain\">");
    for (String x : why.binding()) {
      b.append("<li>").append(esc(x)).append("</li>");
    }
    b.append("</ul>\n");
    if (!why.fixes().isEmpty()) {
      b.append("<h2>").append(esc(SeasonPlanText.FIXES)).append("</h2>\n<ul class=\"explain\">");
      for (String x : why.fixes()) {
        b.append("<li>").append(esc(x)).append("</li>");
      }
      b.append("</ul>\n");
    }
    for (SeasonPlan.UnitPlan u : p.units()) {
      if (u.diagnosis() != null) {
        b.append("<section>\n<h2>").append(esc(String.format(Locale.ROOT, SeasonPlanText.UNIT_DIAGNOSIS,
            u.label()))).append("</h2>\n");
        DiagnosisHtml.append(b, u.diagnosis(), costs);
        b.append("</section>\n");
      }
    }
  }

  private void search() {
    int months = p.units().stream().mapToInt(u -> u.months().size()).sum();
    String method = SeasonPlanText.METHOD + (p.planned() ? SeasonPlanText.CHEAPEST : "");
    b.append("<h2>").append(esc(SeasonPlanText.SEARCH)).append("</h2>\n<p>").append(esc(method))
        .append("</p>\n<p>").append(esc(String.format(Locale.ROOT, SeasonPlanText.SPLIT, Numbers.share(p.alpha()),
            months))).append("</p>\n<p class=\"small\">").append(esc(SeasonPlanWords.work(p))).append(".</p>\n");
  }

  private void chart(String file) {
    for (SeasonPlanWriter.Chart c : charts) {
      if (c.file().equals(file)) {
        b.append("<section class=\"chart\">\n<h2>").append(esc(c.title())).append("</h2>\n<p class=\"why\">")
            .append(esc(c.why())).append("</p>\n<figure><img src=\"").append(esc(c.file())).append("\" width=\"")
            .append(ChartStyle.WIDTH).append("\" height=\"").append(c.height()).append("\" alt=\"")
            .append(esc(c.title())).append("\"></figure>\n</section>\n");
      }
    }
  }
}
