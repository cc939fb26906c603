package org.tourplan.safety;

import java.util.ArrayList;
import java.util.List;
import org.tourplan.text.Numbers;
import org.tourplan.tour.TourTimeline;
import org.tourplan.tour.TourTimeline.Visit;

/** How explanations name a tour and say where its time went, from its timeline alone. */
final class TourFacts {
  static final double DAY = 1440;

  private TourFacts() {
  }

  /** "the 10:30 tour" (with its date when the explanation is about another day). */
  static String label(TourTimeline t) {
    return "the " + Numbers.clock(minute(t.scheduledStart())) + " tour of " + Numbers.date(t.date());
  }

  static double minute(double t) {
    return t - Math.floor(t / DAY) * DAY;
  }

  static double length(TourTimeline t) {
    return t.visits().isEmpty() ? 0 : t.end() - t.visits().get(0).enter();
  }

  /** Where a tour's time went. */
  static String breakdown(TourTimeline t) {
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
    parts.add(Numbers.minutes(inside) + " inside zones");
    parts.add(Numbers.minutes(riding) + " boarding and riding");
    if (queue > 0) {
      parts.add(Numbers.minutes(queue) + " queueing to enter (" + Numbers.minutes(worstQueue) + " at " + worstZone
          + ")");
    }
    if (pickup > 0) {
      parts.add(Numbers.minutes(pickup) + " waiting for shuttles");
    }
    double guides = t.guidesAt() - t.scheduledStart();
    if (guides > 0) {
      parts.add(Numbers.minutes(guides) + " waiting for guides before the start");
    }
    return String.join(", ", parts);
  }

  static String worstQueue(TourTimeline t) {
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
}
