package org.tourplan.safety;

import java.util.ArrayList;
import java.util.List;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.text.Numbers;
import org.tourplan.tour.TourTimeline;
import org.tourplan.tour.TourTimeline.Visit;

/** What held a group back: who was inside the zone or queued ahead, a blackout, the headway, or the fleet. */
final class WaitCauses {
  private static final double DAY = TourFacts.DAY;
  private final Scenario sc;
  private final List<TourTimeline> tours;

  WaitCauses(Scenario sc, List<TourTimeline> tours) {
    this.sc = sc;
    this.tours = tours;
  }

  String entryBlockers(TourTimeline g, Visit v) {
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
          inside.add(TourFacts.label(o) + " (" + o.persons() + " persons, inside until " + Numbers.clock(TourFacts.minute(w.leave()))
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
      why.add("entries were spaced by the " + Numbers.minutes(sc.zones().get(v.zone()).headway()) + " headway");
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
    double a = TourFacts.minute(v.arrive());
    double e = a + (v.enter() - v.arrive());
    for (double shift = -DAY; shift <= DAY; shift += DAY) {
      if (a < to + shift && e > from + shift) {
        return true;
      }
    }
    return false;
  }

  String fleetHolders(TourTimeline g, double t) {
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
        holders.add(TourFacts.label(o) + " (" + o.vehicles() + ")");
      }
    }
    String fleet = "the fleet of " + sc.shuttles().vehicles();
    return holders.isEmpty() ? fleet + " was on its way" : fleet + " was with " + String.join(", ", holders);
  }
}
