package org.tourplan.safety;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tourplan.run.LimitRule;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Zone;
import org.tourplan.tour.TourSetup;
import org.tourplan.tour.TourTimeline;
import org.tourplan.tour.TourTimeline.Visit;

/**
 * Finds the first breach of a limit in a traced month and says what drove it, from the tours' timelines alone:
 * who was on the floor and doing what, what blocked a queue, where a long tour lost its time.
 */
final class Explainer {
  private static final double DAY = 1440;
  private final Scenario sc;
  private final int replication;
  private final List<TourTimeline> tours;
  private final YearMonth month;

  Explainer(Scenario sc, int replication, List<TourTimeline> tours) {
    this.sc = sc;
    this.replication = replication;
    this.tours = tours.stream().filter(t -> !t.cancelled()).toList();
    this.month = sc.month();
  }

  /** The first breach of {@code rule} in this month, or null if the month has none. */
  FirstBreach firstBreach(LimitRule rule) {
    return switch (rule.name()) {
      case "floorVisitors" -> floor(rule.limit());
      case "evacuationMinutes" -> evacuation(rule.limit());
      case "maxWaitMinutes" -> floorWait(rule.limit());
      case "maxTourMinutes" -> longTour(rule.limit());
      case "closeTime" -> overrun(rule.limit());
      case "noiseDosePercent" -> noise(rule.limit());
      case "blackouts" -> blackout();
      default -> null;
    };
  }

  /** A group's stay on the floor at one zone: from arrival until its ride from that zone departs. */
  private record Stay(TourTimeline tour, int visit, double from, double to) {
    Visit v() {
      return tour.visits().get(visit);
    }
  }

  private List<Stay> floorStays(String zone) {
    List<Stay> stays = new ArrayList<>();
    for (TourTimeline t : tours) {
      for (int i = 0; i < t.visits().size() && i < t.rides().size(); i++) {
        Visit v = t.visits().get(i);
        if (v.floor() && (zone == null || v.zone().equals(zone))) {
          stays.add(new Stay(t, i, v.arrive(), t.rides().get(i).depart()));
        }
      }
    }
    return stays;
  }

  /** The first instant after which the persons in {@code stays} exceed {@code limit}, or NaN. */
  private static double firstAbove(List<Stay> stays, double limit, double perMinute) {
    List<double[]> changes = new ArrayList<>();
    for (Stay s : stays) {
      changes.add(new double[] {s.from(), s.tour().persons()});
      changes.add(new double[] {s.to(), -s.tour().persons()});
    }
    changes.sort((a, b) -> Double.compare(a[0], b[0]));
    double level = 0;
    for (int i = 0; i < changes.size(); ) {
      double t = changes.get(i)[0];
      while (i < changes.size() && changes.get(i)[0] == t) {
        level += changes.get(i++)[1]; // all changes of an instant before judging it
      }
      if (level / perMinute > limit) {
        return t;
      }
    }
    return Double.NaN;
  }

  private List<Stay> at(List<Stay> stays, double t) {
    return stays.stream().filter(s -> s.from() <= t && t < s.to()).toList();
  }

  private FirstBreach floor(double limit) {
    List<Stay> stays = floorStays(null);
    double t = firstAbove(stays, limit, 1);
    if (Double.isNaN(t)) {
      return null;
    }
    List<Stay> now = at(stays, t);
    int persons = now.stream().mapToInt(s -> s.tour().persons()).sum();
    String text = String.format(Locale.ROOT, "%d groups (%s persons) were on the production floor at once, "
        + "against a limit of %s: %s.", now.size(), Format.count(persons), Format.count(limit), states(now, t));
    return breach(t, busiestZone(now), now.get(0).tour().tour(), persons, text);
  }

  private FirstBreach evacuation(double limit) {
    double first = Double.NaN;
    Zone where = null;
    for (Zone z : sc.zones().values()) {
      if (!z.floor() || z.egressPerMinute() == null) {
        continue;
      }
      double t = firstAbove(floorStays(z.id()), limit, z.egressPerMinute());
      if (!Double.isNaN(t) && (Double.isNaN(first) || t < first)) {
        first = t;
        where = z;
      }
    }
    if (where == null) {
      return null;
    }
    List<Stay> now = at(floorStays(where.id()), first);
    int persons = now.stream().mapToInt(s -> s.tour().persons()).sum();
    double minutes = persons / where.egressPerMinute();
    String text = String.format(Locale.ROOT, "%s persons at %s would need %s to get out through exits for %s "
            + "persons a minute (limit %s): %s.", Format.count(persons), where.id(), Format.minutes(minutes),
        Format.number(where.egressPerMinute()), Format.minutes(limit), states(now, first));
    return breach(first, where.id(), now.get(0).tour().tour(), minutes, text);
  }

  private FirstBreach floorWait(double limit) {
    TourTimeline worstTour = null;
    int visit = -1;
    boolean entry = false;
    double crossing = Double.POSITIVE_INFINITY;
    for (TourTimeline t : tours) {
      for (int i = 0; i < t.visits().size(); i++) {
        Visit v = t.visits().get(i);
        if (!v.floor()) {
          continue;
        }
        if (v.enter() - v.arrive() > limit && v.arrive() + limit < crossing) {
          crossing = v.arrive() + limit;
          worstTour = t;
          visit = i;
          entry = true;
        }
        if (i < t.rides().size()) {
          TourTimeline.Ride r = t.rides().get(i);
          if (r.ready() - r.requested() > limit && r.requested() + limit < crossing) {
            crossing = r.requested() + limit;
            worstTour = t;
            visit = i;
            entry = false;
          }
        }
      }
    }
    if (worstTour == null) {
      return null;
    }
    Visit v = worstTour.visits().get(visit);
    String text;
    double wait;
    if (entry) {
      wait = v.enter() - v.arrive();
      text = String.format(Locale.ROOT, "%s waited %s to enter %s (limit %s): %s.", label(worstTour),
          Format.minutes(wait), v.zone(), Format.minutes(limit), entryBlockers(worstTour, v));
    } else {
      TourTimeline.Ride r = worstTour.rides().get(visit);
      wait = r.ready() - r.requested();
      text = String.format(Locale.ROOT, "%s waited %s for %s at the %s pickup (limit %s): %s.", label(worstTour),
          Format.minutes(wait), worstTour.vehicles() == 1 ? "a shuttle" : worstTour.vehicles() + " shuttles",
          v.zone(), Format.minutes(limit), fleetHolders(worstTour, r.requested()));
    }
    return breach(crossing, v.zone(), worstTour.tour(), wait, text);
  }

  private String entryBlockers(TourTimeline g, Visit v) {
    List<String> why = new ArrayList<>();
    double t = v.arrive();
    List<String> inside = new ArrayList<>();
    int ahead = 0;
    for (TourTimeline o : tours) {
      if (o == g) {
        continue;
      }
      for (Visit w : o.visits()) {
        if (!w.zone().equals(v.zone())) {
          continue;
        }
        if (w.enter() <= t && t < w.leave()) {
          inside.add(label(o) + " (" + o.persons() + " persons, inside until " + Format.clock(minute(w.leave()))
              + ")");
        } else if (w.arrive() <= t && w.enter() > t) {
          ahead++;
        }
      }
    }
    if (!inside.isEmpty()) {
      why.add(v.zone() + " was taken by " + String.join(" and ", inside));
    }
    if (ahead > 0) {
      why.add(ahead + (ahead == 1 ? " group was" : " groups were") + " queued ahead of it");
    }
    for (Limits.Blackout b : sc.limits().blackouts()) {
      if (b.zones().contains(v.zone()) && coversEntry(b, v)) {
        why.add(v.zone() + " was closed for its blackout " + b.from() + "-" + b.to());
      }
    }
    if (why.isEmpty()) {
      why.add("entries were spaced by the " + Format.minutes(sc.zones().get(v.zone()).headway()) + " headway");
    }
    return String.join("; ", why);
  }

  /** Whether blackout {@code b} closed the zone at some time while the group queued (arrival to entry). */
  private boolean coversEntry(Limits.Blackout b, Visit v) {
    double from = b.from().toSecondOfDay() / 60.0;
    double to = b.to().toSecondOfDay() / 60.0;
    if (to < from) {
      to += DAY; // wraps past midnight
    }
    double a = minute(v.arrive());
    double e = a + (v.enter() - v.arrive());
    for (double shift = -DAY; shift <= DAY; shift += DAY) {
      if (a < to + shift && e > from + shift) {
        return true;
      }
    }
    return false;
  }

  private String fleetHolders(TourTimeline g, double t) {
    List<String> holders = new ArrayList<>();
    boolean pooled = sc.shuttles().mode() != Shuttles.Mode.DEDICATED; // planned vehicles are released like pooled ones
    for (TourTimeline o : tours) {
      if (o == g || o.rides().isEmpty()) {
        continue;
      }
      boolean holds;
      if (pooled) {
        holds = false;
        for (int i = 0; i < o.rides().size(); i++) {
          double release = i + 1 < o.visits().size() ? o.visits().get(i + 1).enter() : o.end();
          if (o.rides().get(i).ready() <= t && t < release) {
            holds = true;
          }
        }
      } else {
        holds = o.rides().get(0).ready() <= t && t < o.end();
      }
      if (holds) {
        holders.add(label(o) + " (" + o.vehicles() + ")");
      }
    }
    String fleet = "the fleet of " + sc.shuttles().vehicles();
    return holders.isEmpty() ? fleet + " was on its way" : fleet + " was with " + String.join(", ", holders);
  }

  private FirstBreach longTour(double limit) {
    TourTimeline first = null;
    for (TourTimeline t : tours) {
      if (length(t) > limit && (first == null || t.visits().get(0).enter() + limit
          < first.visits().get(0).enter() + limit)) {
        first = t;
      }
    }
    if (first == null) {
      return null;
    }
    double len = length(first);
    String text = String.format(Locale.ROOT, "%s took %s from its first entry (limit %s): %s.", label(first),
        Format.minutes(len), Format.minutes(limit), breakdown(first));
    return breach(first.visits().get(0).enter() + limit, worstQueue(first), first.tour(), len, text);
  }

  private FirstBreach overrun(double closeMinute) {
    TourTimeline first = null;
    for (TourTimeline t : tours) {
      double close = dayStart(t) + closeMinute;
      if (t.end() > close && (first == null || t.end() < first.end())) {
        first = t;
      }
    }
    if (first == null) {
      return null;
    }
    double late = first.end() - (dayStart(first) + closeMinute);
    String text = String.format(Locale.ROOT, "%s ended at %s, %s after closing time %s: %s.", label(first),
        Format.clock(first.end() - dayStart(first)), Format.minutes(late), Format.clock(closeMinute),
        breakdown(first));
    return breach(first.end(), worstQueue(first), first.tour(), late, text);
  }

  private FirstBreach noise(double limit) {
    TourTimeline first = null;
    double crossing = Double.POSITIVE_INFINITY;
    for (TourTimeline t : tours) {
      double dose = 0;
      for (Visit v : t.visits()) {
        double rate = rate(v.zone());
        double stay = v.leave() - v.enter();
        if (rate > 0 && dose + rate * stay > limit) {
          double when = v.enter() + (limit - dose) / rate;
          if (when < crossing) {
            crossing = when;
            first = t;
          }
          break;
        }
        dose += rate * stay;
      }
    }
    if (first == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    double total = 0;
    String loudest = null;
    double loudestDose = 0;
    for (Visit v : first.visits()) {
      double d = rate(v.zone()) * (v.leave() - v.enter());
      if (d > 0) {
        parts.add(String.format(Locale.ROOT, "%s in %s at %s dB(A) (%s%%)", Format.minutes(v.leave() - v.enter()),
            v.zone(), Format.number(sc.zones().get(v.zone()).noiseDbA()), Format.number(d)));
        if (d > loudestDose) {
          loudestDose = d;
          loudest = v.zone();
        }
      }
      total += d;
    }
    String text = String.format(Locale.ROOT, "visitors of %s received %s%% of the daily noise dose (limit %s%%): %s.",
        label(first), Format.number(total), Format.number(limit), String.join(", ", parts));
    return breach(crossing, loudest, first.tour(), total, text);
  }

  private FirstBreach blackout() {
    double first = Double.POSITIVE_INFINITY;
    TourTimeline who = null;
    Visit where = null;
    Limits.Blackout which = null;
    for (TourTimeline t : tours) {
      for (Visit v : t.visits()) {
        for (Limits.Blackout b : sc.limits().blackouts()) {
          if (!b.zones().contains(v.zone())) {
            continue;
          }
          double opening = nextOpening(b, v.enter());
          if (opening < v.leave() && opening < first) {
            first = opening;
            who = t;
            where = v;
            which = b;
          }
        }
      }
    }
    if (who == null) {
      return null;
    }
    String text = String.format(Locale.ROOT, "%s was inside %s (from %s to %s) when its blackout %s-%s began.",
        label(who), where.zone(), Format.clock(minute(where.enter())), Format.clock(minute(where.leave())),
        which.from(), which.to());
    return breach(first, where.zone(), who.tour(), 1, text);
  }

  /** The first start of blackout {@code b} strictly after {@code t}. */
  private static double nextOpening(Limits.Blackout b, double t) {
    double from = b.from().toSecondOfDay() / 60.0;
    double day = Math.floor(t / DAY) * DAY;
    double s = day + from;
    while (s <= t) {
      s += DAY;
    }
    return s;
  }

  private double rate(String zone) {
    Double db = sc.zones().get(zone).noiseDbA();
    return db == null ? 0 : TourSetup.noiseDosePerMinute(db);
  }

  private static double length(TourTimeline t) {
    return t.visits().isEmpty() ? 0 : t.end() - t.visits().get(0).enter();
  }

  /** Where a tour's time went. */
  private String breakdown(TourTimeline t) {
    double inside = 0;
    double queue = 0;
    double worstQueue = 0;
    String worstZone = null;
    for (Visit v : t.visits()) {
      inside += v.leave() - v.enter();
      double q = v.enter() - v.arrive();
      queue += q;
      if (q > worstQueue) {
        worstQueue = q;
        worstZone = v.zone();
      }
    }
    double pickup = 0;
    double riding = 0;
    for (TourTimeline.Ride r : t.rides()) {
      pickup += r.ready() - r.requested();
      riding += r.arrive() - r.ready();
    }
    List<String> parts = new ArrayList<>();
    parts.add(Format.minutes(inside) + " inside zones");
    parts.add(Format.minutes(riding) + " boarding and riding");
    if (queue > 0) {
      parts.add(Format.minutes(queue) + " queueing to enter (" + Format.minutes(worstQueue) + " at " + worstZone
          + ")");
    }
    if (pickup > 0) {
      parts.add(Format.minutes(pickup) + " waiting for shuttles");
    }
    double guides = t.guidesAt() - t.scheduledStart();
    if (guides > 0) {
      parts.add(Format.minutes(guides) + " waiting for guides before the start");
    }
    return String.join(", ", parts);
  }

  private static String worstQueue(TourTimeline t) {
    String zone = null;
    double worst = 0;
    for (Visit v : t.visits()) {
      if (v.enter() - v.arrive() > worst) {
        worst = v.enter() - v.arrive();
        zone = v.zone();
      }
    }
    return zone;
  }

  private String states(List<Stay> stays, double t) {
    List<String> out = new ArrayList<>();
    for (Stay s : stays) {
      Visit v = s.v();
      TourTimeline.Ride r = s.tour().rides().get(s.visit());
      String who = label(s.tour()) + " (" + s.tour().persons() + ")";
      if (t < v.enter()) {
        out.add(who + " waiting " + Format.minutes(t - v.arrive()) + " to enter " + v.zone());
      } else if (t < v.leave()) {
        out.add(who + " inside " + v.zone());
      } else if (t < r.ready()) {
        out.add(who + " waiting " + Format.minutes(t - v.leave()) + " for a shuttle at " + v.zone());
      } else {
        out.add(who + " boarding at " + v.zone());
      }
    }
    return String.join("; ", out);
  }

  private static String busiestZone(List<Stay> stays) {
    java.util.Map<String, Integer> persons = new java.util.LinkedHashMap<>();
    for (Stay s : stays) {
      persons.merge(s.v().zone(), s.tour().persons(), Integer::sum);
    }
    return persons.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey)
        .orElse(null);
  }

  /** "the 10:30 tour" (with its date when the explanation is about another day). */
  private String label(TourTimeline t) {
    return "the " + Format.clock(minute(t.scheduledStart())) + " tour of " + Format.date(t.date());
  }

  private double dayStart(TourTimeline t) {
    return (t.date().getDayOfMonth() - 1) * DAY;
  }

  private static double minute(double t) {
    return t - Math.floor(t / DAY) * DAY;
  }

  private FirstBreach breach(double t, String zone, int tour, double value, String text) {
    int day = (int) Math.floor(t / DAY);
    LocalDate date = day < month.lengthOfMonth() ? month.atDay(day + 1) : month.atEndOfMonth().plusDays(
        day + 1 - month.lengthOfMonth());
    return new FirstBreach(replication, date, t - day * DAY, zone, tour, value, capitalise(text));
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
