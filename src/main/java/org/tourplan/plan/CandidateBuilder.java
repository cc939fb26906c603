package org.tourplan.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tourplan.scenario.Group;
import org.tourplan.scenario.Guides;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.Servability;
import org.tourplan.scenario.Shuttles;

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
    Schedule schedule = new Schedule(timed.starts(), month.schedule().closed(), month.schedule().extra());
    Scenario r = resources(c.resources(), month);
    return new Scenario(r.name(), r.month(), r.seed(), r.replications(), r.group(), r.zones(), r.route(),
        r.returnTo(), r.travel(), r.shuttles(), r.guides(), schedule, r.limits(), r.target(), r.demand(), r.plan(),
        r.season());
  }

  /** The candidate as a scenario of the base file's month. */
  Scenario scenario(Candidate c) {
    return scenario(c, base);
  }

  /** {@code month} with the candidate's group, fleet and guides (its schedule as it is). */
  Scenario resources(Candidate.Resources c, Scenario month) {
    Group g = base.group();
    int maxSize = space.maxSizeFromFile() != null ? space.maxSizeFromFile()
        : (int) Math.min(Integer.MAX_VALUE, (long) c.groupSize() * g.largestParty());
    Group group = new Group(c.groupSize(), g.partySize(), g.noShowRate(), c.overbook(), maxSize);
    Shuttles sh = base.shuttles();
    Shuttles shuttles = new Shuttles(c.vehicles(), sh.seats(), sh.boardMinutes(), sh.mode(), sh.depot(),
        sh.planIterations());
    Guides guides = new Guides(c.guides(), base.guides().maxVisitorsPerGuide());
    return new Scenario(month.name(), month.month(), month.seed(), month.replications(), group, month.zones(),
        month.route(), month.returnTo(), month.travel(), shuttles, guides, month.schedule(), month.limits(),
        month.target(), month.demand(), month.plan(), month.season());
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
