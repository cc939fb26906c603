package org.tourplan.report.plan;

import static org.tourplan.report.Html.esc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tourplan.plan.Evaluation;
import org.tourplan.plan.Headline;
import org.tourplan.plan.PlanResult;
import org.tourplan.plan.PlanWords;
import org.tourplan.plan.RejectedGroup;
import org.tourplan.verdict.Verdict;
import org.tourplan.text.Numbers;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.output.AtomicFiles;
import org.tourplan.report.Html;
import org.tourplan.report.ReportCss;
import org.tourplan.report.month.LotterySection;

/**
 * The plan's page: the recommendation next to the current schedule, the runners-up, the frontier, why every
 * cheaper option was rejected, and what the search cost. Every scenario-derived string is escaped. It passes 400
 * lines while the page's wording moves into message bundles (issue 20), which takes its sentences out of the code.
 */
final class PlanPage {
  private static final int REJECTED_ROWS = 200;
  /** Rows of cheaper options shown open: the closest to the recommendation; the rest are one click away. */
  static final int CLOSEST_ROWS = 6;
  /** Not-confirmed candidates shown before the rest fold away. */
  private static final int UNCONFIRMED_SHOWN = 3;
  private final PlanResult p;
  private final StringBuilder b = new StringBuilder(64 * 1024);
  private final List<PlanCharts.Chart> charts;

  private PlanPage(PlanResult p, List<PlanCharts.Chart> charts) {
    this.p = p;
    this.charts = charts;
  }

  /** Writes index.html and the plan's charts into {@code dir}. */
  static void write(PlanResult plan, Path dir) throws IOException {
    List<PlanCharts.Chart> charts = PlanCharts.write(plan, dir);
    String html = new PlanPage(plan, charts).build();
    AtomicFiles.write(dir.resolve("index.html"), html.getBytes(StandardCharsets.UTF_8));
  }

  private String build() {
    Scenario base = p.base();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc("tourplan plan: " + base.name())).append("</title>\n")
        .append("<style>\n").append(ReportCss.CSS).append("</style>\n</head>\n<body>\n<main>\n");
    b.append("<p class=\"kicker\">tourplan plan · ").append(esc(monthName())).append(" · seed ")
        .append(base.seed()).append("</p>\n<h1>").append(esc(base.name())).append("</h1>\n");
    headline();
    comparison();
    for (PlanCharts.Chart c : charts) {
      b.append("<section class=\"chart\">\n<h2>").append(esc(c.title())).append("</h2>\n<p class=\"why\">")
          .append(esc(c.why())).append("</p>\n<figure><img src=\"").append(esc(c.file())).append("\" width=\"")
          .append(c.width()).append("\" height=\"").append(c.height()).append("\" alt=\"").append(esc(c.title()))
          .append("\"><figcaption>").append(esc(c.caption())).append("</figcaption></figure>\n</section>\n");
    }
    runnersUp();
    rejected();
    search();
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private String monthName() {
    return p.base().month().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " "
        + p.base().month().getYear();
  }

  private String goal() {
    Target t = p.base().target();
    return String.format(Locale.ROOT, "%,.0f %s a month in %.0f%% of months", t.visitorsPerMonth(),
        t.unit() == Target.Unit.PLACES ? "places" : "visitors", 100 * t.confidence());
  }

  private String safetyGoal() {
    return "a month breaching a safety limit with probability at most "
        + Numbers.share(p.base().plan().breachBound());
  }

  private void headline() {
    Evaluation r = p.recommended();
    b.append("<div class=\"headline\">\n");
    if (r == null) {
      b.append("<div class=\"answer breached\"><h2>Recommendation</h2><p><span class=\"verdict\">NONE</span> — no ")
          .append("candidate of the plan space reaches ").append(esc(goal())).append(" with ")
          .append(esc(safetyGoal())).append(". Why, and what would fix it, below.</p>");
      unconfirmed();
      b.append("</div>\n");
    }
    if (r != null) {
      b.append("<div class=\"answer ok\"><h2>Recommendation</h2><p><span class=\"verdict\">")
          .append(esc(r.candidate().label())).append("</span> at ").append(esc(money(r.cost())))
          .append(" a month").append(esc(perVisitor(r))).append(".</p>\n<p><strong>Start times:</strong> ").append(esc(r.candidate().startsText()))
          .append("</p>\n<ul class=\"changes\">");
      for (String change : Headline.changes(p, "\u2192")) {
        b.append("<li>").append(esc(change)).append("</li>");
      }
      b.append("</ul>\n<p class=\"small\">It is the cheapest of ")
          .append(esc(PlanWords.space(p))).append(" that reaches ").append(esc(goal())).append(" with ")
          .append(esc(safetyGoal())).append(": ").append(esc(r.reason())).append(".");
      Evaluation.Confirmation c = r.confirmation();
      if (c != null) {
        b.append(" <strong>Breach probability:</strong> ").append(esc(PlanWords.confirmation(c)))
            .append(", on months the search never used.");
      }
      b.append("</p>");
      if (!p.tied().isEmpty()) {
        b.append("<p class=\"small\"><strong>A tie:</strong> ").append(p.tied().size() == 1 ? "one other timetable"
                : p.tied().size() + " other timetables").append(" that work cost exactly as much (")
            .append(esc(p.tied().stream().map(e -> e.candidate().label()).collect(Collectors.joining("; "))))
            .append("). This one comes first for ").append(esc(p.tieBrokenBy())).append(" (equal cost: more ")
            .append("visitors first, then fewer persons turned away, then the earlier in the plan space).</p>");
      }
      unconfirmed();
      b.append("</div>\n");
      current(p.current(), r);
    }
    b.append("</div>\n");
  }

  /**
   * The file's own timetable judged on both goals, each in its own words (the target, then safety: what happened,
   * not only whether), and what it costs: never one phrase such as "does not meet both goals", which reads as
   * "meets neither".
   */
  private void current(Evaluation cur, Evaluation rec) {
    b.append("<div id=\"against-current\" class=\"answer neutral\"><h2>Against the current timetable</h2>\n<ul class=\"parts\">");
    Evaluation.TargetEstimate t = cur.target();
    String target;
    if (t == null) {
      target = esc(cur.reason());
    } else {
      boolean met = t.probability() >= p.base().target().confidence();
      target = (met ? "reaches it: " : "misses it: ") + esc(String.format(Locale.ROOT, "%,.0f %s a month in %s of "
          + "months (95%% CI %s to %s; %s needed)", p.base().target().visitorsPerMonth(),
          p.base().target().unit() == Target.Unit.PLACES ? "places" : "visitors", Numbers.share(t.probability()),
          Numbers.share(t.low()), Numbers.share(t.high()), Numbers.percentShort(p.base().target().confidence())));
    }
    b.append("<li><strong>Target:</strong> ").append(target).append("</li>");
    b.append("<li><strong>Safety:</strong> ").append(esc(currentSafety(cur))).append("</li>");
    b.append("<li><strong>Cost:</strong> ").append(esc(money(cur.cost()) + " a month" + perVisitor(cur)));
    if (rec.cost() != cur.cost()) {
      double d = cur.cost() - rec.cost();
      b.append(esc("; the recommendation " + (d > 0 ? "saves " + money(d) : "costs " + money(-d) + " more")
          + " a month"));
    }
    b.append("</li></ul></div>\n");
  }

  /** What happened to the current timetable's limits in the months simulated, in words. */
  private static String currentSafety(Evaluation cur) {
    Evaluation.SafetyEstimate s = cur.safety();
    if (s == null) {
      return "its limits were not simulated (" + cur.reason() + ")";
    }
    if (s.monthsBreached() == 0) {
      return "SAFE: no limit was breached in any of the " + Numbers.plural(s.months(), "month") + " simulated";
    }
    List<String> by = new ArrayList<>();
    s.byLimit().entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.reverseOrder()))
        .forEach(e -> {
          org.tourplan.scenario.LimitKind k = org.tourplan.scenario.LimitKind.byKey(e.getKey());
          by.add((k == null ? e.getKey() : k.words().toLowerCase(Locale.ROOT)) + " in "
              + Numbers.plural(e.getValue(), "month"));
        });
    return Verdict.of(s.byLimit(), s.months()).label() + ": a limit was breached in " + Numbers.count(s.monthsBreached()) + " of the "
        + Numbers.plural(s.months(), "month") + " simulated (" + String.join("; ", by) + ")";
  }

  /** ", 117 yuan per visitor" at the candidate's mean visitors, or nothing when they were not counted. */
  private String perVisitor(Evaluation e) {
    return e.target() == null || e.target().visitorsMean() <= 0 ? ""
        : ", " + money(e.cost() / e.target().visitorsMean()) + " per visitor";
  }

  /** Candidates the search chose whose confirmation on fresh months failed: the planner moved on from each. */
  private void unconfirmed() {
    List<Evaluation> all = p.unconfirmed();
    for (int i = 0; i < all.size(); i++) {
      if (i == UNCONFIRMED_SHOWN) { // the cheapest few in view, the rest one click away: the answer stays on top
        b.append("<details><summary class=\"small\">and ").append(all.size() - UNCONFIRMED_SHOWN)
            .append(" more not confirmed</summary>");
      }
      Evaluation u = all.get(i);
      b.append("<p class=\"small\"><strong>Not confirmed:</strong> ").append(esc(u.candidate().label()))
          .append(" passed the search, but ").append(esc(u.reason())).append("; the planner moved on to the next ")
          .append("candidate.</p>");
    }
    if (all.size() > UNCONFIRMED_SHOWN) {
      b.append("</details>");
    }
  }

  private void comparison() {
    Evaluation cur = p.current();
    Evaluation rec = p.recommended();
    b.append("<h2>Current timetable and recommendation</h2>\n<table class=\"kv\"><thead><tr><th></th>")
        .append("<th>Current (the file's own timetable)</th>");
    if (rec != null) {
      b.append("<th>Recommended</th>");
    }
    b.append("</tr></thead><tbody>\n");
    row("Timetable", cur.candidate().pattern(), rec == null ? null : rec.candidate().pattern());
    row("Start times", cur.candidate().startsText(), rec == null ? null : rec.candidate().startsText());
    row("Tours a month", cur.tours() + " on " + cur.days() + " days", rec == null ? null
        : rec.tours() + " on " + rec.days() + " days");
    row("Places per tour", places(cur), rec == null ? null : places(rec));
    row("Shuttles, guides", fleet(cur), rec == null ? null : fleet(rec));
    row("Visitors a month", visitors(cur), rec == null ? null : visitors(rec));
    row("Places a month", placesPerMonth(cur), rec == null ? null : placesPerMonth(rec));
    row("Turned away a month", turnedAway(cur), rec == null ? null : turnedAway(rec));
    row("Reaches the target", target(cur), rec == null ? null : target(rec));
    row("Safety in the months simulate runs", safety(cur), rec == null ? null : safety(rec));
    row("Start times on simulated days", days(cur), rec == null ? null : days(rec));
    if (rec != null && rec.confirmation() != null || cur.confirmation() != null) {
      row("Breach probability (fresh months)", cur.confirmation() == null ? "not tested (not the search's choice)"
          : PlanWords.confirmation(cur.confirmation()), rec == null ? null
          : PlanWords.confirmation(rec.confirmation()));
    }
    row("Cost a month", money(cur.cost()) + costNote(), rec == null ? null : money(rec.cost()) + costNote());
    if (p.base().demand() != null) {
      String[] c = lottery(cur);
      String[] r = rec == null ? null : lottery(rec);
      row("Lottery: chance to win", c[0], r == null ? null : r[0]);
      row("Lottery: draws to win", c[1], r == null ? null : r[1]);
    }
    b.append("</tbody></table>\n<p class=\"small\">Full reports: <a href=\"current/index.html\">current timetable</a>");
    if (rec != null) {
      b.append(" · <a href=\"recommended/index.html\">recommended timetable</a> · the recommendation as a scenario ")
          .append("file: <a href=\"recommended.yaml\">recommended.yaml</a> (<code>tourplan simulate ")
          .append("recommended.yaml</code> confirms it)");
    }
    b.append("</p>\n");
  }

  private void row(String name, String current, String recommended) {
    b.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(current)).append("</td>");
    if (recommended != null) {
      b.append("<td>").append(esc(recommended)).append("</td>");
    }
    b.append("</tr>\n");
  }

  private String[] lottery(Evaluation e) {
    return LotterySection.oddsAndDraws(e.tours(), e.candidate().groupSize(), e.candidate().overbook(),
        p.base().demand());
  }

  private static String places(Evaluation e) {
    return e.candidate().groupSize() + (e.candidate().overbook() > 0 ? " + " + e.candidate().overbook()
        + " overbooked" : "");
  }

  private static String visitors(Evaluation e) {
    return e.target() == null ? "-" : String.format(Locale.ROOT, "%,.0f (95%% CI %,.0f–%,.0f)",
        e.target().visitorsMean(), e.target().visitorsLow(), e.target().visitorsHigh());
  }

  private static String fleet(Evaluation e) {
    int v = e.candidate().vehicles();
    int g = e.candidate().guides();
    return v + (v == 1 ? " shuttle, " : " shuttles, ") + g + (g == 1 ? " guide" : " guides");
  }

  private static String turnedAway(Evaluation e) {
    return e.target() == null ? "-" : Numbers.number(e.target().turnedAwayMean()) + " persons (mean)";
  }

  private String costNote() {
    double rate = p.base().plan().costs().weekendRate();
    return rate == 1 ? "" : " (weekend staff at " + Numbers.number(rate) + "x)";
  }

  private static String placesPerMonth(Evaluation e) {
    return e.target() == null ? "-" : String.format(Locale.ROOT, "%,.0f", e.target().placesMean());
  }

  private static String target(Evaluation e) {
    return e.target() == null ? "-" : String.format(Locale.ROOT, "%.1f%% of %d months (95%% CI %.1f%%–%.1f%%)",
        100 * e.target().probability(), e.target().months(), 100 * e.target().low(), 100 * e.target().high());
  }

  private static String safety(Evaluation e) {
    return e.safety() == null ? "not simulated (" + e.reason() + ")" : PlanWords.firstMonths(e.safety());
  }

  private static String days(Evaluation e) {
    return e.screening() == null ? "not simulated (" + e.reason() + ")" : PlanWords.days(e.screening());
  }

  /** An amount in the plan's currency, e.g. "141,250 yuan" (plain text: escape it). */
  private String money(double v) {
    return p.base().plan().costs().format(v);
  }

  private void runnersUp() {
    if (p.runnersUp().isEmpty()) {
      return;
    }
    b.append("<h2>Runners-up</h2>\n<p class=\"why\">The next cheapest candidates that also meet both goals.</p>\n");
    table(p.runnersUp());
  }

  private void rejected() {
    if (p.recommended() == null) {
      DiagnosisHtml.append(b, p.diagnosis(), p.base().plan().costs());
      return;
    }
    List<Evaluation> all = p.rejectedCheaper();
    b.append("<h2>Cheaper options, and why they were rejected</h2>\n");
    if (all.isEmpty()) {
      b.append("<p class=\"why\">None: the recommendation is the cheapest candidate of the plan space.</p>\n");
      return;
    }
    Map<Evaluation.Status, Long> byStatus = all.stream().collect(Collectors.groupingBy(Evaluation::status,
        LinkedHashMap::new, Collectors.counting()));
    List<String> parts = new ArrayList<>();
    byStatus.forEach((s, n) -> parts.add(n + " " + describe(s)));
    b.append("<p class=\"why\">").append(all.size()).append(" cheaper candidates were rejected: ")
        .append(esc(String.join("; ", parts)))
        .append(". Each row lists every check its candidates fail (target, turnedAway, servability, the ")
        .append("limits on simulated days with the best starts found, the confirmation); the limits of a candidate ")
        .append("that misses the target or cannot serve a full group are not simulated. ")
        .append("Candidates that differ only in shuttles and guides and fail the same checks share a row; the ")
        .append("closest to the recommendation come first. Costs in ").append(esc(p.base().plan().costs().currency()))
        .append(".</p>\n");
    groupedTable(all);
  }

  /** Cheaper candidates grouped as {@link RejectedGroup}s, so the table reads as options, not as a grid. */
  private void groupedTable(List<Evaluation> all) {
    List<RejectedGroup> rows = RejectedGroup.of(all);
    int open = Math.min(CLOSEST_ROWS, rows.size());
    groupRows(rows.subList(0, open), "rejected-closest");
    int shown = Math.min(REJECTED_ROWS, rows.size());
    if (shown > open) {
      // one click away: a <details> the PDF prints open (openhtmltopdf has no closed state)
      b.append("<details id=\"rejected-more\"><summary>").append(Numbers.plural(shown - open, "more row"))
          .append(" of cheaper options, further from the recommendation</summary>\n");
      groupRows(rows.subList(open, shown), "rejected-rest");
      b.append("</details>\n");
    }
    if (rows.size() > REJECTED_ROWS) {
      b.append("<p class=\"small\">").append(rows.size() - REJECTED_ROWS).append(" more rows of cheaper ")
          .append("candidates are in plan.json.</p>\n");
    }
  }

  private void groupRows(List<RejectedGroup> rows, String id) {
    b.append("<table id=\"").append(id).append("\"><thead><tr><th>Candidates</th><th>Cost a month</th>")
        .append("<th>Visitors a month</th><th>Verdict</th></tr></thead><tbody>\n");
    for (RejectedGroup g : rows) {
      Evaluation e = g.first();
      String cls = e.status() == Evaluation.Status.LIMIT_BREACHED ? "breached" : "at-risk";
      b.append("<tr class=\"").append(cls).append("\"><td>").append(esc(g.label())).append("</td><td>")
          .append(esc(g.lowCost() == g.highCost() ? money(g.lowCost()) : String.format(Locale.ROOT, "%,.0f–%s",
              g.lowCost(), money(g.highCost()))))
          .append("</td><td>")
          .append(esc(e.target() == null ? "-" : String.format(Locale.ROOT, "%,.0f", e.target().visitorsMean())))
          .append("</td><td class=\"explain\"><span class=\"badge\">").append(esc(label(e.status())))
          .append("</span> ");
      failures(e);
      b.append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  /** Every check a candidate fails, one per line; a feasible candidate's verdict in words. */
  private void failures(Evaluation e) {
    if (e.feasible() || e.failures().isEmpty()) {
      b.append(esc(e.reason()));
      return;
    }
    b.append(e.failures().stream().map(Html::esc).collect(Collectors.joining("<br>")));
  }

  private static String describe(Evaluation.Status s) {
    return switch (s) {
      case TARGET_UNREACHABLE -> "cannot reach the target even with full tours";
      case TARGET_MISSED -> "miss the target too often";
      case UNSERVABLE -> "have too few shuttles or guides for a full group";
      case LIMIT_BREACHED -> "breach a safety limit";
      case UNDECIDED -> "stayed undecided at the replication cap";
      case FEASIBLE -> "are feasible";
    };
  }

  private void table(List<Evaluation> rows) {
    b.append("<table><thead><tr><th>Candidate</th><th>Cost a month</th><th>Visitors a month</th>")
        .append("<th>Verdict</th></tr></thead><tbody>\n");
    for (Evaluation e : rows) {
      String cls = e.feasible() ? "ok" : e.status() == Evaluation.Status.LIMIT_BREACHED ? "breached" : "at-risk";
      b.append("<tr class=\"").append(cls).append("\"><td>").append(esc(e.candidate().label())).append("</td><td>")
          .append(esc(money(e.cost()))).append("</td><td>").append(esc(e.target() == null ? "-"
              : String.format(Locale.ROOT, "%,.0f", e.target().visitorsMean()))).append("</td><td class=\"explain\">")
          .append("<span class=\"badge\">").append(esc(label(e.status()))).append("</span> ");
      failures(e);
      b.append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  private static String label(Evaluation.Status s) {
    return switch (s) {
      case FEASIBLE -> "FEASIBLE";
      case TARGET_MISSED -> "MISSES TARGET";
      case TARGET_UNREACHABLE -> "CANNOT REACH TARGET";
      case UNSERVABLE -> "TOO FEW SHUTTLES OR GUIDES";
      case LIMIT_BREACHED -> Verdict.UNSAFE.label();
      case UNDECIDED -> "UNDECIDED";
    };
  }

  private void search() {
    PlanResult.Effort w = p.effort();
    b.append("<footer><h2>How the plan was found</h2><ul>\n<li>").append(esc("Searched " + PlanWords.space(p)
        + ": " + PlanWords.work(p) + ". Frames were examined by cost level, cheapest first, " + (p.recommended() == null
        ? "every one of them, for none passed." : "until the recommendation and its runners-up were found.")))
        .append("</li>\n")
        .append("<li><strong>Cost and target first.</strong> A candidate's cost depends on its counts, fleet and ")
        .append("guides, never on its start times, and so do its visitors: a tour's check-in draws follow its date ")
        .append("and its rank on that date, not its start. So the target is counted once per combination of counts ")
        .append("and group, exactly, from check-in draws; a combination that cannot reach it, or whose fleet or ")
        .append("guides could never serve a full group, is rejected without simulating its limits.</li>\n")
        .append("<li><strong>Designed start times.</strong> ")
        .append(p.base().plan().design().even() ? "This plan asks for evenly spread starts (plan.starts: even): each "
            + "day's tours are spread over the slots, as before designed timetables."
            : "Each class of day's starts are chosen on the slot grid (outside plan.forbiddenStarts, keeping "
            + "plan.fixedStarts). Starts whose tour, alone on the site, would certainly end after the close or be "
            + "inside a zone when its blackout starts are ruled out. The rest is a local search (steepest descent "
            + "over moves of one start, from the even spread, the file's own starts and designs found for other "
            + "fleets) on simulated days, every list on the same days (common random numbers): fewer breaching days, "
            + "less excess over the limits, less waiting for guides, zones and shuttles, wider margins to the "
            + "close and the blackouts, wider gaps between starts, in that order; then ranking and "
            + "selection by successive halving: the best lists go on to 4 and 16 times the days, the winner to "
            + "4,096 days. Days do not interact, so a month breaches unless all its days stay clear: its breach "
            + "probability follows from its days, 1 - prod(1 - p_day). A candidate is rejected only when that "
            + "probability's lower bound is clearly above the bound.")
        .append("</li>\n<li><strong>Confirmation.</strong> The first candidate in the order of preference that ")
        .append("passes is then tested on full months the search never used (replications 20,000 onwards), by ")
        .append(esc(PlanWords.test(org.tourplan.plan.PlanWords.testOf(p)))).append(". A rejected or undecided ")
        .append("candidate is reported as not confirmed and the planner moves on to the next one. ")
        .append("plan.breachTolerance is no longer used.</li>\n")
        .append("<li>At equal cost, the file's own timetable comes first, then the candidate with more visitors, ")
        .append("then the one that turns fewer persons away, then the earlier in the plan space: the same ")
        .append("rule as <code>tourplan sweep</code>. Costs are in ")
        .append(esc(p.base().plan().costs().currency())).append("; staff costs (tours and guide days) on Saturdays ")
        .append("and Sundays are multiplied by ").append(Numbers.number(p.base().plan().costs().weekendRate()))
        .append(".</li>\n")
        .append("<li>Every figure of a timetable on this page comes from the same months as in its full report and ")
        .append("in <code>tourplan simulate</code> (the first ").append(Numbers.count(p.base().plan().maxReplications()))
        .append(" months), except the breach probability, which rests on the fresh months it names, and the ")
        .append("share of months reaching the target when the interval needed more months (the count is given). ")
        .append("The answer does not depend on the number of threads.</li>\n</ul></footer>\n");
  }
}
