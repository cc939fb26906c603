package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tourplan.verdict.LimitRule;
import org.tourplan.run.Results;
import org.tourplan.run.Summary;
import org.tourplan.verdict.Verdict;
import org.tourplan.run.Warnings;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.text.Numbers;

/** The plain-text summary of a simulate run: target, volumes with intervals, limits, and the worst waits. */
final class SummaryPrinter {
  private SummaryPrinter() {
  }

  static void print(Results r, Scenario sc, PrintWriter out, int threads, double seconds) {
    out.printf(Locale.ROOT, "%s%n", Text.safe(r.scenario()));
    out.printf(Locale.ROOT, "%s, %s simulated (seed %d, %s, %.2f s)%n%n", r.month(),
        Numbers.plural(r.replications(), "month"), r.seed(), Numbers.plural(threads, "thread"), seconds);

    if (r.target() != null) {
      Results.TargetResult t = r.target();
      String unit = t.unit() == Target.Unit.PLACES ? "places" : "visitors";
      out.printf(Locale.ROOT, "Target    %s %s a month in %s of months: %s (reached in %d of %d months, %s)%n",
          Numbers.amount(t.goal()), unit, Numbers.percent(t.confidence()), t.met() ? "MET" : "NOT MET", t.monthsMet(),
          r.replications(), Numbers.percent(t.probability()));
    } else {
      out.println("Target    none set (add target.visitorsPerMonth to judge the schedule)");
    }
    volume(out, "Visitors", r.metric("visitorsPerMonth").summary(), "persons a month");
    volume(out, "Parties", r.metric("placesPerMonth").summary(), "admitted a month");
    Summary tours = r.metric("toursPerMonth").summary();
    Summary away = r.metric("turnedAway").summary();
    out.printf(Locale.ROOT, "Tours     %s run of %s scheduled a month; %s cancelled, %s persons turned away "
            + "(means)%n", Numbers.amount(tours.mean()), Numbers.amount(r.metric("scheduledTours").summary().mean()),
        Numbers.amount(r.metric("cancelledTours").summary().mean()), Numbers.amount(away.mean()));
    Summary minutes = r.metric("tourMinutes").summary();
    out.printf(Locale.ROOT, "Length    %s per tour on average, longest %s%n", Numbers.minutes(minutes.mean()),
        Numbers.minutes(r.metric("tourMinutesMax").summary().max()));
    if (r.demand() != null) {
      double p = r.demand().winProbability();
      String odds = p >= 1 ? "every application can win a place"
          : String.format(Locale.ROOT, "1 in %,.0f applications wins a place", 1 / p);
      out.printf(Locale.ROOT, "Lottery   %s (%s places for %s applications)%n", odds,
          Numbers.amount(r.demand().scheduledTours() * (double) sc.group().size()),
          Numbers.amount(r.demand().applicationsPerMonth()));
    }
    if (r.lottery() != null && !r.lottery().months().isEmpty()) {
      org.tourplan.run.LotteryResult.Month m = r.lottery().months().get(0);
      double p = m.winProbability().mean();
      out.printf(Locale.ROOT, "Draw      %s places drawn (with overbooking) among %s applicants: %s win; at that "
              + "chance a fan entering every month needs %s draws on average%n", Numbers.amount(m.invitations().mean()),
          Numbers.amount(m.pool().mean()), Numbers.chance(p), p <= 0 ? "endless"
              : String.format(Locale.ROOT, "%.1f", Math.max(1, 1 / p)));
    }
    Results.MetricResult held = r.metric("shuttle", "rosterHeldShare");
    if (held != null) { // planned shuttle mode
      out.printf(Locale.ROOT, "Roster    shuttles at the pickup on plan for %s of rides; %s rides a month had no planned "
          + "shuttle (means)%n", Numbers.percent(held.summary().mean()),
          Numbers.amount(r.metric("shuttle", "unplannedRides").summary().mean()));
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
      out.println("WARNING   " + Text.safe(w.message()));
    }
  }

  private static void volume(PrintWriter out, String label, Summary s, String unit) {
    out.printf(Locale.ROOT, "%-9s %s %s (95%% CI %s to %s; 90%% of months between %s and %s)%n", label,
        Numbers.amount(s.mean()), unit, Numbers.amount(s.ciLow()), Numbers.amount(s.ciHigh()), Numbers.amount(s.p05()),
        Numbers.amount(s.p95()));
  }

  private static void limits(PrintWriter out, Results r) {
    if (r.breaches().isEmpty()) {
      out.println("Limits    none set in the file");
      return;
    }
    out.println("Limit             allowed     worst month   breached in");
    for (Results.BreachResult b : r.breaches()) {
      LimitRule rule = b.rule();
      out.printf(Locale.ROOT, "%-17s %-11s %-13s %s of %s (%s)%s%n", rule.name(), allowed(rule),
          worst(r, rule), Numbers.count(b.monthsBreached()), Numbers.plural(r.replications(), "month"),
          Numbers.percent(b.probability()),
          b.monthsBreached() > 0 ? "  " + Verdict.of(b.monthsBreached(), r.replications()).label() : "");
    }
  }

  /** The worst month's value in the limit's own terms (for counting limits: the offenders in that month). */
  private static String worst(Results r, LimitRule rule) {
    double max = r.metric(rule.metric()).summary().max();
    return switch (rule.kind()) {
      case CLOSE_TIME -> Numbers.amount(max) + (max == 1 ? " tour late" : " tours late");
      case MAX_TOUR_MINUTES -> Numbers.minutes(r.metric("tourMinutesMax").summary().max());
      case BLACKOUTS -> Numbers.amount(max) + (max == 1 ? " group in" : " groups in");
      case NOISE_DOSE_PERCENT -> Numbers.amount(max) + "%";
      case EVACUATION_MINUTES, MAX_WAIT_MINUTES -> Numbers.minutes(max);
      case FLOOR_VISITORS, TURNED_AWAY -> persons(max);
    };
  }

  /** The limit with its unit, as short as the table allows: "40 persons", "2.5 min", "18:30", "100%". */
  private static String allowed(LimitRule rule) {
    double l = rule.limit();
    return switch (rule.kind()) {
      case CLOSE_TIME -> Numbers.clock(l);
      case EVACUATION_MINUTES, MAX_WAIT_MINUTES, MAX_TOUR_MINUTES -> Numbers.amount(l) + " min";
      case BLACKOUTS -> "no group in";
      case NOISE_DOSE_PERCENT -> Numbers.amount(l) + "%";
      case FLOOR_VISITORS, TURNED_AWAY -> persons(l);
    };
  }

  private static String persons(double n) {
    return Numbers.amount(n) + (n == 1 ? " person" : " persons");
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
      out.printf(Locale.ROOT, "  %-28s mean %-10s longest %s%n", where, Numbers.minutes(m.summary().mean()),
          Numbers.minutes(maxOf(r, m)));
    }
  }

  private static double maxOf(Results r, Results.MetricResult mean) {
    List<String> p = new java.util.ArrayList<>(mean.path());
    p.set(p.size() - 1, "maxWaitMinutes");
    Results.MetricResult max = r.metric(p.toArray(String[]::new));
    return max == null ? Double.NaN : max.summary().max();
  }
}
