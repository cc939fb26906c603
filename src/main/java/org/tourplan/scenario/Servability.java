package org.tourplan.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Contract 2.5's "could never be served" rules: the largest group that can be admitted must fit every route zone and
 * the guides, no party may be larger than a vehicle, and every admissible mix of parties packed whole must fit the
 * fleet. Used by the loader (with lines) and by the planner (for candidates it builds itself).
 */
public final class Servability {
  private Servability() {
  }

  /**
   * One unmet rule.
   *
   * @param path    the key path the problem is reported at
   * @param message what was found and what was expected
   * @param zone    the zone whose capacity is too small, or null when the issue is not a zone's: the loader finds the
   *                line through it (an id with dots or quotes cannot be read back out of the path)
   */
  public record Issue(String path, String message, String zone) {
    /** An issue that is not a zone's. */
    public Issue(String path, String message) {
      this(path, message, null);
    }
  }

  /** Every unmet rule; empty when every admissible group can be served. */
  public static List<Issue> issues(Group g, Map<String, Zone> zones, List<String> route, Guides guides,
                                   Shuttles shuttles) {
    List<Issue> out = new ArrayList<>();
    long largest = g.largestAdmissible();
    String why = "the largest group that can be admitted has " + largest + " persons (min(maxSize " + g.maxSize()
        + ", (size " + g.size() + " + overbook " + g.overbook() + ") x largest party " + g.largestParty() + "))";
    if (route != null) {
      for (String id : new LinkedHashSet<>(route)) {
        Zone z = zones.get(id);
        if (z != null && z.capacity() < largest) {
          out.add(new Issue(Paths.child(Paths.child("zones", id), "capacity"), "found " + z.capacity() + ", but "
              + why + "; expected a capacity >= " + largest + " (or a smaller group.maxSize)", id));
        }
      }
    }
    if (guides != null && (long) guides.count() * guides.maxVisitorsPerGuide() < largest) {
      long need = guides.needed(g.largestAdmissible());
      out.add(new Issue("guides.count", "found " + guides.count() + " guides x maxVisitorsPerGuide "
          + guides.maxVisitorsPerGuide() + " = " + (long) guides.count() * guides.maxVisitorsPerGuide()
          + " visitors, but " + why + "; expected at least " + need + " guides"));
    }
    if (shuttles == null) {
      return out;
    }
    if (g.largestParty() > shuttles.seats()) {
      out.add(new Issue("shuttles.seats", "found " + shuttles.seats() + ", but group.partySize has parties of "
          + g.largestParty() + " persons and a party is never split across vehicles; expected seats >= "
          + g.largestParty()));
      return out;
    }
    // first fit leaves at most one vehicle half full or less, so no mix needs more than this: no search needed
    long bound = Math.min(g.invited(), 2L * g.maxSize() / shuttles.seats() + 1);
    if (bound <= shuttles.vehicles()) {
      return out;
    }
    FleetCheck.Result r = worstMix(g, shuttles.seats());
    if (r.vehicles() > shuttles.vehicles()) {
      out.add(new Issue("shuttles.vehicles", "found " + shuttles.vehicles() + ", but " + mix(r) + " ("
          + g.invited() + " invited, at most " + g.maxSize() + " persons) need " + r.vehicles() + " vehicles of "
          + shuttles.seats() + " seats when packed whole (first-fit-decreasing); expected at least "
          + r.vehicles() + " vehicles"
          + (r.complete() ? "" : " (the check gave up after too many combinations; more may be needed)")));
    } else if (!r.complete()) {
      out.add(new Issue("shuttles.vehicles", "could not check within the work limit that " + shuttles.vehicles()
          + " vehicles of " + shuttles.seats() + " seats carry every admissible mix of parties; expected a "
          + "fleet that clearly suffices (vehicles >= 2 x maxSize / seats + 1) or a smaller group"));
    }
    return out;
  }

  private static FleetCheck.Result worstMix(Group g, int seats) {
    int[] sizes = g.partySize().keySet().stream().mapToInt(Integer::intValue).toArray();
    return FleetCheck.worst(sizes, seats, g.maxSize(), g.invited());
  }

  private static String mix(FleetCheck.Result r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < r.sizes().length; i++) {
      if (r.counts()[i] == 0) {
        continue;
      }
      if (b.length() > 0) {
        b.append(" and ");
      }
      b.append(r.counts()[i]).append(r.counts()[i] == 1 ? " party of " : " parties of ").append(r.sizes()[i]);
    }
    return b.toString();
  }
}
