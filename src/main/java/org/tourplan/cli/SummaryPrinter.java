package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tourplan.run.LimitRule;
import org.tourplan.run.Results;
import org.tourplan.run.Summary;
import org.tourplan.run.Verdict;
import org.tourplan.run.Warnings;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.text.Format;

/** The plain-text summary of a simulate run: target, volumes with intervals, limits, and the worst waits. */
final class SummaryPrinter {
  private SummaryPrinter() {
  }

  static void print(Results r, Scenario sc, PrintWriter out, int threads, double seconds) {
    out.printf(Locale.ROOT, "%s%n", Text.safe(r.scenario()));
    out.printf(Locale.ROOT, "%s, %s simulated (seed %d, %s, %.2f s)%n%n", r.month(),
        Format.plural(r.replications(), "month"), r.seed(), Format.plural(threads, "thread"), seconds);

    if (r.target() != null) {
      Results.TargetResult t = r.target();
      String unit = t.unit() == Target.Unit.PLACES ? "places" : "visitors";
      out.printf(Locale.ROOT, "Target   %s %s a month in %s of months: %s (reached in %d of %d months, %s)%n",
          Format.amount(t.goal()), unit, Format.percent(t.confidence()), t.met() ? "MET" : "NOT MET", t.monthsMet(),
          r.replications(), Format.percent(t.probability()));
    } else {
      out.println("Target   none set (add target.visitorsPerMonth to judge the schedule)");
    }
    volume(out, "Visitors", r.metric("visitorsPerMonth").summary(), "persons a month");
    volume(out, "Places", r.metric("placesPerMonth").summary(), "parties a month");
    Summary tours = r.metric("toursPerMonth").summary();
    Summary away = r.metric("turnedAway").summary();
    out.printf(Locale.ROOT, "Tours    %s run of %s scheduled a month; %s cancelled, %s persons turned away "
            + "(means)%n", Format.amount(tours.mean()), Format.amount(r.metric("scheduledTours").summary().mean()),
        Format.amount(r.metric("cancelledTours").summary().mean()), Format.amount(away.mean()));
    Summary minutes = r.metric("tourMinutes").summary();
    out.printf(Locale.ROOT, "Length   %s per tour on average, longest %s%n", Format.minutes(minutes.mean()),
        Format.minutes(r.metric("tourMinutesMax").summary().max()));
    if (r.demand() != null) {
      double p = r.demand().winProbability();
      String odds = p >= 1 ? "every application can win a place"
          : String.format(Locale.ROOT, "1 in %,.0f applications wins a place", 1 / p);
      out.printf(Locale.ROOT, "Lottery  %s (%s places for %s applications)%n", odds,
          Format.amount(r.demand().scheduledTours() * (double) sc.group().size()),
          Format.amount(r.demand().applicationsPerMonth()));
    }
    if (r.lottery() != null && !r.lottery().months().isEmpty()) {
      org.tourplan.run.LotteryResult.Month m = r.lottery().months().get(0);
      double p = m.winProbability().mean();
      out.printf(Locale.ROOT, "Draw     %s places drawn (with overbooking) among %s applicants: %s win; at that "
              + "chance a fan entering every month needs %s draws on average%n", Format.amount(m.invitations().mean()),
          Format.amount(m.pool().mean()), Format.chance(p), p <= 0 ? "endless"
              : String.format(Locale.ROOT, "%.1f", Math.max(1, 1 / p)));
    }
    Results.MetricResult held = r.metric("shuttle", "rosterHeldShare");
    if (held != null) { // planned shuttle mode
      out.printf(Locale.ROOT, "Roster   vehicles at the pickup on plan for %s of rides; %s rides a month had no planned "
          + "vehicle (means)%n", Format.percent(held.summary().mean()),
          Format.amount(r.metric("shuttle", "unplannedRides").summary().mean()));
    }
    out.println();
    limits(out, r);
    out.println();
    waits(out, r);
    warnings(out, r);
  }

  /** Months whose numbers are not meaningful, after the figures they distort (nothing when there are none). */
  static void warnings(PrintWriter out, Results r) {
    List<Warnings.Warning> ws = Warnings.of(r);
    if (ws.isEmpty()) {
      return;
    }
    out.println();
    for (Warnings.Warning w : ws) {
      out.println("WARNING  " + Text.safe(w.message()));
    }
  }

  private static void volume(PrintWriter out, String label, Summary s, String unit) {
    out.printf(Locale.ROOT, "%-8s %s %s (95%% CI %s to %s; 90%% of months between %s and %s)%n", label,
        Format.amount(s.mean()), unit, Format.amount(s.ciLow()), Format.amount(s.ciHigh()), Format.amount(s.p05()),
        Format.amount(s.p95()));
  }

  private static void limits(PrintWriter out, Results r) {
    if (r.breaches().isEmpty()) {
      out.println("Limits   none set in the file");
      return;
    }
    out.println("Limit                 allowed      worst month      breached in");
    for (Results.BreachResult b : r.breaches()) {
      LimitRule rule = b.rule();
      out.printf(Locale.ROOT, "  %-19s %-12s %-16s %d of %d months (%s)%s%n", rule.name(), allowed(rule),
          worst(r, rule), b.monthsBreached(), r.replications(), Format.percent(b.probability()),
          b.monthsBreached() > 0 ? "  " + Verdict.of(b.monthsBreached(), r.replications()).label() : "");
    }
  }

  /** The worst month's value in the limit's own terms (for counting limits: the offenders in that month). */
  private static String worst(Results r, LimitRule rule) {
    double max = r.metric(rule.metric()).summary().max();
    return switch (rule.kind()) {
      case CLOSE_TIME -> Format.amount(max) + (max == 1 ? " tour late" : " tours late");
      case MAX_TOUR_MINUTES -> Format.minutes(r.metric("tourMinutesMax").summary().max());
      case BLACKOUTS -> Format.amount(max) + (max == 1 ? " group in" : " groups in");
      case NOISE_DOSE_PERCENT -> Format.amount(max) + "%";
      case EVACUATION_MINUTES, MAX_WAIT_MINUTES -> Format.minutes(max);
      case FLOOR_VISITORS, TURNED_AWAY -> persons(max);
    };
  }

  /** The limit with its unit, as short as the table allows: "40 persons", "2.5 min", "18:30", "100%". */
  private static String allowed(LimitRule rule) {
    double l = rule.limit();
    return switch (rule.kind()) {
      case CLOSE_TIME -> Format.clock(l);
      case EVACUATION_MINUTES, MAX_WAIT_MINUTES, MAX_TOUR_MINUTES -> Format.amount(l) + " min";
      case BLACKOUTS -> "no group in";
      case NOISE_DOSE_PERCENT -> Format.amount(l) + "%";
      case FLOOR_VISITORS, TURNED_AWAY -> persons(l);
    };
  }

  private static String persons(double n) {
    return Format.amount(n) + (n == 1 ? " person" : " persons");
  }

  private static void waits(PrintWriter out, Results r) {
    out.println("Waits (mean over months of the mean wait; longest wait in any month)");
    List<Results.MetricResult> means = r.metrics().stream()
        .filter(m -> m.path().get(m.path().size() - 1).equals("meanWaitMinutes") && m.summary().n() > 0)
        .sorted(Comparator.comparingDouble((Results.MetricResult m) -> -maxOf(r, m)))
        .toList();
    for (Results.MetricResult m : means) {
      String where = m.path().get(0).equals("zones") ? "entering " + Text.safe(m.path().get(1))
          : m.path().get(0).equals("shuttle") ? "shuttle pickup" : "guides at check-in";
      out.printf(Locale.ROOT, "  %-28s mean %-10s longest %s%n", where, Format.minutes(m.summary().mean()),
          Format.minutes(maxOf(r, m)));
    }
  }

  private static double maxOf(Results r, Results.MetricResult mean) {
    List<String> p = new java.util.ArrayList<>(mean.path());
    p.set(p.size() - 1, "maxWaitMinutes");
    Results.MetricResult max = r.metric(p.toArray(String[]::new));
    return max == null ? Double.NaN : max.summary().max();
  }
}
