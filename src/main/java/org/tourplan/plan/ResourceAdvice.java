package org.tourplan.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Target;
import org.tourplan.text.Numbers;

/**
 * When timetables reach the target but none is safe, or none can be served: which resource or window of the day
 * binds on the nominal timeline ({@link Capacity}), and the smallest change of the fleet, the guides, the shuttle
 * mode or the counts that lets the tours fit, each worked out on the same timeline (and the target of a new count
 * counted from check-in draws).
 */
final class ResourceAdvice {
  private static final int MORE = 50;

  private ResourceAdvice() {
  }

  /** The limits case: explain the closest candidate's worst kind of day. */
  static void limits(Scenario base, Evaluation closest, Screen screen, List<String> binding, List<String> fixes) {
    PlanSpace space = base.plan();
    Candidate c = closest.candidate();
    Evaluation.DayKind worst = null;
    if (closest.screening() != null) {
      for (Evaluation.DayKind k : closest.screening().kinds()) {
        if (worst == null || (double) k.breached() / k.days() > (double) worst.breached() / worst.days()) {
          worst = k;
        }
      }
    }
    DayOfWeek day = null;
    for (DayOfWeek d : DayOfWeek.values()) {
      if (worst != null && worst.starts().equals(c.starts().get(d)) || worst == null && c.toursOn(d) > 0) {
        day = d;
        break;
      }
    }
    if (day == null) {
      return;
    }
    PlanSpace.DayClass k = Diagnosis.classOf(space, day);
    int n = c.toursOn(day);
    Nominal nom = screen.nominal();
    Scenario s = screen.builder().scenario(c.frame());
    Limits l = s.limits();
    List<LocalTime> grid = screen.builder().grid().stream().filter(t -> !space.design().forbids(t)).toList();
    Capacity.Fit fit = Capacity.fit(grid, nom, l, Capacity.holds(s, nom));
    windows(grid, nom, l, binding);
    if (worst != null && worst.breached() > 0) {
      List<String> by = new ArrayList<>();
      worst.byLimit().forEach((limit, days) -> by.add(limit + " on " + Numbers.count(days)));
      binding.add(String.format(Locale.ROOT, "with the best starts found for %s a %s (%s) the simulated days "
              + "breach %s of %,d", Numbers.plural(n, "tour"), k.words(), Diagnosis.times(worst.starts()),
          String.join(", ", by), worst.days()));
    }
    // when the tours fit on the nominal timeline, no shared resource binds: the limits' own explanation
    // (LimitFixes) says what does, from the months simulated
    if (fit.most() >= n) {
      if (n > 1 && worst != null && worst.breached() > 0 && space.written()) { // written: it has axes to widen
        fewer(base, c, k, n - 1, screen, fixes, true); // one tour fewer leaves the day room for the spread
      }
      return;
    }
    if (fit.binding() != null) {
      binding.add(String.format(Locale.ROOT, "%s, so at most %d of the %d tours a %s fit among the usable starts "
              + "from %s to %s (on the grid, outside the windows above%s)", fit.binding().words(), fit.alone(), n,
          k.words(), fit.usable().get(0), fit.usable().get(fit.usable().size() - 1), l.closeTime() == null ? ""
              : ", ending by the " + l.closeTime() + " close"));
    } else {
      binding.add(String.format(Locale.ROOT, "only %d starts of the grid are usable for %s a %s",
          fit.usable().size(), Numbers.plural(n, "tour"), k.words()));
    }
    fixResources(s, nom, l, grid, n, fit, fixes);
    fewer(base, c, k, fit.most(), screen, fixes, false);
  }

  /** Grid starts that are not usable, as windows with their reason ("10:45-12:15 meets the 12:00 blackout"). */
  private static void windows(List<LocalTime> grid, Nominal nom, Limits l, List<String> out) {
    String reason = null;
    LocalTime from = null;
    LocalTime to = null;
    List<String> parts = new ArrayList<>();
    for (LocalTime t : grid) {
      String why = Capacity.unusable(t, nom, l);
      String kind = why == null ? null : why.replaceAll("\\(about [^)]*\\)", "").strip();
      if (kind != null && kind.equals(reason)) {
        to = t;
        continue;
      }
      if (reason != null) {
        parts.add((from.equals(to) ? from.toString() : from + "-" + to) + " " + reason);
      }
      reason = kind;
      from = t;
      to = t;
    }
    if (reason != null) {
      parts.add((from.equals(to) ? from.toString() : from + "-" + to) + " " + reason);
    }
    if (!parts.isEmpty()) {
      out.add("a tour that starts at " + String.join("; at ", parts) + " (nominal timeline: mean dwell and "
          + "ride times, no queueing)");
    }
  }

  private static void fixResources(Scenario s, Nominal nom, Limits l, List<LocalTime> grid, int n, Capacity.Fit fit,
                                   List<String> fixes) {
    String what = fit.binding() == null ? "" : fit.binding().what();
    int before = fixes.size();
    if (what.equals("vehicles")) {
      for (int v = s.shuttles().vehicles() + 1; v <= s.shuttles().vehicles() + MORE; v++) {
        Scenario more = withFleet(s, v, s.guides().count(), s.shuttles().mode());
        if (Capacity.fit(grid, nom, l, Capacity.holds(more, nom)).most() >= n) {
          fixes.add(String.format(Locale.ROOT, "allow %d shuttles (plan.vehicles): %d tours then fit", v, n));
          break;
        }
      }
      Scenario pooled = withFleet(s, s.shuttles().vehicles(), s.guides().count(), Shuttles.Mode.POOLED);
      if (Capacity.fit(grid, nom, l, Capacity.holds(pooled, nom)).most() >= n) {
        fixes.add("or pooled shuttles (shuttles.mode: pooled), where a group holds shuttles only while it rides: "
            + n + " tours then fit with " + s.shuttles().vehicles() + " shuttles");
      }
    } else if (what.equals("guides")) {
      for (int g = s.guides().count() + 1; g <= s.guides().count() + MORE; g++) {
        Scenario more = withFleet(s, s.shuttles().vehicles(), g, s.shuttles().mode());
        if (Capacity.fit(grid, nom, l, Capacity.holds(more, nom)).most() >= n) {
          fixes.add(String.format(Locale.ROOT, "allow %d guides (plan.guides): %d tours then fit", g, n));
          break;
        }
      }
    } else if (!what.isEmpty()) {
      fixes.add(String.format(Locale.ROOT, "%s is a fact of the site, not of the plan: plan at most %d tours a day "
          + "of this kind", what, fit.alone()));
    }
    if (fixes.size() == before && (what.equals("vehicles") || what.equals("guides"))) {
      both(s, nom, l, grid, n, fixes); // more of one alone leaves the other binding: the fewest of both together
    }
  }

  /** The smallest number of extra vehicles and guides together (fewest in all, vehicles first) that lets n fit. */
  private static void both(Scenario s, Nominal nom, Limits l, List<LocalTime> grid, int n, List<String> fixes) {
    int v0 = s.shuttles().vehicles();
    int g0 = s.guides().count();
    for (int more = 2; more <= MORE; more++) {
      for (int dv = 1; dv < more; dv++) {
        Scenario both = withFleet(s, v0 + dv, g0 + more - dv, s.shuttles().mode());
        if (Capacity.fit(grid, nom, l, Capacity.holds(both, nom)).most() >= n) {
          fixes.add(String.format(Locale.ROOT, "allow %d vehicles and %d guides (plan.vehicles, plan.guides): %d "
              + "tours then fit (more of either alone leaves the other binding)", v0 + dv, g0 + more - dv, n));
          return;
        }
      }
    }
  }

  /**
   * The same tours moved: this class at the most that fit, another class with more, if the target then holds. With
   * {@code outside}, only counts beyond the plan space's axes (the search judged those inside and found them unsafe),
   * said to be unjudged.
   */
  private static void fewer(Scenario base, Candidate c, PlanSpace.DayClass k, int most, Screen screen,
                            List<String> fixes, boolean outside) {
    Target t = base.target();
    Candidate cut = TargetAdvice.withCount(c.frame(), k, most);
    java.util.Set<List<Integer>> inside = outside ? new java.util.HashSet<>(new Frames(base.plan()).all().stream()
        .map(Candidate::week).toList()) : java.util.Set.of();
    for (PlanSpace.DayClass other : base.plan().classes()) {
      if (other.name().equals(k.name())) {
        continue;
      }
      int now = cut.toursOn(other.days().iterator().next());
      for (int n = now; n <= now + 6 && n <= 48; n++) {
        Candidate moved = TargetAdvice.withCount(cut, other, n);
        if (inside.contains(moved.week())) {
          continue;
        }
        Evaluation.TargetEstimate est = screen.target(moved);
        if (est.low() >= t.confidence()) {
          fixes.add(String.format(Locale.ROOT, (fixes.isEmpty() ? "" : "or ") + "%d tours every %s and %d every %s "
                  + "(plan.%s, plan.%s): the target is then reached in %s of months%s", most, k.words(), n,
              other.words(), TargetAdvice.axis(k), TargetAdvice.axis(other), Numbers.percent(est.probability()),
              outside ? ", and a day with one tour fewer leaves room for the spread of its times (outside the plan "
                  + "space, so not yet judged on simulated days: widen the axes and plan again)" : ""));
          return;
        }
      }
    }
  }

  /** The servability case: the fewest vehicles and guides that serve the cheapest timetable that reaches it. */
  static List<String> servability(Scenario base, List<Evaluation> reachTarget, Screen screen) {
    List<String> out = new ArrayList<>();
    Evaluation e = reachTarget.stream().min(java.util.Comparator.comparingDouble(Evaluation::cost)).orElseThrow();
    Candidate c = e.candidate().frame();
    for (int g = c.guides(); g <= c.guides() + MORE; g++) {
      for (int v = c.vehicles(); v <= c.vehicles() + MORE; v++) {
        Candidate r = new Candidate(c.week(), c.groupSize(), c.overbook(), v, g, Map.of(), null);
        if (screen.builder().unservable(screen.builder().scenario(r)) == null) {
          List<String> parts = new ArrayList<>();
          if (v > c.vehicles()) {
            parts.add(v + " shuttles (plan.vehicles)");
          }
          if (g > c.guides()) {
            parts.add(g + " guides (plan.guides)");
          }
          out.add("allow " + String.join(" and ", parts) + ": every admissible group of " + c.label()
              + " can then be served");
          return out;
        }
      }
    }
    out.add("no fleet or roster up to " + MORE + " more serves it: check shuttles.seats and "
        + "guides.maxVisitorsPerGuide against group.maxSize");
    return out;
  }

  private static Scenario withFleet(Scenario s, int vehicles, int guides, Shuttles.Mode mode) {
    return s.toBuilder().shuttles(s.shuttles().withVehicles(vehicles).withMode(mode))
        .guides(s.guides().withCount(guides)).build();
  }
}
