package org.tourplan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.tourplan.scenario.Scenario;
import org.tourplan.roster.DayPlan;
import org.tourplan.roster.DayType;
import org.tourplan.roster.FleetPlan;
import org.tourplan.roster.Leg;
import org.tourplan.shuttle.ShuttlePlanner;
import org.tourplan.roster.UnservedRide;
import org.tourplan.roster.VehicleRoster;
import org.tourplan.text.Numbers;

/**
 * What {@code tourplan shuttles} prints, answer first: the fleet the month needs against the file's, one line per
 * kind of day (dates with the same rides), how it was planned, the rides no fleet can serve, then one roster per
 * kind of day, a line a vehicle; every leg of those rosters only when asked ({@code --rosters}).
 */
final class ShuttlesPrinter {
  private ShuttlesPrinter() {
  }

  static void print(PrintWriter out, Scenario sc, FleetPlan plan, double seconds, boolean legs) {
    List<DayType> types = DayType.of(plan.days());
    out.printf(Locale.ROOT, "%s%n", Text.safe(sc.name()));
    out.println(answer(plan));
    out.printf(Locale.ROOT, "  %-28s %5s  %5s  %5s  %15s  %11s%s%n", "days", "dates", "tours", "rides",
        "shuttles needed", "lower bound", plan.unservedRides() > 0 ? "  unserved rides" : "");
    for (DayType t : types) {
      DayPlan d = t.plan();
      out.printf(Locale.ROOT, "  %-28s %5d  %5d  %5d  %15d  %11d%s%n", Text.safe(t.label()), t.dates().size(),
          d.tours(), d.rides().size(), d.fleet(), d.lowerBound(),
          plan.unservedRides() > 0 ? String.format(Locale.ROOT, "  %14d", d.unserved().size()) : "");
    }
    out.println();
    out.println(how(plan, types, seconds));
    unserved(out, types);
    rosters(out, types, legs);
  }

  /** The first line: vehicles needed against the file's fleet, and whether every ride can be served. */
  static String answer(FleetPlan plan) {
    int need = plan.maxFleet();
    int file = plan.fleetInFile();
    String against = need == file ? "exactly the file's " + file
        : need < file ? "the file has " + file + ", " + (file - need) + " more than needed"
        : "the file has " + file + ", " + (need - file) + " short";
    if (plan.unservedRides() == 0) {
      return String.format(Locale.ROOT, "Shuttles needed: %s (%s). Every ride of the month can be served.",
          Numbers.plural(need, "shuttle"), against);
    }
    long dates = plan.days().stream().filter(d -> !d.complete()).count();
    return String.format(Locale.ROOT, "Shuttles needed: %s for the rides that can be served (%s); %s on %s cannot "
        + "be served by any fleet found (below).", Numbers.plural(need, "shuttle"), against,
        Numbers.plural(plan.unservedRides(), "ride"), Numbers.plural(dates, "date"));
  }

  private static String how(FleetPlan plan, List<DayType> types, double seconds) {
    long solved = types.stream().filter(t -> t.plan().solves() > 0).count();
    int loads = plan.days().stream().flatMap(d -> d.rides().stream()).mapToInt(r -> r.request().loads())
        .findFirst().orElse(0);
    int most = types.stream().mapToInt(t -> t.plan().iterations()).max().orElse(0);
    boolean early = types.stream().filter(t -> t.plan().solves() > 0)
        .allMatch(t -> t.plan().iterations() < t.plan().solves() * plan.iterations());
    String stop = solved == 0 ? "" : early
        ? String.format(Locale.ROOT, "; every solve stopped at its lower bound (an optimal roster) within %s",
            Numbers.plural(most, "iteration"))
        : String.format(Locale.ROOT, "; up to %s a solve", Numbers.plural(plan.iterations(), "iteration"));
    return String.format(Locale.ROOT, "%s solved with jsprit 1.8 in %.1f s, seed %d%s.%nNominal times (mean dwell, "
        + "no queueing; pickup window = mean + the dwell's standard deviation); each ride takes %s of %d seats (the "
        + "worst admissible mix of parties).", Numbers.plural(solved, "kind of day", "kinds of day"), seconds,
        ShuttlePlanner.SEED, stop, Numbers.plural(loads, "shuttle"), plan.seats());
  }

  private static void unserved(PrintWriter out, List<DayType> types) {
    long n = types.stream().mapToLong(t -> (long) t.plan().unserved().size() * t.dates().size()).sum();
    if (n == 0) {
      return;
    }
    out.printf(Locale.ROOT, "%nRides the fleet cannot serve (%d):%n", n);
    for (DayType t : types) {
      for (UnservedRide u : t.plan().unserved()) {
        out.printf(Locale.ROOT, "  %s, %s, ride %d of %d %s -> %s (%d of %s): %s%n", Text.safe(t.label()),
            u.request().tourLabel(), u.request().ride() + 1, u.request().rides(), Text.safe(u.request().from()),
            Text.safe(u.request().to()), u.loadsUnserved(), Numbers.plural(u.request().loads(), "shuttle"),
            Text.safe(u.reason()));
      }
    }
  }

  private static void rosters(PrintWriter out, List<DayType> types, boolean legs) {
    if (types.stream().allMatch(t -> t.plan().vehicles().isEmpty())) {
      return;
    }
    out.printf(Locale.ROOT, "%nRosters, one per kind of day (nominal times; %s)%n",
        legs ? "a shuttle waits at the pickup between legs" : "every leg with --rosters");
    for (DayType t : types) {
      DayPlan d = t.plan();
      if (d.vehicles().isEmpty()) {
        continue;
      }
      String first = DayType.dated(d.date());
      String more = t.dates().size() > 1 ? " and " + Numbers.plural(t.dates().size() - 1, "more date") : "";
      out.printf(Locale.ROOT, "%s%s: %s%n", Text.safe(t.label()),
          t.label().equals(first) ? "" : " (" + first + more + ")", Numbers.plural(d.vehicles().size(), "shuttle"));
      List<VehicleRoster> vs = d.vehicles();
      for (int i = 0; i < vs.size(); ) {
        // vehicles with the same day (dedicated-style rosters) share one line unless every leg is asked for
        String summary = summary(d, vs.get(i));
        int j = i;
        while (!legs && j + 1 < vs.size() && summary(d, vs.get(j + 1)).equals(summary)) {
          j++;
        }
        out.printf(Locale.ROOT, "  %s: %s%n", j == i ? "shuttle " + (i + 1)
            : "shuttles " + (i + 1) + "-" + (j + 1) + ", each", summary);
        if (legs) {
          legs(out, vs.get(i));
        }
        i = j + 1;
      }
    }
  }

  /** One line of a vehicle's day: rides, first and last moment, empty driving and the tours it serves. */
  private static String summary(DayPlan d, VehicleRoster v) {
    List<Leg> l = v.legs();
    List<String> tours = d.rides().stream().filter(r -> r.vehicles().contains(v.vehicle()))
        .map(r -> r.request().tourStart().toString()).distinct().toList();
    return String.format(Locale.ROOT, "%s, %s - %s, %.1f min empty; %s %s", Numbers.plural(v.rides(), "ride"),
        Numbers.clockSeconds(l.get(0).start()), Numbers.clockSeconds(l.get(l.size() - 1).end()), v.emptyMinutes(),
        tours.size() == 1 ? "tour" : "tours", String.join(", ", tours));
  }

  private static void legs(PrintWriter out, VehicleRoster v) {
    for (Leg leg : v.legs()) {
      String what = switch (leg.kind()) {
        case EMPTY -> "empty  " + Text.safe(leg.from()) + " -> " + Text.safe(leg.to());
        case BOARD -> "board  at " + Text.safe(leg.from());
        case RIDE -> "ride   " + Text.safe(leg.from()) + " -> " + Text.safe(leg.to());
      };
      out.printf(Locale.ROOT, "    %-8s - %-8s  %-36s %s%n", Numbers.clockSeconds(leg.start()),
          Numbers.clockSeconds(leg.end()), what, (leg.kind() == Leg.Kind.EMPTY ? "for " : "") + leg.label());
    }
  }
}
