package org.tourplan.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.Season;

/**
 * The timetable keys of a written scenario ({@link ScenarioWriter}): the top-level {@code schedule}, the
 * {@code season} with each phase's schedule, and the {@code plan} section. The model holds a season's months
 * resolved (each with its own month's dates), and the file the schedules they came from: the top-level schedule
 * gets the weekly days, the scenario's own month's dates and those of every season month outside the phases; each
 * phase gets its months' days and dates. The loader resolves them back to the same months.
 */
final class TimetableWriter {
  private TimetableWriter() {
  }

  /** The top-level {@code schedule}: the scenario's, with the dates of the season's months that follow it. */
  static ObjectNode topLevel(Scenario s, ObjectNode o) {
    Set<LocalDate> closed = new TreeSet<>(s.schedule().closed());
    Map<LocalDate, List<LocalTime>> extra = new LinkedHashMap<>(s.schedule().extra());
    if (s.season() != null) {
      for (Season.Month m : s.season().months()) {
        if (m.phase() < 0) {
          closed.addAll(m.schedule().closed());
          m.schedule().extra().forEach(extra::putIfAbsent); // the scenario's own month: the same dates
        }
      }
    }
    return schedule(s.schedule().days(), closed, extra, o);
  }

  private static ObjectNode schedule(Map<DayOfWeek, List<LocalTime>> weekly, Set<LocalDate> closedDates,
                                     Map<LocalDate, List<LocalTime>> extraDates, ObjectNode o) {
    ObjectNode days = o.putObject("days");
    for (DayOfWeek d : DayOfWeek.values()) {
      List<LocalTime> times = weekly.get(d);
      if (times != null) { // an empty list too: "MON: []" is a day the file names without tours
        ArrayNode a = days.putArray(d.name().substring(0, 3));
        times.forEach(t -> a.add(t.toString()));
      }
    }
    ArrayNode closed = o.putArray("closed");
    new TreeSet<>(closedDates).forEach(d -> closed.add(d.toString()));
    ObjectNode extra = o.putObject("extra");
    for (Map.Entry<LocalDate, List<LocalTime>> e : extraDates.entrySet()) {
      ArrayNode a = extra.putArray(e.getKey().toString());
      e.getValue().forEach(t -> a.add(t.toString()));
    }
    return o;
  }

  /** The {@code season}: its bounds and each phase with the schedule its months were resolved from. */
  static ObjectNode season(Season season, ObjectNode o) {
    o.put("from", season.from().toString());
    o.put("to", season.to().toString());
    ArrayNode phases = o.putArray("phases");
    for (int p = 0; p < season.phases().size(); p++) {
      Season.Phase phase = season.phases().get(p);
      ObjectNode po = phases.addObject();
      po.put("from", phase.from().toString());
      po.put("to", phase.to().toString());
      Map<DayOfWeek, List<LocalTime>> days = Map.of();
      Set<LocalDate> closed = new TreeSet<>();
      Map<LocalDate, List<LocalTime>> extra = new LinkedHashMap<>();
      for (Season.Month m : season.months()) {
        if (m.phase() == p) {
          Schedule ms = m.schedule();
          days = ms.days(); // the same in every month of the phase
          closed.addAll(ms.closed());
          extra.putAll(ms.extra());
        }
      }
      schedule(days, closed, extra, po.putObject("schedule"));
    }
    return o;
  }

  /**
   * The {@code plan} section of a file that has one. {@code maxReplications} and {@code screenReplications} below 2
   * are left out: only their defaults can be so small ({@code replications: 1}), valid as defaults and refused when
   * written.
   */
  static ObjectNode plan(PlanSpace p, ObjectNode o) {
    if (p.dayTours() == null) {
      axis(o, "weekdayTours", p.weekdayTours());
      axis(o, "weekendTours", p.weekendTours());
    } else { // counts per day of the week; a day left out has none
      ObjectNode days = o.putObject("dayTours");
      p.dayTours().forEach((d, a) -> axis(days, PlanSpace.dayName(d), a));
    }
    o.put("earliestStart", p.earliestStart().toString());
    o.put("latestStart", p.latestStart().toString());
    o.put("slotMinutes", p.slotMinutes());
    PlanSpace.Design design = p.design();
    o.put("starts", design.even() ? "even" : "designed");
    if (!design.forbidden().isEmpty()) {
      ArrayNode f = o.putArray("forbiddenStarts");
      design.forbidden().forEach(w -> f.addObject().put("from", w.from().toString()).put("to", w.to().toString()));
    }
    if (design.fixed().containsKey(PlanSpace.Design.ALL)) { // the list form: every class of day
      ArrayNode f = o.putArray("fixedStarts");
      design.fixed().get(PlanSpace.Design.ALL).forEach(t -> f.add(t.toString()));
    } else if (!design.fixed().isEmpty()) { // the map form, class by class as the file gave them
      ObjectNode f = o.putObject("fixedStarts");
      for (PlanSpace.DayClass c : p.classes()) {
        List<LocalTime> kept = design.fixed().get(c.name());
        if (kept != null) {
          ArrayNode a = f.putArray(c.name());
          kept.forEach(t -> a.add(t.toString()));
        }
      }
    }
    axis(o, "groupSize", p.groupSize());
    axis(o, "overbook", p.overbook());
    axis(o, "vehicles", p.vehicles());
    axis(o, "guides", p.guides());
    o.putObject("costs").put("perTour", p.costs().perTour()).put("perVehicleDay", p.costs().perVehicleDay())
        .put("perGuideDay", p.costs().perGuideDay()).put("weekendRate", p.costs().weekendRate())
        .put("currency", p.costs().currency());
    o.put("breachTolerance", p.breachTolerance());
    o.put("breachBound", p.breachBound());
    // below 2 only as defaults (replications: 1): written, they would be refused
    if (p.screenReplications() >= 2) {
      o.put("screenReplications", p.screenReplications());
    }
    if (p.maxReplications() >= 2) {
      o.put("maxReplications", p.maxReplications());
    }
    return o;
  }

  private static void axis(ObjectNode o, String key, List<Integer> values) {
    ArrayNode a = o.putArray(key);
    values.forEach(a::add);
  }
}
