package org.tourplan.report.month;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tourplan.run.Results;
import org.tourplan.run.Summary;
import org.tourplan.text.Numbers;
import org.tourplan.safety.SafetyReport;
import org.tourplan.safety.TracedMonth;
import org.tourplan.scenario.Scenario;

/**
 * What the page shows beyond the raw results, decided once: which month and day each chart shows and why, the
 * waits, utilisation and visitors per day of the representative month, and the bottleneck sentence.
 *
 * @param representative the median month by visitors
 * @param ganttDay       busiest day of the representative month (most tours, ties: earliest), or null
 * @param floorMonth     month shown by the occupancy chart
 * @param floorDay       day with the highest floor peak in {@code floorMonth}, or null when nobody was on the floor
 * @param floorWhy       why that month
 * @param waits          waits of the representative month
 * @param uses           utilisation of the representative month
 * @param visitorsPerDay visitors per date of the representative month
 * @param bottleneck     one plain sentence
 */
record ReportModel(TracedMonth representative, LocalDate ganttDay, TracedMonth floorMonth, LocalDate floorDay,
                   String floorWhy, List<Figures.Waits> waits, List<Figures.Use> uses,
                   Map<LocalDate, Integer> visitorsPerDay, String bottleneck) {

  /** Mean waits below this many minutes count as "nobody waits". */
  static final double NO_WAIT = 0.1;

  static ReportModel of(Scenario sc, Results r, SafetyReport safety) {
    TracedMonth rep = safety.representative();
    LocalDate gantt = Figures.busiestDay(rep.tours());
    TracedMonth floorMonth = rep;
    String why = "the median month by visitors (no month breached the floor limit)";
    TracedMonth worst = safety.worstByLimit().get("floorVisitors");
    if (worst != null) {
      floorMonth = worst;
      why = "the month with the most visitors on the floor at once (it breached the floor limit)";
    } else if (sc.limits().floorVisitors() == null) {
      why = "the median month by visitors";
    }
    LocalDate floorDay = Figures.worstFloorDay(floorMonth.tours());
    List<Figures.Use> uses = Figures.utilisation(sc, rep.tours());
    return new ReportModel(rep, gantt, floorMonth, floorDay, why, Figures.waits(sc, rep.tours()), uses,
        Figures.visitorsPerDay(sc.month(), rep.tours()), bottleneck(sc, r, uses));
  }

  /** "Month #12 of 200, the median by visitors (3,262)." */
  String representativeText() {
    return "Charts of single days and the calendar use month #" + (representative.replication() + 1)
        + ", the median simulated month by visitors (" + Numbers.count(representative.visitors()) + " visitors).";
  }

  /** The largest mean wait over all months; when nobody waits, the most utilised resource. */
  static String bottleneck(Scenario sc, Results r, List<Figures.Use> uses) {
    record Wait(String where, double mean, double longest) { }
    List<Wait> waits = new ArrayList<>();
    for (String z : sc.route().stream().distinct().toList()) {
      waits.add(new Wait("the entrance to " + z, mean(r, "zones", z, "meanWaitMinutes"),
          max(r, "zones", z, "maxWaitMinutes")));
    }
    waits.add(new Wait("the shuttle pickups", mean(r, "shuttle", "meanWaitMinutes"),
        max(r, "shuttle", "maxWaitMinutes")));
    waits.add(new Wait("check-in, waiting for guides", mean(r, "guides", "meanWaitMinutes"),
        max(r, "guides", "maxWaitMinutes")));
    Wait worst = null;
    for (Wait w : waits) {
      if (!Double.isNaN(w.mean()) && (worst == null || w.mean() > worst.mean())) {
        worst = w;
      }
    }
    Figures.Use busiest = null;
    for (Figures.Use u : uses) {
      if (busiest == null || u.share() > busiest.share()) {
        busiest = u;
      }
    }
    if (worst != null && worst.mean() >= NO_WAIT) {
      String s = "The bottleneck is " + worst.where() + ": groups wait there " + Numbers.minutes(worst.mean())
          + " on average (the longest single wait in any simulated month was " + Numbers.minutes(worst.longest())
          + ").";
      Wait second = null;
      for (Wait w : waits) {
        if (w != worst && !Double.isNaN(w.mean()) && (second == null || w.mean() > second.mean())) {
          second = w;
        }
      }
      if (second != null && second.mean() >= NO_WAIT) {
        s += " Next is " + second.where() + " (" + Numbers.minutes(second.mean()) + " on average).";
      } else {
        s += " Nowhere else do groups wait more than " + Numbers.minutes(NO_WAIT) + " on average.";
      }
      return s;
    }
    String s = "No queue anywhere: on average no group waits more than " + Numbers.minutes(NO_WAIT)
        + " at any zone, shuttle pickup or check-in.";
    if (busiest != null) {
      s += " The busiest resource is " + busiest.phrase() + ", in use " + String.format(Locale.ROOT, "%.0f%%",
          100 * busiest.share()) + " of operating time in the median month: it is what would run short first "
          + "if tours were added.";
    }
    return s;
  }

  private static double mean(Results r, String... path) {
    Results.MetricResult m = r.metric(path);
    Summary s = m == null ? null : m.summary();
    return s == null || s.n() == 0 ? Double.NaN : s.mean();
  }

  private static double max(Results r, String... path) {
    Results.MetricResult m = r.metric(path);
    Summary s = m == null ? null : m.summary();
    return s == null || s.n() == 0 ? Double.NaN : s.max();
  }
}
