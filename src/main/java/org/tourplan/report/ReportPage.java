package org.tourplan.report;

import static org.tourplan.report.Html.esc;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tourplan.run.ModeComparison;
import org.tourplan.run.Results;
import org.tourplan.run.Summary;
import org.tourplan.safety.FirstBreach;
import org.tourplan.safety.Format;
import org.tourplan.safety.LimitVerdict;
import org.tourplan.safety.SafetyReport;
import org.tourplan.safety.Verdict;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Target;
import org.tourplan.scenario.Zone;
import org.tourplan.shuttle.FleetPlan;

/**
 * The report page: one self-contained HTML file (inline CSS, no script) that answers a manager's three questions
 * at the top (target? safe? bottleneck?) and backs them with the verdict table, the charts and the inputs.
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
        .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    header();
    headline();
    limits();
    for (Chart c : charts) {
      chart(c);
    }
    if (shuttles != null) {
      shuttles(shuttles, shuttleCharts);
    }
    inputs();
    footer();
    b.append("</main>\n</body>\n</html>\n");
    return b.toString();
  }

  // ---------------------------------------------------------------------------------------------- top

  private void header() {
    b.append("<header>\n<p class=\"kicker\">tourplan report &middot; ").append(esc(monthName()))
        .append(" &middot; ").append(Format.count(r.replications())).append(" simulated months &middot; seed ")
        .append(r.seed()).append("</p>\n<h1 id=\"scenario-name\">").append(esc(sc.name())).append("</h1>\n</header>\n");
  }

  private String monthName() {
    return sc.month().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + sc.month().getYear();
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
      answer = "No target in the scenario file. This schedule brings " + Format.count(visitors.mean())
          + " visitors a month on average (95% CI " + range(visitors) + ").";
    } else {
      cls = t.met() ? "ok" : "breached";
      answer = (t.met() ? "<strong>Yes</strong> &mdash; this schedule reaches " : "<strong>No</strong> &mdash; "
          + "this schedule reaches ") + Format.count(t.goal()) + " " + unit + " a month in "
          + (t.met() ? "" : "only ") + pct(t.probability()) + " of simulated months (" + Format.count(t.monthsMet())
          + " of " + Format.count(r.replications()) + "; " + pct(t.confidence()) + " required). On average "
          + Format.count(shown.mean()) + " " + unit + " a month (95% CI " + range(shown) + ").";
    }
    card("answer-target", cls, "Does it reach the target?", answer);

    card("answer-safety", verdictClass(safety.overall()), "Is it safe?", safetyAnswer());
    card("answer-bottleneck", "neutral", "Where is the bottleneck?", esc(m.bottleneck()));

    b.append("<ul class=\"facts\">\n");
    fact("Visitors a month", Format.count(visitors.mean()) + " on average (95% CI " + range(visitors)
        + "); 90% of months between " + Format.count(visitors.p05()) + " and " + Format.count(visitors.p95()));
    fact("Places a month", Format.count(places.mean()) + " parties on average (95% CI " + range(places)
        + ")");
    Summary tours = r.metric("toursPerMonth").summary();
    Summary minutes = r.metric("tourMinutes").summary();
    fact("Tours", Format.count(tours.mean()) + " a month; " + (Double.isNaN(minutes.mean()) ? "-"
        : Format.count(minutes.mean())) + " minutes long on average");
    if (r.demand() != null) {
      Results.DemandResult d = r.demand();
      double placesOffered = d.scheduledTours() * (double) sc.group().size();
      String odds = d.winProbability() >= 1 ? "every applicant can get a place"
          : "1 in " + Format.count(Math.max(1, Math.round(1 / d.winProbability()))) + " applicants wins a place";
      fact("Lottery odds", odds + " (" + Format.count(placesOffered) + " places for "
          + Format.count(d.applicationsPerMonth()) + " applications a month)");
    }
    b.append("</ul>\n</section>\n");
  }

  private String safetyAnswer() {
    List<LimitVerdict> limits = safety.limits();
    int n = r.replications();
    if (limits.isEmpty()) {
      return "<span class=\"verdict\">NOT CHECKED</span> &mdash; the scenario file has no limits.";
    }
    if (safety.overall() == Verdict.OK) {
      return "<span class=\"verdict\">SAFE</span> &mdash; none of the " + limits.size()
          + " limits was breached in any of the " + Format.count(n) + " simulated months.";
    }
    List<String> broken = new ArrayList<>();
    java.util.Set<String> shares = new java.util.TreeSet<>();
    for (LimitVerdict v : limits) {
      if (v.monthsBreached() > 0) {
        broken.add(esc(plainName(v.limit())).toLowerCase(Locale.ROOT) + " (" + pct(v.probability()) + " of months)");
        shares.add(pct(v.probability()));
      }
    }
    String label = safety.overall() == Verdict.BREACHED ? "UNSAFE" : "AT RISK";
    String which;
    if (broken.size() == limits.size() && shares.size() == 1) {
      which = (limits.size() == 1 ? "its only limit was" : "all " + limits.size() + " limits were")
          + " breached, each in " + shares.iterator().next() + " of simulated months";
    } else {
      which = broken.size() + " of " + limits.size() + " limits " + (broken.size() == 1 ? "was" : "were")
          + " breached: " + String.join("; ", broken);
    }
    return "<span class=\"verdict\">" + label + "</span> &mdash; " + which
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

  // ---------------------------------------------------------------------------------------------- limits

  static String plainName(String limit) {
    return switch (limit) {
      case "floorVisitors" -> "Visitors on the production floor at once";
      case "evacuationMinutes" -> "Time to evacuate a floor zone";
      case "maxWaitMinutes" -> "Longest wait standing on the floor";
      case "maxTourMinutes" -> "Tour length";
      case "closeTime" -> "Every tour ended by closing time";
      case "noiseDosePercent" -> "Visitor noise dose";
      case "blackouts" -> "No group inside a zone when its blackout starts";
      default -> limit;
    };
  }

  private void limits() {
    b.append("<section id=\"limits\">\n<h2>Safety limits</h2>\n");
    if (safety.limits().isEmpty()) {
      b.append("<p>The scenario file has no <code>limits</code> section: nothing was checked.</p>\n</section>\n");
      return;
    }
    b.append("<p class=\"why\">Each limit checked in every simulated month. OK: never breached; AT RISK: breached "
        + "in some months (at most half); BREACHED: in most months. A limit is breached when strictly exceeded.</p>\n")
        .append("<table id=\"verdicts\" class=\"verdicts\">\n<colgroup><col style=\"width:21%\"><col style=\"width:12%\">"
            + "<col style=\"width:12%\"><col style=\"width:13%\"><col style=\"width:10%\"><col></colgroup>\n"
            + "<thead><tr><th>Limit</th><th>Allowed</th>"
            + "<th>Worst month</th><th>Months breached</th><th>Verdict</th><th>What happened</th></tr></thead>\n<tbody>\n");
    for (LimitVerdict v : safety.limits()) {
      b.append("<tr class=\"").append(verdictClass(v.verdict())).append("\" data-limit=\"").append(esc(v.limit()))
          .append("\"><td>").append(esc(plainName(v.limit()))).append("<br><code>").append(esc(v.limit()))
          .append("</code></td><td>").append(esc(v.allowed())).append("</td><td>").append(esc(v.worstText()))
          .append("</td><td>").append(Format.count(v.monthsBreached())).append(" of ").append(Format.count(v.months()))
          .append("<br><span class=\"small\">").append(pct(v.probability())).append(" (95% CI ")
          .append(pct(v.wilsonLow())).append("&ndash;").append(pct(v.wilsonHigh())).append(")</span></td>")
          .append("<td><span class=\"badge\">").append(esc(v.verdict().label())).append("</span></td><td class=\"explain\">");
      FirstBreach f = v.first();
      if (f == null) {
        b.append("Never breached.");
      } else {
        b.append("<strong>First breach in its worst month: ").append(esc(Format.date(f.date()))).append(" at ")
            .append(esc(f.time())).append(f.zone() == null ? "" : ", " + esc(f.zone())).append(".</strong> ")
            .append(esc(shorten(f.explanation())));
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  /** An explanation cut at a clause boundary when it lists many groups; the full text is in check's output. */
  static String shorten(String s) {
    int max = 320;
    if (s.length() <= max) {
      return capitalise(s);
    }
    int cut = s.lastIndexOf("; ", max);
    if (cut < max / 2) {
      cut = s.lastIndexOf(' ', max);
    }
    String rest = s.substring(cut);
    int more = rest.split("; ").length - 1;
    return capitalise(s.substring(0, cut)) + (more > 0 ? "; and " + more + " more." : "\u2026");
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  // ---------------------------------------------------------------------------------------------- charts

  private void chart(Chart c) {
    b.append("<section class=\"chart\" id=\"").append(c.id()).append("\">\n<h2>").append(esc(c.title()))
        .append("</h2>\n<p class=\"why\">").append(esc(c.which())).append("</p>\n");
    figure(c, false);
    b.append("</section>\n");
  }

  /** A chart's image and how to read it; the figure carries the chart's id when no section does. */
  private void figure(Chart c, boolean id) {
    b.append(id ? "<figure id=\"" + c.id() + "\">" : "<figure>").append("\n<img src=\"")
        .append(esc(c.file())).append("\" width=\"").append(c.width()).append("\" height=\"").append(c.height())
        .append("\" alt=\"").append(esc(c.alt())).append("\">\n<figcaption>").append(esc(c.howToRead()))
        .append("</figcaption>\n</figure>\n");
  }

  // ---------------------------------------------------------------------------------------------- shuttles

  private static String mode(Shuttles.Mode mode) {
    return mode.name().toLowerCase(Locale.ROOT);
  }

  private static String plural(long n, String one) {
    return n + " " + one + (n == 1 ? "" : "s");
  }

  private void shuttles(ShuttleSection s, List<Chart> charts) {
    var f = sc.shuttles();
    b.append("<section id=\"shuttles\">\n<h2>Shuttles</h2>\n<p class=\"why\">")
        .append(esc("The file runs " + plural(f.vehicles(), "vehicle") + " of " + f.seats() + " seats in "
            + mode(f.mode()) + " mode. Rosters are planned with jsprit on nominal times (every stay at its mean, "
            + "no queueing); the mode comparison simulates the same " + Format.count(s.modes().replications())
            + " months (seed " + s.modes().seed() + ") once per mode."))
        .append("</p>\n");
    Chart gantt = charts.stream().filter(c -> c.id().equals("chart-vehicles")).findFirst().orElse(null);
    Chart fleet = charts.stream().filter(c -> c.id().equals("chart-fleet")).findFirst().orElse(null);

    b.append("<div class=\"sub\" id=\"shuttle-rosters\">\n");
    org.tourplan.shuttle.DayPlan day = s.ownOn(m.ganttDay());
    if (gantt == null || day == null) {
      b.append("<h3>Vehicle rosters</h3>\n<p class=\"why\">The month has no tours: there is nothing to plan.</p>\n");
    } else {
      b.append("<h3>").append(esc(gantt.title())).append("</h3>\n<p class=\"why\">").append(esc(gantt.which()))
          .append("</p>\n");
      unserved(s, day);
      figure(gantt, true);
    }
    b.append("</div>\n");

    if (fleet != null) {
      b.append("<div class=\"sub\" id=\"shuttle-fleet\">\n<h3>").append(esc(fleet.title()))
          .append("</h3>\n<p class=\"why\">").append(esc(fleet.which())).append(" ").append(esc(fleetSentence(s)))
          .append("</p>\n");
      figure(fleet, true);
      b.append("</div>\n");
    }
    modes(s);
    b.append("</section>\n");
  }

  /** Whether the file's fleet serves the day (and the month); the rides it cannot serve, with the reasons. */
  private void unserved(ShuttleSection s, org.tourplan.shuttle.DayPlan day) {
    FleetPlan own = s.ownFleet();
    long monthly = own.unservedRides();
    long dates = own.days().stream().filter(d -> !d.complete()).count();
    String fleet = "The file's " + plural(own.fleetInFile(), "vehicle");
    String month = monthly == 0 ? "" : " Over the whole month it leaves " + plural(monthly, "ride") + " on "
        + plural(dates, "date") + " without a vehicle" + (sc.shuttles().mode() == Shuttles.Mode.PLANNED
        ? "; in planned mode the simulation serves those by dispatching free vehicles as in pooled mode." : ".");
    if (day.complete()) {
      b.append("<p class=\"served\" id=\"shuttle-served\">").append(esc(fleet + " serve every ride of this day ("
          + plural(day.rides().size(), "ride") + ")." + month)).append("</p>\n");
      return;
    }
    b.append("<p class=\"unserved\" id=\"shuttle-unserved-text\"><strong>")
        .append(esc(fleet + " cannot serve every ride of this day: " + day.unserved().size() + " of "
            + day.rides().size() + " rides have no vehicle in the plan.")).append("</strong>").append(esc(month))
        .append("</p>\n<ul id=\"shuttle-unserved\">\n");
    for (org.tourplan.shuttle.UnservedRide u : day.unserved()) {
      var q = u.request();
      b.append("<li>").append(esc(q.tourLabel() + ", ride " + (q.ride() + 1) + " of " + q.rides() + ", " + q.from()
          + " \u2192 " + q.to() + " (" + u.loadsUnserved() + " of " + plural(q.loads(), "vehicle") + "): "
          + u.reason())).append("</li>\n");
    }
    b.append("</ul>\n");
  }

  private static String fleetSentence(ShuttleSection s) {
    FleetPlan p = s.smallest();
    int file = p.fleetInFile();
    List<String> short_ = new ArrayList<>();
    for (var e : p.fleetByDayOfWeek().entrySet()) {
      if (e.getValue() > file) {
        short_.add(e.getKey().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " (" + e.getValue() + ")");
      }
    }
    String out = short_.isEmpty()
        ? "The file's " + plural(file, "vehicle") + " are enough on every day of the week (the most any date needs: "
            + p.maxFleet() + ")."
        : "The file's " + plural(file, "vehicle") + " are too few on " + String.join(", ", short_) + ".";
    if (p.unservedRides() > 0) {
      out += " " + plural(p.unservedRides(), "ride") + " of the month cannot be served by any fleet (no vehicle "
          + "can reach the pickup in time); the shuttles command lists them.";
    }
    return out;
  }

  private void modes(ShuttleSection s) {
    ModeComparison c = s.modes();
    Shuttles.Mode own = sc.shuttles().mode();
    b.append("<div class=\"sub\" id=\"shuttle-modes\">\n<h3>Shuttle modes compared</h3>\n<p class=\"why\">")
        .append(esc("The same scenario simulated with each shuttle mode on the file's " + plural(c.vehicles(),
            "vehicle") + ": dedicated (each group keeps its vehicles for the whole tour), pooled (free vehicles are "
            + "dispatched to each pickup), planned (the jsprit rosters above, with pooled dispatch for rides "
            + "without a plan)."))
        .append("</p>\n<p id=\"modes-sentence\" class=\"modes-sentence\">").append(esc(modesSentence(c, own)))
        .append("</p>\n<table id=\"modes-table\" class=\"modes\">\n<colgroup><col style=\"width:20%\">"
            + "<col style=\"width:11%\"><col style=\"width:11%\"><col style=\"width:11%\"><col>"
            + "<col style=\"width:14%\"></colgroup>\n<thead><tr><th>Mode</th>"
            + "<th>Shuttle wait, mean</th><th>Shuttle wait, longest</th><th>Floor wait, longest</th>"
            + "<th>Months breaching a limit</th><th>Roster held</th></tr></thead>\n<tbody>\n");
    for (Shuttles.Mode mode : Shuttles.Mode.values()) {
      ModeComparison.ModeResult row = c.mode(mode);
      b.append("<tr data-mode=\"").append(mode(mode)).append("\"").append(mode == own ? " class=\"own\"" : "")
          .append("><th scope=\"row\">").append(mode(mode))
          .append(mode == own ? " <span class=\"own-mark\">in the file</span>" : "").append("</th>");
      if (row == null) {
        String why = c.skipped().getOrDefault(mode, "not simulated");
        b.append("<td colspan=\"5\">").append(esc("Not simulated: " + why)).append("</td></tr>\n");
        continue;
      }
      b.append("<td>").append(esc(minutes(row.shuttleMeanWait()))).append("</td><td>")
          .append(esc(minutes(row.shuttleMaxWait()))).append("</td><td>").append(esc(minutes(row.maxFloorWait())))
          .append("</td><td>").append(breaches(row)).append("</td><td>");
      if (Double.isNaN(row.rosterHeldShare())) {
        b.append("&ndash;");
      } else {
        b.append(esc(pct(row.rosterHeldShare()) + " of rides"));
        if (!Double.isNaN(row.unplannedRides()) && row.unplannedRides() > 0) {
          b.append("<br><span class=\"small\">").append(esc(Format.number(row.unplannedRides())
              + " rides a month without a plan")).append("</span>");
        }
      }
      b.append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n<p class=\"small\">Shuttle wait: a group at its pickup waiting for its "
        + "vehicles (mean over months of each month&rsquo;s mean; longest in any month). Floor wait: the longest "
        + "single wait on the production floor in any month. Roster held (planned mode): share of rides whose "
        + "vehicles were at the pickup by the planned start of boarding.</p>\n</div>\n");
  }

  private static String minutes(double v) {
    return Double.isNaN(v) ? "\u2013" : Format.minutes(v);
  }

  /**
   * The share of months breaching any limit in bold, then which limits in small type ("15%" alone when none is
   * breached); a limit's own share is given only when it differs from the share for any limit.
   */
  private static String breaches(ModeComparison.ModeResult row) {
    if (row.breachProbability().isEmpty()) {
      return "no limits";
    }
    String any = pct(row.anyBreachProbability());
    List<String> which = new ArrayList<>();
    for (var e : row.breachProbability().entrySet()) {
      if (e.getValue() > 0) {
        String share = pct(e.getValue());
        which.add(esc(plainName(e.getKey()).toLowerCase(Locale.ROOT)) + (share.equals(any) ? "" : " " + share));
      }
    }
    return "<strong>" + any + "</strong>" + (which.isEmpty() ? ""
        : "<br><span class=\"small\">" + String.join("; ", which) + "</span>");
  }

  /** Which mode waits least for a shuttle, and whether any mode breaches a limit. */
  static String modesSentence(ModeComparison c, Shuttles.Mode own) {
    if (c.modes().isEmpty()) {
      return "No mode could be simulated.";
    }
    double least = c.modes().stream().mapToDouble(ModeComparison.ModeResult::shuttleMeanWait).min().orElse(0);
    List<ModeComparison.ModeResult> best = c.modes().stream()
        .filter(m -> m.shuttleMeanWait() - least < 0.05).toList();
    List<String> others = c.modes().stream().filter(m -> !best.contains(m))
        .map(m -> mode(m.mode()) + " " + Format.minutes(m.shuttleMeanWait())).toList();
    List<String> names = best.stream().map(m -> mode(m.mode())).toList();
    String first;
    if (others.isEmpty() && c.modes().size() > 1) {
      first = "All modes wait about the same for a shuttle (" + Format.minutes(least) + " on average).";
    } else {
      String who = names.size() == 1 ? capitalise(names.get(0)) + " mode waits"
          : capitalise(String.join(" and ", names)) + " modes wait";
      first = who + " least for a shuttle: " + Format.minutes(least) + " on average"
          + (others.isEmpty() ? "." : " (" + String.join(", ", others) + ").");
    }
    List<String> breaching = new ArrayList<>();
    java.util.Set<String> shares = new java.util.TreeSet<>();
    for (ModeComparison.ModeResult m : c.modes()) {
      if (m.anyBreachProbability() > 0) {
        breaching.add(mode(m.mode()) + " in " + pct(m.anyBreachProbability()) + " of months");
        shares.add(pct(m.anyBreachProbability()));
      }
    }
    boolean limits = c.modes().stream().anyMatch(m -> !m.breachProbability().isEmpty());
    String second;
    if (!limits) {
      second = "The file has no limits, so none is checked.";
    } else if (breaching.isEmpty()) {
      second = "No mode breaches any limit in any simulated month.";
    } else if (breaching.size() == c.modes().size()) {
      second = c.modes().size() == 1 ? "It breaches a limit in " + shares.iterator().next() + " of months."
          : shares.size() == 1 ? "Every mode breaches a limit in " + shares.iterator().next() + " of months."
          : "Every mode breaches a limit: " + String.join(", ", breaching) + ".";
    } else {
      second = "A limit is breached under " + String.join(" and ", breaching) + "; the "
          + (c.modes().size() - breaching.size() == 1 ? "other mode never breaches one." : "others never do.");
    }
    return first + " " + second;
  }

  // ---------------------------------------------------------------------------------------------- inputs

  private void inputs() {
    b.append("<section id=\"inputs\">\n<h2>Scenario inputs</h2>\n<table class=\"kv\" id=\"inputs-table\">\n<tbody>\n");
    kv("Name", sc.name());
    kv("Month", monthName() + " (" + sc.month() + ")");
    kv("Simulated months", Format.count(r.replications()) + " (seed " + r.seed() + ")");
    var g = sc.group();
    kv("Group", g.size() + " places per tour" + (g.overbook() > 0 ? " + " + g.overbook() + " overbooked" : "")
        + "; " + partySizes(g.partySize())
        + "; no-show rate " + pct(g.noShowRate()) + "; at most " + g.maxSize() + " persons per tour");
    kv("Route", String.join(" \u2192 ", sc.route()) + " \u2192 back to " + sc.returnTo());
    List<String> legs = new ArrayList<>();
    for (int i = 0; i < sc.route().size(); i++) {
      String from = sc.route().get(i);
      String to = i + 1 < sc.route().size() ? sc.route().get(i + 1) : sc.returnTo();
      legs.add(from + " \u2192 " + to + " " + Format.number(sc.travel().minutes(from, to)) + " min");
    }
    kv("Shuttle rides", String.join("; ", legs));
    var s = sc.shuttles();
    kv("Shuttles", s.vehicles() + " vehicles of " + s.seats() + " seats, " + s.mode().name().toLowerCase(Locale.ROOT)
        + " mode; boarding " + dist(s.boardMinutes()));
    kv("Guides", sc.guides().count() + " guides, one per " + sc.guides().maxVisitorsPerGuide() + " visitors");
    List<String> days = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      List<LocalTime> times = sc.schedule().days().get(d);
      if (times != null && !times.isEmpty()) {
        days.add(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + times.stream().map(LocalTime::toString)
            .collect(Collectors.joining(", ")));
      }
    }
    kv("Timetable", days.isEmpty() ? "no weekly tours" : String.join("; ", days));
    if (!sc.schedule().closed().isEmpty()) {
      kv("Closed", sc.schedule().closed().stream().sorted().map(LocalDate::toString).collect(Collectors.joining(", ")));
    }
    if (!sc.schedule().extra().isEmpty()) {
      kv("Extra tours", sc.schedule().extra().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().stream()
          .map(LocalTime::toString).collect(Collectors.joining(", "))).collect(Collectors.joining("; ")));
    }
    Limits l = sc.limits();
    List<String> lim = new ArrayList<>();
    if (l.floorVisitors() != null) {
      lim.add("floor visitors " + Format.number(l.floorVisitors()));
    }
    if (l.evacuationMinutes() != null) {
      lim.add("evacuation " + Format.number(l.evacuationMinutes()) + " min");
    }
    if (l.maxWaitMinutes() != null) {
      lim.add("wait on the floor " + Format.number(l.maxWaitMinutes()) + " min");
    }
    if (l.maxTourMinutes() != null) {
      lim.add("tour " + Format.number(l.maxTourMinutes()) + " min");
    }
    if (l.closeTime() != null) {
      lim.add("close " + l.closeTime());
    }
    if (l.noiseDosePercent() != null) {
      lim.add("noise dose " + Format.number(l.noiseDosePercent()) + "%");
    }
    for (Limits.Blackout bo : l.blackouts()) {
      lim.add("blackout " + String.join(", ", bo.zones()) + " " + bo.from() + "\u2013" + bo.to());
    }
    kv("Limits", lim.isEmpty() ? "none" : String.join("; ", lim));
    if (sc.target() != null) {
      Target t = sc.target();
      kv("Target", Format.count(t.visitorsPerMonth()) + " " + t.unit().name().toLowerCase(Locale.ROOT)
          + " a month in " + pct(t.confidence()) + " of months");
    }
    if (sc.demand() != null) {
      kv("Demand", Format.count(sc.demand().applicationsPerMonth()) + " applications a month");
    }
    b.append("</tbody>\n</table>\n");

    b.append("<table class=\"zones\" id=\"zones-table\">\n<thead><tr><th>Zone</th><th>Capacity</th><th>Groups at once</th>"
        + "<th>Headway</th><th>Stay (minutes)</th><th>Floor</th><th>Exits (persons/min)</th><th>Noise dB(A)</th>"
        + "</tr></thead>\n<tbody>\n");
    for (Zone z : sc.zones().values()) {
      b.append("<tr><td>").append(esc(z.id())).append("</td><td>").append(z.capacity()).append("</td><td>")
          .append(z.maxGroups() == Integer.MAX_VALUE ? "any" : Integer.toString(z.maxGroups())).append("</td><td>")
          .append(esc(Format.number(z.headway()))).append(" min</td><td>").append(esc(dist(z.dwell())))
          .append("</td><td>").append(z.floor() ? "yes" : "no").append("</td><td>")
          .append(z.egressPerMinute() == null ? "&ndash;" : esc(Format.number(z.egressPerMinute())))
          .append("</td><td>").append(z.noiseDbA() == null ? "&ndash;" : esc(Format.number(z.noiseDbA())))
          .append("</td></tr>\n");
    }
    b.append("</tbody>\n</table>\n</section>\n");
  }

  private void kv(String key, String value) {
    b.append("<tr><th>").append(esc(key)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
  }

  /** "parties of 1 (5%), 2 (35%), 3 (60%)", weights as shares of their sum. */
  static String partySizes(java.util.SortedMap<Integer, Double> weights) {
    double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    if (weights.size() == 1) {
      return "parties of " + weights.firstKey();
    }
    return "parties of " + weights.entrySet().stream()
        .map(e -> e.getKey() + " (" + pct(e.getValue() / sum) + ")").collect(Collectors.joining(", "));
  }

  static String dist(Distribution d) {
    if (d instanceof Distribution.Constant c) {
      return Format.number(c.value());
    } else if (d instanceof Distribution.Triangular t) {
      return Format.number(t.min()) + "\u2013" + Format.number(t.max()) + ", most often " + Format.number(t.mode());
    } else if (d instanceof Distribution.Uniform u) {
      return Format.number(u.min()) + "\u2013" + Format.number(u.max()) + ", uniform";
    } else if (d instanceof Distribution.Normal n) {
      return "normal, mean " + Format.number(n.mean()) + ", sd " + Format.number(n.sd());
    } else if (d instanceof Distribution.LogNormal n) {
      return "lognormal, mean " + Format.number(n.mean()) + ", sd " + Format.number(n.sd());
    } else if (d instanceof Distribution.Exponential e) {
      return "exponential, mean " + Format.number(e.mean());
    }
    return Format.number(d.mean());
  }

  // ---------------------------------------------------------------------------------------------- footer

  private void footer() {
    b.append("<footer id=\"notes\">\n<h2>How to read this report</h2>\n<ul>\n")
        .append("<li><strong>Simulated months.</strong> The month was simulated ").append(Format.count(r.replications()))
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

  static String verdictClass(Verdict v) {
    return switch (v) {
      case OK -> "ok";
      case AT_RISK -> "at-risk";
      case BREACHED -> "breached";
    };
  }

  static String range(Summary s) {
    if (Double.isNaN(s.ciLow())) {
      return "not available";
    }
    return Format.count(s.ciLow()) + "\u2013" + Format.count(s.ciHigh());
  }

  /** A probability as a percentage: whole numbers, one decimal below 10% (never "0%" for a non-zero share). */
  static String pct(double p) {
    double v = 100 * p;
    if (v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%.0f%%", v);
    }
    return v < 10 || v > 90 ? String.format(Locale.ROOT, "%.1f%%", v) : String.format(Locale.ROOT, "%.0f%%", v);
  }

  static final String CSS = """
      :root { --ok: #1a7f37; --ok-bg: #e6f4ea; --risk: #9a6700; --risk-bg: #fff4d6; --bad: #b2182b;
              --bad-bg: #fde8ea; --ink: #222; --muted: #555; --line: #d0d7de; }
      * { box-sizing: border-box; }
      body { margin: 0; background: #fff; color: var(--ink);
             font: 17px/1.5 "Liberation Sans", "DejaVu Sans", Arial, Helvetica, sans-serif; }
      main { max-width: 1060px; margin: 0 auto; padding: 24px 28px 48px; }
      h1 { font-size: 30px; margin: 0 0 8px; line-height: 1.2; overflow-wrap: anywhere; }
      h2 { font-size: 22px; margin: 32px 0 6px; }
      .kicker { color: var(--muted); margin: 0; font-size: 15px; }
      .headline { display: grid; grid-template-columns: 1fr; gap: 12px; margin-top: 16px; }
      .answer { border-left: 8px solid var(--line); background: #f6f8fa; padding: 10px 16px; }
      .answer h2 { font-size: 16px; margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
      .answer p { font-size: 20px; margin: 4px 0 2px; }
      .answer.ok { border-color: var(--ok); background: var(--ok-bg); }
      .answer.at-risk { border-color: var(--risk); background: var(--risk-bg); }
      .answer.breached { border-color: var(--bad); background: var(--bad-bg); }
      .answer.neutral { border-color: #0072b2; background: #eef5fb; }
      .verdict { font-weight: 700; letter-spacing: .03em; }
      .ok .verdict { color: var(--ok); } .at-risk .verdict { color: var(--risk); } .breached .verdict { color: var(--bad); }
      .facts { margin: 4px 0 0; padding-left: 20px; }
      .fact-name { font-weight: 700; }
      .why { color: var(--muted); margin: 0 0 8px; }
      table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 15px; }
      th, td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
      thead th { background: #f6f8fa; border-bottom: 2px solid #8c959f; }
      td code, .small { font-size: 13px; color: var(--muted); }
      .badge { display: inline-block; padding: 2px 8px; border-radius: 4px; font-weight: 700; font-size: 14px;
               white-space: nowrap; }
      tr.ok .badge { background: var(--ok-bg); color: var(--ok); border: 1px solid var(--ok); }
      tr.at-risk .badge { background: var(--risk-bg); color: var(--risk); border: 1px solid var(--risk); }
      tr.breached .badge { background: var(--bad-bg); color: var(--bad); border: 1px solid var(--bad); }
      td.explain { font-size: 14px; }
      table.verdicts { table-layout: fixed; }
      figure { margin: 0; }
      img { max-width: 100%; height: auto; display: block; border: 1px solid #eee; }
      figcaption { color: var(--muted); font-size: 15px; margin-top: 6px; }
      table.kv th { width: 170px; background: none; }
      h3 { font-size: 19px; margin: 24px 0 4px; }
      #shuttles .sub { margin-top: 8px; }
      p.served { margin: 0 0 8px; }
      p.unserved { margin: 0 0 4px; color: var(--bad); }
      #shuttle-unserved { margin: 0 0 10px; font-size: 15px; }
      .modes-sentence { font-size: 18px; margin: 6px 0 4px; }
      table.modes { table-layout: fixed; }
      table.modes tbody th { font-weight: 700; }
      tr.own { background: #eef5fb; }
      .own-mark { display: inline-block; margin-left: 6px; padding: 0 6px; border: 1px solid #0072b2; border-radius: 4px;
                  color: #0072b2; font-size: 13px; font-weight: 700; }
      footer { margin-top: 32px; border-top: 2px solid var(--line); font-size: 15px; }
      footer li { margin-bottom: 6px; }
      @media print {
        @page { size: A4; margin: 12mm; }
        body { font-size: 11pt; }
        main { max-width: none; padding: 0; }
        h1 { font-size: 20pt; } h2 { font-size: 14pt; margin-top: 14pt; }
        .answer p { font-size: 13pt; }
        table { font-size: 9.5pt; } td.explain { font-size: 9pt; }
        section.chart, figure, .answer, tr { break-inside: avoid; page-break-inside: avoid; }
        img { border: none; }
        a { color: inherit; text-decoration: none; }
        * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      }
      """;
}
