package org.tourplan.plan;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tourplan.scenario.FirstFitDecreasing;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Zone;
import org.tourplan.text.Numbers;

/**
 * How many tours a day can hold on the nominal timeline (mean durations, no queueing; each stretch a tour holds
 * something widened by two standard deviations of its moments at each end, the spread the days will show), and
 * what holds them back:
 * what the planner says when no timetable works. Each shared resource a tour holds for a stretch of its timeline
 * lets only so many tours overlap: dedicated shuttles (a full tour's worst mix of parties, from its first pickup to
 * its end), guides (from check-in to the end), the floor limit (persons on the floor at once, while the group is
 * on it), and each zone's groups at once. A start counts as usable when it lies on the grid outside the forbidden
 * windows, its nominal tour ends by the close and is not inside a zone when its blackout starts. Greedy packing in
 * time order then gives the most tours that fit (exact for each resource alone: its stretches all have one length).
 */
final class Capacity {
  /**
   * One resource: at most {@code atOnce} tours may hold it together, each from {@code from} to {@code to} minutes
   * after its start.
   */
  record Hold(String what, int atOnce, double from, double to, String words) {
    double length() {
      return to - from;
    }
  }

  /**
   * The most tours that fit, the starts that do, and the hold that allows the fewest on its own.
   *
   * @param most    tours that fit together
   * @param starts  the starts of those tours
   * @param usable  usable starts (before packing)
   * @param binding the resource that alone allows the fewest (null: the usable starts themselves are the limit)
   * @param alone   tours that resource alone lets fit
   */
  record Fit(int most, List<LocalTime> starts, List<LocalTime> usable, Hold binding, int alone) { }

  private Capacity() {
  }

  /** What a day's tours of scenario {@code s} (the frame's group, fleet and guides) hold. */
  static List<Hold> holds(Scenario s, Nominal n) {
    List<Hold> out = new ArrayList<>();
    int persons = s.group().largestAdmissible();
    double end = n.endMean + 2 * n.endSd;
    if (s.shuttles().mode() == Shuttles.Mode.DEDICATED) {
      int need = FirstFitDecreasing.worstCase(s.group(), s.shuttles().seats());
      int v = s.shuttles().vehicles();
      double from = n.leaveMean[0] - 2 * n.leaveSd[0];
      out.add(new Hold("vehicles", v / Math.max(1, need), from, end, String.format(Locale.ROOT,
          "a full tour holds %d of the %d shuttles for its whole ride (about %.0f min with the spread of its times, "
              + "from its first pickup to its end)", need, v, end - from)));
    }
    int g = s.guides().needed(persons);
    out.add(new Hold("guides", s.guides().count() / Math.max(1, g), 0, end, String.format(Locale.ROOT,
        "a full tour of %d persons holds %d of the %d guides for its whole length (about %.0f min with the spread "
            + "of its times)", persons, g, s.guides().count(), end)));
    Double floor = s.limits().floorVisitors();
    int first = -1;
    int last = -1;
    for (int i = 0; i < n.zones.size(); i++) {
      if (n.zones.get(i).floor()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (floor != null && first >= 0) {
      double on = n.enterMean[first] - 2 * n.enterSd[first];
      double off = n.leaveMean[last] + Math.max(0, s.shuttles().boardMinutes().mean()) + 2 * n.leaveSd[last];
      int atOnce = (int) Math.floor(floor / persons);
      out.add(new Hold("floorVisitors", atOnce, on, off, String.format(Locale.ROOT, "limits.floorVisitors %s lets "
              + "%d full tour%s of %d persons on the floor at once (a tour is on it for about %.0f min with the "
              + "spread of its times)", Numbers.number(floor), atOnce, atOnce == 1 ? "" : "s", persons, off - on)));
    }
    for (int i = 0; i < n.zones.size(); i++) {
      Zone z = n.zones.get(i);
      int atOnce = Math.min(z.maxGroups(), z.capacity() / Math.max(1, persons));
      if (atOnce <= 20) {
        double in = n.enterMean[i] - 2 * n.enterSd[i];
        double out2 = n.leaveMean[i] + 2 * n.leaveSd[i];
        out.add(new Hold("zone " + z.id(), atOnce, in, out2, String.format(Locale.ROOT,
            "%s takes %d full group%s at once (about %.0f min each with the spread of its times)", z.id(), atOnce,
            atOnce == 1 ? "" : "s", out2 - in)));
      }
    }
    return out;
  }

  /** Why a start is not usable on the nominal timeline, or null when it is. */
  static String unusable(LocalTime t, Nominal n, Limits l) {
    double m = Nominal.minute(t);
    if (l.closeTime() != null && m + n.endMean > Nominal.minute(l.closeTime())) {
      return "ends after the " + l.closeTime() + " close (about " + Nominal.clock(m + n.endMean) + ")";
    }
    for (Limits.Blackout b : l.blackouts()) {
      double from = Nominal.minute(b.from());
      double to = Nominal.minute(b.to());
      for (int i = 0; i < n.zones.size(); i++) {
        Zone z = n.zones.get(i);
        if (!b.zones().contains(z.id())) {
          continue;
        }
        double in = m + n.enterMean[i];
        if (in < from && m + n.leaveMean[i] > from) {
          return "is in " + z.id() + " when its " + b.from() + "-" + b.to() + " blackout starts";
        }
        if (z.floor() && l.maxWaitMinutes() != null && in >= from && in < to - l.maxWaitMinutes()) {
          return "reaches " + z.id() + " during its " + b.from() + "-" + b.to() + " blackout and waits on the floor "
              + "longer than limits.maxWaitMinutes";
        }
      }
    }
    return null;
  }

  /** The most tours that fit among {@code starts} (usable ones only) with these holds. */
  static Fit fit(List<LocalTime> starts, Nominal n, Limits l, List<Hold> holds) {
    List<LocalTime> usable = starts.stream().filter(t -> unusable(t, n, l) == null).toList();
    List<LocalTime> all = pack(usable, holds);
    Hold binding = null;
    int alone = usable.size();
    for (Hold h : holds) {
      int k = pack(usable, List.of(h)).size();
      if (k < alone) {
        alone = k;
        binding = h;
      }
    }
    return new Fit(all.size(), all, usable, binding, alone);
  }

  /** Greedy in time order: a start is taken when no hold would then have more tours at once than it allows. */
  static List<LocalTime> pack(List<LocalTime> usable, List<Hold> holds) {
    List<LocalTime> chosen = new ArrayList<>();
    for (LocalTime t : usable) {
      double m = Nominal.minute(t);
      boolean ok = true;
      for (Hold h : holds) {
        int overlapping = 0;
        for (LocalTime c : chosen) {
          if (m - Nominal.minute(c) < h.length()) {
            overlapping++;
          }
        }
        if (overlapping >= h.atOnce()) {
          ok = false;
          break;
        }
      }
      if (ok) {
        chosen.add(t);
      }
    }
    return chosen;
  }
}
