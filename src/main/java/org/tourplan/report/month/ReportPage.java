package org.tourplan.report.month;

import static org.tourplan.report.Html.esc;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tourplan.run.Results;
import org.tourplan.run.Summary;
import org.tourplan.text.Numbers;
import org.tourplan.safety.LimitVerdict;
import org.tourplan.safety.LimitWords;
import org.tourplan.safety.SafetyReport;
import org.tourplan.verdict.Verdict;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.report.Html;
import org.tourplan.report.ReportCss;

/**
 * The report page: one self-contained HTML file (inline CSS, no script) that answers a manager's three questions
 * at the top (target? safe? bottleneck?) and backs them with the verdict table, the charts and the inputs.
 * This class writes the top, the charts and the notes and holds the page's shared wording; the longer sections are
 * {@link LimitsTable}, {@link ShuttleSectionHtml} and {@link InputsTables}, the stylesheet {@link ReportCss}.
 * Every string derived from the scenario passes through {@link Html#esc}; numbers are formatted here.
 */
final class ReportPage {
  /** A chart as the page shows it. */
  record Chart(String id, String file, String title, String which, String howToRead, int width, int height,
               String alt) { }

  private final Scenario sc;
  private final Results r;
  private final SafetyReport safety;
  private final ReportModel m;
  private final StringBuilder b = new StringBuilder(64 * 1024);

  private ReportPage(Scenario sc, Results r, SafetyReport safety, ReportModel m) {
    this.sc = sc;
    this.r = r;
    this.safety = safety;
    this.m = m;
  }

  /** The page's HTML. */
  static String html(Scenario sc, Results r, SafetyReport safety, ReportModel m, List<Chart> charts) {
    return html(sc, r, safety, m, charts, null, List.of());
  }

  /** The page's HTML with the optional shuttle section ({@code shuttles} null: none) and its charts. */
  static String html(Scenario sc, Results r, SafetyReport safety, ReportModel m, List<Chart> charts,
                     ShuttleSection shuttles, List<Chart> shuttleCharts) {
    return new ReportPage(sc, r, safety, m).build(charts, shuttles, shuttleCharts);
  }

  private String build(List<Chart> charts, ShuttleSection shuttles, List<Chart> shuttleCharts) {
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc("tourplan report: " + sc.name())).append("</title>\n")
        .append("<style>\n").append(ReportCss.CSS).append("</style>\n</head>\n<body>\n<main>\n");
    header();
    headline();
    LotterySection.write(b, r);
    LimitsTable.write(b, safety);
    for (Chart c : charts) {
      chart(c);
    }
    if (shuttles != null) {
      ShuttleSectionHtml.write(b, sc, m, shuttles, shuttleCharts);
    }
    InputsTables.write(b, sc, r);
    footer();
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------------- top

  private void header() {
    b.append("<header>\n<p class=\"kicker\">tourplan report &middot; ").append(esc(monthName(sc.month())))
        .append(" &middot; ").append(Numbers.count(r.replications())).append(" simulated months &middot; seed ")
        .append(r.seed()).append("</p>\n<h1 id=\"scenario-name\">").append(esc(sc.name())).append("</h1>\n</header>\n");
  }

  /** "July 2025". */
  static String monthName(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
  }

  private void headline() {
    Summary visitors = r.metric("visitorsPerMonth").summary();
    Summary places = r.metric("placesPerMonth").summary();
    b.append("<section id=\"headline\" class=\"headline\">\n");

    Results.TargetResult t = r.target();
    String unit = t != null && t.unit() == Target.Unit.PLACES ? "places" : "visitors";
    Summary shown = unit.equals("places") ? places : visitors;
    String cls;
    String answer;
    if (t == null) {
      cls = "neutral";
      answer = "No target in the scenario file. This schedule brings " + Numbers.count(visitors.mean())
          + " visitors a month on average (95% CI " + range(visitors) + ").";
    } else {
      cls = t.met() ? "ok" : "breached";
      answer = (t.met() ? "<strong>Yes</strong> &mdash; this schedule reaches " : "<strong>No</strong> &mdash; "
          + "this schedule reaches ") + Numbers.count(t.goal()) + " " + unit + " a month in "
          + (t.met() ? "" : "only ") + Numbers.percentRounded(t.probability()) + " of simulated months (" + Numbers.count(t.monthsMet())
          + " of " + Numbers.count(r.replications()) + "; " + Numbers.percentRounded(t.confidence()) + " required). On average "
          + Numbers.count(shown.mean()) + " " + unit + " a month (95% CI " + range(shown) + ").";
    }
    card("answer-target", cls, "Does it reach the target?", answer);

    card("answer-safety", ReportCss.verdictClass(safety.overall()), "Is it safe?", safetyAnswer());
    if (sc.plan() != null && sc.plan().written()) { // without a plan section the file has no prices of its own
      card("answer-cost", "neutral", "What does it cost?", esc(costAnswer(sc, visitors.mean())));
    }
    card("answer-bottleneck", "neutral", "Where is the bottleneck?", esc(m.bottleneck()));

    b.append("<ul class=\"facts\">\n");
    fact("Visitors a month", Numbers.count(visitors.mean()) + " on average (95% CI " + range(visitors)
        + "); 90% of months between " + Numbers.count(visitors.p05()) + " and " + Numbers.count(visitors.p95()));
    fact("Parties admitted", Numbers.count(places.mean()) + " a month on average (95% CI " + range(places)
        + ")");
    Summary away = r.metric("turnedAway").summary();
    fact("Turned away", Numbers.number(away.mean()) + " persons a month on average at check-in (most in a month: "
        + Numbers.count(away.max()) + "; a party is sent home when it would take the tour past "
        + Numbers.count(sc.group().maxSize()) + " persons)");
    Summary tours = r.metric("toursPerMonth").summary();
    Summary minutes = r.metric("tourMinutes").summary();
    fact("Tours", Numbers.count(tours.mean()) + " a month; " + (Double.isNaN(minutes.mean()) ? "-"
        : Numbers.count(minutes.mean())) + " minutes long on average");
    if (r.demand() != null) {
      Results.DemandResult d = r.demand();
      double placesOffered = d.scheduledTours() * (double) sc.group().size();
      String odds = d.winProbability() >= 1 ? "every applicant can get a place"
          : "1 in " + Numbers.count(Math.max(1, Math.round(1 / d.winProbability()))) + " applicants wins a place";
      fact("Lottery odds", odds + " (" + Numbers.count(placesOffered) + " places for "
          + Numbers.count(d.applicationsPerMonth()) + " applications a month)");
    }
    b.append("</ul>\n</section>\n");
  }

  /**
   * "141,250 yuan a month, 127 yuan per visitor (1,109 visitors a month on average); weekend staff at 2x": the
   * file's own timetable, fleet and guides priced by its {@code plan.costs}, the planner's one formula.
   */
  static String costAnswer(Scenario sc, double visitors) {
    PlanSpace.Costs k = sc.plan().costs();
    double cost = k.month(sc);
    String s = k.format(cost) + " a month";
    if (visitors > 0) {
      s += ", " + k.format(cost / visitors) + " per visitor (" + Numbers.count(visitors)
          + " visitors a month on average)";
    }
    s += ": " + Numbers.count(PlanSpace.Calendar.of(sc.schedule(), sc.month()).tours()) + " tours, "
        + Numbers.count(sc.shuttles().vehicles()) + (sc.shuttles().vehicles() == 1 ? " shuttle, " : " shuttles, ")
        + Numbers.count(sc.guides().count()) + (sc.guides().count() == 1 ? " guide" : " guides")
        + " at the prices of the file's plan section" + (k.weekendRate() == 1 ? ""
        : ", weekend staff at " + Numbers.number(k.weekendRate()) + "x") + ".";
    return s;
  }

  private String safetyAnswer() {
    List<LimitVerdict> limits = safety.limits();
    int n = r.replications();
    if (limits.isEmpty()) {
      return "<span class=\"verdict\">NOT CHECKED</span> &mdash; the scenario file has no limits.";
    }
    if (safety.overall() == Verdict.SAFE) {
      return "<span class=\"verdict\">" + Verdict.SAFE.label() + "</span> &mdash; "
          + esc(LimitWords.noneBreached(limits)) + " in any of the " + Numbers.count(n) + " simulated months.";
    }
    // what happened, not the rule that was broken: "up to 214 persons stood on the production floor at once"
    List<String> happened = new ArrayList<>();
    java.util.Set<Integer> months = new java.util.TreeSet<>();
    for (LimitVerdict v : limits) {
      if (v.monthsBreached() > 0) {
        happened.add(LimitWords.happened(v));
        months.add(v.monthsBreached());
      }
    }
    String which;
    if (months.size() == 1) {
      int k = months.iterator().next();
      which = (k == n ? "in every one of the " + Numbers.count(n) + " simulated months"
          : "in " + Numbers.count(k) + " of the " + Numbers.count(n) + " simulated months ("
          + Numbers.percentRounded(k / (double) n) + ")") + ", " + String.join("; ", happened);
    } else {
      List<String> each = new ArrayList<>();
      int i = 0;
      for (LimitVerdict v : limits) {
        if (v.monthsBreached() > 0) {
          each.add(happened.get(i++) + " (in " + Numbers.count(v.monthsBreached()) + " of "
              + Numbers.count(n) + (n == 1 ? " month)" : " months)"));
        }
      }
      which = String.join("; ", each);
    }
    return "<span class=\"verdict\">" + safety.overall().label() + "</span> &mdash; " + esc(which)
        + ". The limits table below says when, where and why.";
  }

  private void card(String id, String cls, String question, String answerHtml) {
    b.append("<div id=\"").append(id).append("\" class=\"answer ").append(cls).append("\">\n<h2>")
        .append(question).append("</h2>\n<p>").append(answerHtml).append("</p>\n</div>\n");
  }

  private void fact(String name, String text) {
    b.append("<li><span class=\"fact-name\">").append(esc(name)).append("</span> ").append(esc(text))
        .append("</li>\n");
  }
  // ---------------------------------------------------------------------------------------------- charts

  private void chart(Chart c) {
    b.append("<section class=\"chart\" id=\"").append(c.id()).append("\">\n<h2>").append(esc(c.title()))
        .append("</h2>\n<p class=\"why\">").append(esc(c.which())).append("</p>\n");
    if (c.file() != null) { // no file: nothing to draw, and the sentence above says why
      figure(b, c, false);
    }
    b.append("</section>\n");
  }

  /** A chart's image and how to read it; the figure carries the chart's id when no section does. */
  static void figure(StringBuilder b, Chart c, boolean id) {
    b.append(id ? "<figure id=\"" + c.id() + "\">" : "<figure>").append("\n<img src=\"")
        .append(esc(c.file())).append("\" width=\"").append(c.width()).append("\" height=\"").append(c.height())
        .append("\" alt=\"").append(esc(c.alt())).append("\">\n<figcaption>").append(esc(c.howToRead()))
        .append("</figcaption>\n</figure>\n");
  }
  // ---------------------------------------------------------------------------------------------- footer

  private void footer() {
    b.append("<footer id=\"notes\">\n<h2>How to read this report</h2>\n<ul>\n")
        .append("<li><strong>Simulated months.</strong> The month was simulated ").append(Numbers.count(r.replications()))
        .append(" times with independent random no-shows, party sizes, stays and boarding times. ")
        .append("&ldquo;95% CI&rdquo; is the 95% confidence interval of the mean over those months (how precisely the ")
        .append("simulation knows the average); the spread of single months is wider.</li>\n")
        .append("<li><strong>Representative month.</strong> ").append(esc(m.representativeText()))
        .append(" Its tours are in <a href=\"tours.csv\">tours.csv</a>; every metric of every month is summarised in ")
        .append("<a href=\"results.json\">results.json</a>.</li>\n")
        .append("<li><strong>On the floor.</strong> A group counts on the production floor at a floor zone from its ")
        .append("arrival there (queueing included) until its shuttle leaves that zone's pickup. The evacuation limit ")
        .append("line of a zone is its exit flow (persons per minute) &times; the evacuation limit in minutes.</li>\n")
        .append("<li><strong>Utilisation</strong> (representative month). Operating time = over the days with tours, ")
        .append("from the first tour's scheduled start to the last tour's end. Guides: guide-minutes held by groups ")
        .append("(from check-in to the end of the tour) &divide; (guides &times; operating time). Shuttles: ")
        .append("vehicle-minutes held by groups (dedicated: from the first pickup to the end of the tour; pooled: from ")
        .append("the vehicles' arrival at a pickup until the group enters the next zone; empty driving not counted) ")
        .append("&divide; (vehicles &times; operating time). Zones: the larger of person-minutes inside &divide; ")
        .append("(capacity &times; operating time) and, where groups at once are limited, group-minutes inside ")
        .append("&divide; (groups at once &times; operating time). High utilisation is where extra tours will queue ")
        .append("first.</li>\n")
        .append("<li><strong>Bottleneck.</strong> The place with the longest average wait over all simulated months ")
        .append("(zone entrances, shuttle pickups, guides); when nobody waits, the most utilised resource.</li>\n")
        .append("</ul>\n<p class=\"small\">Made by tourplan from the scenario file; the same file and seed give the ")
        .append("same numbers.</p>\n</footer>\n");
  }

  // ---------------------------------------------------------------------------------------------- helpers

  /** A summary's 95% confidence interval of the mean ("1,200\u20131,260"). */
  static String range(Summary s) {
    if (Double.isNaN(s.ciLow())) {
      return "not available";
    }
    return Numbers.count(s.ciLow()) + "\u2013" + Numbers.count(s.ciHigh());
  }
}
