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
    int maxSize = space.maxSizeFromFile() != null ? space.maxSizeFromFile()
        : (int) Math.min(Integer.MAX_VALUE, (long) c.groupSize() * base.group().largestParty());
    // the season's months outside its phases follow the top-level timetable, as the file would say
    return base.toBuilder().schedule(base.schedule().withDays(days))
        .group(base.group().withPlaces(c.groupSize(), c.overbook(), maxSize))
        .shuttles(base.shuttles().withVehicles(c.vehicles())).guides(base.guides().withCount(c.guides()))
        .season(base.season() == null ? null : base.season().withTopLevelDays(days)).build();
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
