package org.tourplan.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Servability;

/** Turns a candidate into a complete scenario, as docs/scenario-format.md ("The plan section") describes. */
final class CandidateBuilder {
  private final Scenario base;
  private final PlanSpace space;
  private final List<LocalTime> grid;

  CandidateBuilder(Scenario base) {
    this.base = base;
    this.space = base.plan();
    List<LocalTime> g = new ArrayList<>();
    int first = space.earliestStart().toSecondOfDay() / 60;
    int last = space.latestStart().toSecondOfDay() / 60;
    for (int m = first; m <= last; m += space.slotMinutes()) {
      g.add(LocalTime.of(m / 60, m % 60));
    }
    this.grid = List.copyOf(g);
  }

  /** Every slot from earliestStart to latestStart, slotMinutes apart. */
  List<LocalTime> grid() {
    return grid;
  }

  /** Start times of a day with {@code n} tours, spread evenly over the slots of the plan's window. */
  List<LocalTime> starts(int n) {
    List<LocalTime> out = new ArrayList<>();
    int slots = grid.size();
    for (int i = 0; i < n; i++) {
      int slot = n == 1 ? 0 : (int) Math.round(i * (slots - 1) / (double) (n - 1));
      out.add(grid.get(slot));
    }
    return out;
  }

  /** The candidate with every day's starts spread evenly (the planner's timetable before designed starts). */
  Candidate even(Candidate c) {
    Map<DayOfWeek, List<LocalTime>> s = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (c.toursOn(d) > 0) {
        s.put(d, starts(c.toursOn(d)));
      }
    }
    return c.withStarts(s);
  }

  /**
   * The candidate as a scenario of {@code month} (a month of the plan's horizon: its month, closed and extra dates
   * and target); everything the plan does not vary is the base file's. A frame without start times gets them
   * spread evenly: its visitors and cost do not depend on them.
   */
  Scenario scenario(Candidate c, Scenario month) {
    Candidate timed = c.starts().isEmpty() ? even(c) : c;
    Scenario r = resources(c.resources(), month);
    // a season's months outside its phases follow the top-level timetable, as the file would say
    return r.toBuilder().schedule(month.schedule().withDays(timed.starts()))
        .season(r.season() == null ? null : r.season().withTopLevelDays(timed.starts())).build();
  }

  /** The candidate as a scenario of the base file's month. */
  Scenario scenario(Candidate c) {
    return scenario(c, base);
  }

  /** {@code month} with the candidate's group, fleet and guides (its schedule as it is). */
  Scenario resources(Candidate.Resources c, Scenario month) {
    int maxSize = space.maxSizeFromFile() != null ? space.maxSizeFromFile()
        : (int) Math.min(Integer.MAX_VALUE, (long) c.groupSize() * base.group().largestParty());
    return month.toBuilder().group(base.group().withPlaces(c.groupSize(), c.overbook(), maxSize))
        .shuttles(base.shuttles().withVehicles(c.vehicles())).guides(base.guides().withCount(c.guides())).build();
  }

  /** Why the candidate's groups could not always be served (contract 2.5), or null when they can. */
  String unservable(Scenario s) {
    List<Servability.Issue> issues = Servability.issues(s.group(), s.zones(), s.route(), s.guides(), s.shuttles());
    return issues.isEmpty() ? null : issues.get(0).path() + ": " + issues.get(0).message();
  }

  /** Tours scheduled and days with at least one tour in the month, all and at weekends. */
  static PlanSpace.Calendar calendar(Scenario s) {
    return PlanSpace.Calendar.of(s.schedule(), s.month());
  }

  /** The month's cost of a schedule with this calendar. */
  double cost(Candidate c, PlanSpace.Calendar calendar) {
    return space.costs().month(calendar, c.vehicles(), c.guides());
  }
}
