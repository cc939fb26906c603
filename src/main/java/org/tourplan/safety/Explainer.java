package org.tourplan.safety;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tourplan.verdict.LimitRule;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Zone;
import org.tourplan.text.Numbers;
import org.tourplan.tour.TourSetup;
import org.tourplan.tour.TourTimeline;
import org.tourplan.tour.TourTimeline.Visit;

/**
 * Finds the first breach of a limit in a traced month and says what drove it, from the tours' timelines alone:
 * who was on the floor and doing what, what blocked a queue, where a long tour lost its time.
 */
final class Explainer {
  private static final double DAY = TourFacts.DAY;
  private final Scenario sc;
  private final int replication;
  private final List<TourTimeline> tours;
  private final YearMonth month;
  private final WaitCauses causes;

  Explainer(Scenario sc, int replication, List<TourTimeline> tours) {
    this.sc = sc;
    this.replication = replication;
    this.tours = tours.stream().filter(t -> !t.cancelled()).toList();
    this.month = sc.month();
    this.causes = new WaitCauses(sc, this.tours);
  }

  /** The first breach of {@code rule} in this month, or null if the month has none. */
  FirstBreach firstBreach(LimitRule rule) {
    return switch (rule.kind()) {
      case FLOOR_VISITORS -> floor(rule.limit());
      case EVACUATION_MINUTES -> evacuation(rule.limit());
      case MAX_WAIT_MINUTES -> floorWait(rule.limit());
      case MAX_TOUR_MINUTES -> longTour(rule.limit());
      case CLOSE_TIME -> overrun(rule.limit());
      case NOISE_DOSE_PERCENT -> noise(rule.limit());
      case BLACKOUTS -> blackout();
      case TURNED_AWAY -> turnedAway(rule.limit());
    };
  }

  private FirstBreach floor(double limit) {
    List<FloorStays.Stay> stays = FloorStays.of(tours, null);
    double t = FloorStays.firstAbove(stays, limit, 1);
    if (Double.isNaN(t)) {
      return null;
    }
    List<FloorStays.Stay> now = FloorStays.at(stays, t);
    int persons = now.stream().mapToInt(s -> s.tour().persons()).sum();
    String text = String.format(Locale.ROOT, "%d groups (%s persons) were on the production floor at once, "
        + "against a limit of %s: %s.", now.size(), Numbers.count(persons), Numbers.count(limit), FloorStays.states(now, t));
    return breach(t, FloorStays.busiestZone(now), now.get(0).tour().tour(), persons, text);
  }

  private FirstBreach evacuation(double limit) {
    double first = Double.NaN;
    Zone where = null;
    for (Zone z : sc.zones().values()) {
      if (!z.floor() || z.egressPerMinute() == null) {
        continue;
      }
      double t = FloorStays.firstAbove(FloorStays.of(tours, z.id()), limit, z.egressPerMinute());
      if (!Double.isNaN(t) && (Double.isNaN(first) || t < first)) {
        first = t;
        where = z;
      }
    }
    if (where == null) {
      return null;
    }
    List<FloorStays.Stay> now = FloorStays.at(FloorStays.of(tours, where.id()), first);
    int persons = now.stream().mapToInt(s -> s.tour().persons()).sum();
    double minutes = persons / where.egressPerMinute();
    String text = String.format(Locale.ROOT, "%s persons at %s would need %s to get out through exits for %s "
            + "persons a minute (limit %s): %s.", Numbers.count(persons), where.id(), Numbers.minutes(minutes),
        Numbers.number(where.egressPerMinute()), Numbers.minutes(limit), FloorStays.states(now, first));
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
      text = String.format(Locale.ROOT, "%s waited %s to enter %s (limit %s): %s.", TourFacts.label(worstTour),
          Numbers.minutes(wait), v.zone(), Numbers.minutes(limit), causes.entryBlockers(worstTour, v));
    } else {
      TourTimeline.Ride r = worstTour.rides().get(visit);
      wait = r.ready() - r.requested();
      text = String.format(Locale.ROOT, "%s waited %s for %s at the %s pickup (limit %s): %s.", TourFacts.label(worstTour),
          Numbers.minutes(wait), worstTour.vehicles() == 1 ? "a shuttle" : worstTour.vehicles() + " shuttles",
          v.zone(), Numbers.minutes(limit), causes.fleetHolders(worstTour, r.requested()));
    }
    return breach(crossing, v.zone(), worstTour.tour(), wait, text);
  }

  private FirstBreach longTour(double limit) {
    TourTimeline first = null;
    for (TourTimeline t : tours) {
      if (TourFacts.length(t) > limit && (first == null || t.visits().get(0).enter() + limit
          < first.visits().get(0).enter() + limit)) {
        first = t;
      }
    }
    if (first == null) {
      return null;
    }
    double len = TourFacts.length(first);
    String text = String.format(Locale.ROOT, "%s took %s from its first entry (limit %s): %s.", TourFacts.label(first),
        Numbers.minutes(len), Numbers.minutes(limit), TourFacts.breakdown(first));
    return breach(first.visits().get(0).enter() + limit, TourFacts.worstQueue(first), first.tour(), len, text);
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
    String text = String.format(Locale.ROOT, "%s ended at %s, %s after closing time %s: %s.", TourFacts.label(first),
        Numbers.clock(first.end() - dayStart(first)), Numbers.minutes(late), Numbers.clock(closeMinute),
        TourFacts.breakdown(first));
    return breach(first.end(), TourFacts.worstQueue(first), first.tour(), late, text);
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
        parts.add(String.format(Locale.ROOT, "%s in %s at %s dB(A) (%s%%)", Numbers.minutes(v.leave() - v.enter()),
            v.zone(), Numbers.number(sc.zones().get(v.zone()).noiseDbA()), Numbers.number(d)));
        if (d > loudestDose) {
          loudestDose = d;
          loudest = v.zone();
        }
      }
      total += d;
    }
    String text = String.format(Locale.ROOT, "visitors of %s received %s%% of the daily noise dose (limit %s%%): %s.",
        TourFacts.label(first), Numbers.number(total), Numbers.number(limit), String.join(", ", parts));
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
        TourFacts.label(who), where.zone(), Numbers.clock(TourFacts.minute(where.enter())), Numbers.clock(TourFacts.minute(where.leave())),
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

  private double dayStart(TourTimeline t) {
    return (t.date().getDayOfMonth() - 1) * DAY;
  }

  /** The check-in at which the month's persons turned away first pass the limit. */
  private FirstBreach turnedAway(double limit) {
    int total = 0;
    for (TourTimeline t : tours) {
      total += t.turnedAway();
      if (t.turnedAway() > 0 && total > limit) {
        String text = String.format(Locale.ROOT, "%s turned away %s at check-in (the group's maxSize is %s "
                + "persons; %s admitted), bringing the month to %s turned away against a limit of %s.",
            TourFacts.label(t), persons(t.turnedAway()), Numbers.count(sc.group().maxSize()),
            Numbers.count(t.persons()), persons(total), Numbers.count(limit));
        return breach(t.scheduledStart(), null, t.tour(), total, text);
      }
    }
    return null;
  }

  private static String persons(int n) {
    return Numbers.plural(n, "person", "persons");
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
