package org.tourplan.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.text.Numbers;
import org.tourplan.tour.TourTimeline;
import org.tourplan.tour.TourTimeline.Visit;

/**
 * Who is on the production floor when (contract 2.6: from arrival at a floor zone until the ride from its pickup
 * departs), and what each group there is doing: the raw material of floor and evacuation explanations.
 */
final class FloorStays {
  private FloorStays() {
  }

  /** A group's stay on the floor at one zone: from arrival until its ride from that zone departs. */
  record Stay(TourTimeline tour, int visit, double from, double to) {
    Visit v() {
      return tour.visits().get(visit);
    }
  }

  /** Every stay at floor zone {@code zone} (all floor zones when null). */
  static List<Stay> of(List<TourTimeline> tours, String zone) {
    List<Stay> stays = new ArrayList<>();
    for (TourTimeline t : tours) {
      for (TourTimeline.FloorStay s : t.floorStays(zone)) {
        stays.add(new Stay(t, s.visit(), s.from(), s.to()));
      }
    }
    return stays;
  }

  /** The first instant after which the persons in {@code stays} exceed {@code limit}, or NaN. */
  static double firstAbove(List<Stay> stays, double limit, double perMinute) {
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

  static List<Stay> at(List<Stay> stays, double t) {
    return stays.stream().filter(s -> s.from() <= t && t < s.to()).toList();
  }

  static String states(List<Stay> stays, double t) {
    List<String> out = new ArrayList<>();
    for (Stay s : stays) {
      Visit v = s.v();
      TourTimeline.Ride r = s.tour().rides().get(s.visit());
      String who = TourFacts.label(s.tour()) + " (" + s.tour().persons() + ")";
      if (t < v.enter()) {
        out.add(who + " waiting " + Numbers.minutes(t - v.arrive()) + " to enter " + v.zone());
      } else if (t < v.leave()) {
        out.add(who + " inside " + v.zone());
      } else if (t < r.ready()) {
        out.add(who + " waiting " + Numbers.minutes(t - v.leave()) + " for a shuttle at " + v.zone());
      } else {
        out.add(who + " boarding at " + v.zone());
      }
    }
    return String.join("; ", out);
  }

  static String busiestZone(List<Stay> stays) {
    Map<String, Integer> persons = new LinkedHashMap<>();
    for (Stay s : stays) {
      persons.merge(s.v().zone(), s.tour().persons(), Integer::sum);
    }
    return persons.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(null);
  }
}
