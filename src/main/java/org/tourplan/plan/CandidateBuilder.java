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

  CandidateBuilder(Scenario base) {
    this.base = base;
    this.space = base.plan();
  }

  /** Start times of a day with {@code n} tours, spread evenly over the slots of the plan's window. */
  List<LocalTime> starts(int n) {
    List<LocalTime> out = new ArrayList<>();
    int first = space.earliestStart().toSecondOfDay() / 60;
    int slots = (space.latestStart().toSecondOfDay() / 60 - first) / space.slotMinutes() + 1;
    for (int i = 0; i < n; i++) {
      int slot = n == 1 ? 0 : (int) Math.round(i * (slots - 1) / (double) (n - 1));
      int minute = first + slot * space.slotMinutes();
      out.add(LocalTime.of(minute / 60, minute % 60));
    }
    return out;
  }

  /**
   * The candidate as a scenario; everything the plan does not vary is the base file's. Without a plan section the
   * space's one candidate is the base file itself, exactly as written (an irregular timetable is not redrawn).
   */
  Scenario scenario(Candidate c) {
    if (!space.written()) {
      return base;
    }
    Map<DayOfWeek, List<LocalTime>> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      int n = d.getValue() <= 5 ? c.weekdayTours() : c.weekendTours();
      if (n > 0) {
        days.put(d, List.copyOf(starts(n)));
      }
    }
    Schedule schedule = new Schedule(days, base.schedule().closed(), base.schedule().extra());
    Group g = base.group();
    int maxSize = space.maxSizeFromFile() != null ? space.maxSizeFromFile()
        : (int) Math.min(Integer.MAX_VALUE, (long) c.groupSize() * g.largestParty());
    Group group = new Group(c.groupSize(), g.partySize(), g.noShowRate(), c.overbook(), maxSize);
    Shuttles sh = base.shuttles();
    Shuttles shuttles = new Shuttles(c.vehicles(), sh.seats(), sh.boardMinutes(), sh.mode(), sh.depot());
    Guides guides = new Guides(c.guides(), base.guides().maxVisitorsPerGuide());
    return new Scenario(base.name(), base.month(), base.seed(), base.replications(), group, base.zones(),
        base.route(), base.returnTo(), base.travel(), shuttles, guides, schedule, base.limits(), base.target(),
        base.demand(), base.plan());
  }

  /** Why the candidate's groups could not always be served (spec 2.5), or null when they can. */
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
