package org.tourplan.plan;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Zone;
import org.tourplan.shuttle.ShuttlePlanner;

/**
 * A tour's nominal timeline: when it enters and leaves each zone of the route and when it ends, measured from its
 * start, with no queueing (guides at once, every gate open, vehicles waiting), three ways: every duration at the
 * least it can be (the earliest the tour can be anywhere), at its mean (the nominal plan, as shuttle planning uses),
 * and at the most it can be (infinite for unbounded durations). What the planner knows before simulating anything:
 * a start whose tour would, alone on the site, certainly pass the close or be inside a zone when its blackout
 * starts is ruled out, and the nominal times explain why a timetable cannot work.
 */
final class Nominal {
  /** Minutes from the start: entering zone i of the route at least / on average / at most. */
  final double[] enterMin;
  final double[] enterMean;
  final double[] enterMax;
  /** Minutes from the start: leaving zone i (its dwell over). */
  final double[] leaveMin;
  final double[] leaveMean;
  final double[] leaveMax;
  /** Minutes from the start to the end of the last ride. */
  final double endMin;
  final double endMean;
  final double endMax;
  /** Standard deviation of the tour's length when its durations are independent (for robustness margins). */
  final double endSd;
  /** Standard deviations of the moments of entering and leaving zone i, durations independent. */
  final double[] enterSd;
  final double[] leaveSd;
  /** Minutes of nominal margin beyond which a start counts as clear of the close and of blackouts. */
  static final double MARGIN_CAP = 30;
  /** Route zones. */
  final List<Zone> zones;
  private final Scenario s;

  Nominal(Scenario s) {
    this.s = s;
    List<String> route = s.route();
    int n = route.size();
    zones = new ArrayList<>();
    enterMin = new double[n];
    enterMean = new double[n];
    enterMax = new double[n];
    leaveMin = new double[n];
    leaveMean = new double[n];
    leaveMax = new double[n];
    enterSd = new double[n];
    leaveSd = new double[n];
    Distribution board = s.shuttles().boardMinutes();
    double lo = 0;
    double mid = 0;
    double hi = 0;
    double var = 0;
    for (int i = 0; i < n; i++) {
      Zone z = s.zones().get(route.get(i));
      zones.add(z);
      enterMin[i] = lo;
      enterMean[i] = mid;
      enterMax[i] = hi;
      enterSd[i] = Math.sqrt(var);
      lo += low(z.dwell());
      mid += Math.max(0, z.dwell().mean());
      hi += high(z.dwell());
      var += sq(ShuttlePlanner.spread(z.dwell()));
      leaveMin[i] = lo;
      leaveMean[i] = mid;
      leaveMax[i] = hi;
      leaveSd[i] = Math.sqrt(var);
      String to = i + 1 < n ? route.get(i + 1) : s.returnTo();
      double ride = s.travel().minutes(route.get(i), to);
      lo += low(board) + ride;
      mid += Math.max(0, board.mean()) + ride;
      hi += high(board) + ride;
      var += sq(ShuttlePlanner.spread(board));
    }
    endMin = lo;
    endMean = mid;
    endMax = hi;
    endSd = Math.sqrt(var);
  }

  private static double sq(double x) {
    return x * x;
  }

  /** The least a duration can be (draws below 0 count as 0). */
  static double low(Distribution d) {
    if (d instanceof Distribution.Constant c) {
      return Math.max(0, c.value());
    } else if (d instanceof Distribution.Triangular t) {
      return Math.max(0, t.min());
    } else if (d instanceof Distribution.Uniform u) {
      return Math.max(0, u.min());
    }
    return 0; // normal, lognormal, exponential reach 0
  }

  /** The most a duration can be; infinite for the unbounded ones. */
  static double high(Distribution d) {
    if (d instanceof Distribution.Constant c) {
      return Math.max(0, c.value());
    } else if (d instanceof Distribution.Triangular t) {
      return Math.max(0, t.max());
    } else if (d instanceof Distribution.Uniform u) {
      return Math.max(0, u.max());
    }
    return Double.POSITIVE_INFINITY;
  }

  /** Minute of the day of a time. */
  static double minute(LocalTime t) {
    return t.toSecondOfDay() / 60.0;
  }

  /**
   * Why a tour starting at {@code start} breaches a limit for certain when alone on the site, or null: it ends
   * after the close even with every duration at its least, or it is inside a zone when the zone's blackout starts
   * whatever its draws (only queueing behind other tours could delay it past the blackout's start, and a designed
   * timetable never relies on a queue).
   */
  String certainBreach(LocalTime start) {
    double t = minute(start);
    Limits l = s.limits();
    if (l.closeTime() != null && t + endMin > minute(l.closeTime()) + 1e-9) {
      return "ends after the " + l.closeTime() + " close even with every step at its shortest (at "
          + clock(t + endMin) + ")";
    }
    for (Limits.Blackout b : l.blackouts()) {
      for (int i = 0; i < zones.size(); i++) {
        if (!b.zones().contains(zones.get(i).id())) {
          continue;
        }
        double[] from = dayTimes(b.from());
        double[] to = dayTimes(b.to());
        for (int d = 0; d < 2; d++) {
          if (t + enterMax[i] < from[d] - 1e-9 && t + leaveMin[i] > from[d] + 1e-9) {
            return "is inside " + zones.get(i).id() + " when its " + b.from() + " blackout starts, whatever its "
                + "draws (it enters by " + clock(t + enterMax[i]) + " and leaves at " + clock(t + leaveMin[i])
                + " at the earliest)";
          }
          double end = to[d] < from[d] ? to[d] + 1440 : to[d];
          if (zones.get(i).floor() && l.maxWaitMinutes() != null && t + enterMin[i] >= from[d]
              && t + enterMax[i] < end - l.maxWaitMinutes() - 1e-9) {
            return "reaches " + zones.get(i).id() + " during its " + b.from() + "-" + b.to() + " blackout, whatever "
                + "its draws (between " + clock(t + enterMin[i]) + " and " + clock(t + enterMax[i]) + "), and waits "
                + "on the floor longer than limits.maxWaitMinutes";
          }
        }
      }
    }
    return null;
  }

  /**
   * Minutes by which the nominal (mean) tour keeps clear of the close and of every blackout, with two standard
   * deviations of its length to spare: a tour before a blackout must have left the zone when it starts, a tour after
   * its start must arrive when it ends (less the wait {@code limits.maxWaitMinutes} allows on the floor). The larger,
   * the safer the start; capped at {@link #MARGIN_CAP} minutes (beyond that a start is simply clear, and designs are
   * told apart by how far apart their starts are), and the cap when there is nothing to keep clear of.
   */
  double margin(LocalTime start) {
    double t = minute(start);
    double spread = 2 * endSd;
    double best = MARGIN_CAP;
    Limits l = s.limits();
    if (l.closeTime() != null) {
      best = Math.min(best, minute(l.closeTime()) - (t + endMean + spread));
    }
    for (Limits.Blackout b : l.blackouts()) {
      for (int i = 0; i < zones.size(); i++) {
        if (!b.zones().contains(zones.get(i).id())) {
          continue;
        }
        double wait = zones.get(i).floor() && l.maxWaitMinutes() != null ? l.maxWaitMinutes() : 0;
        double[] from = dayTimes(b.from());
        double[] to = dayTimes(b.to());
        for (int d = 0; d < 2; d++) {
          double end = to[d] < from[d] ? to[d] + 1440 : to[d];
          double in = t + enterMean[i];
          double out = t + leaveMean[i];
          double m = in < from[d] ? from[d] - (out + spread) : in >= end ? MARGIN_CAP : in - spread - (end - wait);
          best = Math.min(best, m);
        }
      }
    }
    return best;
  }

  /** A time's minute on the start's day and the next (blackouts repeat daily). */
  private static double[] dayTimes(LocalTime t) {
    return new double[] {minute(t), minute(t) + 1440};
  }

  /** "14:05" for a minute of the day (past midnight: "+1d 00:10"). */
  static String clock(double minute) {
    long m = Math.round(minute);
    String day = m >= 1440 ? "+1d " : "";
    m %= 1440;
    return day + String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
  }
}
