package org.tourplan.report.month;

import static org.tourplan.report.Html.esc;
import static org.tourplan.report.month.LimitsTable.capitalise;
import static org.tourplan.report.month.LimitsTable.plainName;
import static org.tourplan.report.month.ReportPage.figure;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tourplan.report.month.ReportPage.Chart;
import org.tourplan.run.ModeComparison;
import org.tourplan.text.Numbers;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.roster.FleetPlan;
import org.tourplan.report.Html;

/**
 * The HTML of the report's optional "Shuttles" section ({@link ShuttleSection} holds its data): the vehicle rosters
 * of the representative day and the rides the file's fleet cannot serve, the fleet needed by day of week, and the
 * shuttle modes compared. Its own class because it is a third of the page's code and only some reports have it;
 * every scenario-derived string goes through {@link Html#esc}.
 */
final class ShuttleSectionHtml {
  private final StringBuilder b;
  private final Scenario sc;
  private final ReportModel m;

  private ShuttleSectionHtml(StringBuilder b, Scenario sc, ReportModel m) {
    this.b = b;
    this.sc = sc;
    this.m = m;
  }

  /** Appends the section for {@code s} with its charts ({@code charts}: the vehicle Gantt and fleet charts). */
  static void write(StringBuilder b, Scenario sc, ReportModel m, ShuttleSection s, List<Chart> charts) {
    new ShuttleSectionHtml(b, sc, m).shuttles(s, charts);
  }

  private static String mode(Shuttles.Mode mode) {
    return mode.name().toLowerCase(Locale.ROOT);
  }

  private void shuttles(ShuttleSection s, List<Chart> charts) {
    var f = sc.shuttles();
    b.append("<section id=\"shuttles\">\n<h2>Shuttles</h2>\n<p class=\"why\">")
        .append(esc("The file runs " + Numbers.plural(f.vehicles(), "vehicle") + " of " + f.seats() + " seats in "
            + mode(f.mode()) + " mode. Rosters are planned with jsprit on nominal times (every stay at its mean, "
            + "no queueing); the mode comparison simulates the same " + Numbers.count(s.modes().replications())
            + " months (seed " + s.modes().seed() + ") once per mode."))
        .append("</p>\n");
    Chart gantt = charts.stream().filter(c -> c.id().equals("chart-vehicles")).findFirst().orElse(null);
    Chart fleet = charts.stream().filter(c -> c.id().equals("chart-fleet")).findFirst().orElse(null);

    b.append("<div class=\"sub\" id=\"shuttle-rosters\">\n");
    org.tourplan.roster.DayPlan day = s.ownOn(m.ganttDay());
    if (gantt == null || day == null) {
      b.append("<h3>Vehicle rosters</h3>\n<p class=\"why\">The month has no tours: there is nothing to plan.</p>\n");
    } else {
      b.append("<h3>").append(esc(gantt.title())).append("</h3>\n<p class=\"why\">").append(esc(gantt.which()))
          .append("</p>\n");
      unserved(s, day);
      figure(b, gantt, true);
    }
    b.append("</div>\n");

    if (fleet != null) {
      b.append("<div class=\"sub\" id=\"shuttle-fleet\">\n<h3>").append(esc(fleet.title()))
          .append("</h3>\n<p class=\"why\">").append(esc(fleet.which())).append(" ").append(esc(fleetSentence(s)))
          .append("</p>\n");
      figure(b, fleet, true);
      b.append("</div>\n");
    }
    modes(s);
    b.append("</section>\n");
  }

  /** Whether the file's fleet serves the day (and the month); the rides it cannot serve, with the reasons. */
  private void unserved(ShuttleSection s, org.tourplan.roster.DayPlan day) {
    FleetPlan own = s.ownFleet();
    long monthly = own.unservedRides();
    long dates = own.days().stream().filter(d -> !d.complete()).count();
    String fleet = "The file's " + Numbers.plural(own.fleetInFile(), "vehicle");
    String month = monthly == 0 ? "" : " Over the whole month it leaves " + Numbers.plural(monthly, "ride") + " on "
        + Numbers.plural(dates, "date") + " without a vehicle" + (sc.shuttles().mode() == Shuttles.Mode.PLANNED
        ? "; in planned mode the simulation serves those by dispatching free vehicles as in pooled mode." : ".");
    if (day.complete()) {
      b.append("<p class=\"served\" id=\"shuttle-served\">").append(esc(fleet + " serve every ride of this day ("
          + Numbers.plural(day.rides().size(), "ride") + ")." + month)).append("</p>\n");
      return;
    }
    b.append("<p class=\"unserved\" id=\"shuttle-unserved-text\"><strong>")
        .append(esc(fleet + " cannot serve every ride of this day: " + day.unserved().size() + " of "
            + day.rides().size() + " rides have no vehicle in the plan.")).append("</strong>").append(esc(month))
        .append("</p>\n<ul id=\"shuttle-unserved\">\n");
    for (org.tourplan.roster.UnservedRide u : day.unserved()) {
      var q = u.request();
      b.append("<li>").append(esc(q.tourLabel() + ", ride " + (q.ride() + 1) + " of " + q.rides() + ", " + q.from()
          + " \u2192 " + q.to() + " (" + u.loadsUnserved() + " of " + Numbers.plural(q.loads(), "vehicle") + "): "
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
        ? "The file's " + Numbers.plural(file, "vehicle") + " are enough on every day of the week (the most any date needs: "
            + p.maxFleet() + ")."
        : "The file's " + Numbers.plural(file, "vehicle") + " are too few on " + String.join(", ", short_) + ".";
    if (p.unservedRides() > 0) {
      out += " " + Numbers.plural(p.unservedRides(), "ride") + " of the month cannot be served by any fleet (no vehicle "
          + "can reach the pickup in time); the shuttles command lists them.";
    }
    return out;
  }

  private void modes(ShuttleSection s) {
    ModeComparison c = s.modes();
    Shuttles.Mode own = sc.shuttles().mode();
    b.append("<div class=\"sub\" id=\"shuttle-modes\">\n<h3>Shuttle modes compared</h3>\n<p class=\"why\">")
        .append(esc("The same scenario simulated with each shuttle mode on the file's " + Numbers.plural(c.vehicles(),
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
      b.append("<td>").append(esc(Numbers.minutes(row.shuttleMeanWait()))).append("</td><td>")
          .append(esc(Numbers.minutes(row.shuttleMaxWait()))).append("</td><td>").append(esc(Numbers.minutes(row.maxFloorWait())))
          .append("</td><td>").append(breaches(row)).append("</td><td>");
      if (Double.isNaN(row.rosterHeldShare())) {
        b.append("&ndash;");
      } else {
        b.append(esc(Numbers.percentRounded(row.rosterHeldShare()) + " of rides"));
        if (!Double.isNaN(row.unplannedRides()) && row.unplannedRides() > 0) {
          b.append("<br><span class=\"small\">").append(esc(Numbers.number(row.unplannedRides())
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

  /**
   * The share of months breaching any limit in bold, then which limits in small type ("15%" alone when none is
   * breached); a limit's own share is given only when it differs from the share for any limit.
   */
  private static String breaches(ModeComparison.ModeResult row) {
    if (row.breachProbability().isEmpty()) {
      return "no limits";
    }
    String any = Numbers.percentRounded(row.anyBreachProbability());
    List<String> which = new ArrayList<>();
    for (var e : row.breachProbability().entrySet()) {
      if (e.getValue() > 0) {
        String share = Numbers.percentRounded(e.getValue());
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
        .map(m -> mode(m.mode()) + " " + Numbers.minutes(m.shuttleMeanWait())).toList();
    List<String> names = best.stream().map(m -> mode(m.mode())).toList();
    String first;
    if (others.isEmpty() && c.modes().size() > 1) {
      first = "All modes wait about the same for a shuttle (" + Numbers.minutes(least) + " on average).";
    } else {
      String who = names.size() == 1 ? capitalise(names.get(0)) + " mode waits"
          : capitalise(String.join(" and ", names)) + " modes wait";
      first = who + " least for a shuttle: " + Numbers.minutes(least) + " on average"
          + (others.isEmpty() ? "." : " (" + String.join(", ", others) + ").");
    }
    List<String> breaching = new ArrayList<>();
    java.util.Set<String> shares = new java.util.TreeSet<>();
    for (ModeComparison.ModeResult m : c.modes()) {
      if (m.anyBreachProbability() > 0) {
        breaching.add(mode(m.mode()) + " in " + Numbers.percentRounded(m.anyBreachProbability()) + " of months");
        shares.add(Numbers.percentRounded(m.anyBreachProbability()));
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
}
