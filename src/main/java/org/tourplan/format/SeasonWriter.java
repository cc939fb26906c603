package org.tourplan.format;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.Season;
import org.tourplan.scenario.Target;

/**
 * The timetables of a written scenario ({@link ScenarioWriter}): the top-level {@code schedule} and the
 * {@code season}, with each phase's schedule, its own target and the waiting goal (the season planner's
 * recommended.yaml is such a file, which {@code tourplan season} runs). The model holds a season's months resolved,
 * each with its own month's dates; the file holds the schedules they came from, so the top-level schedule gets the
 * weekly days, the scenario's own month's dates and those of every season month outside the phases, and each phase
 * its months' days and dates ({@code monthly} written as the dates it stands for). The loader resolves them back to
 * the same months.
 */
final class SeasonWriter {
  private SeasonWriter() {
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

  /** The {@code season}: its bounds, each phase with its schedule and own target, and the waiting goal. */
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
      if (phase.target() != null) { // every key written: the file's target may not be the one it was taken from
        target(phase.target(), po.putObject("target"));
      }
    }
    Season.Waiting w = season.waiting();
    if (w != null) {
      o.putObject("waiting").put("share", w.share()).put("withinMonths", w.withinMonths())
          .put("from", w.from().toString());
    }
    return o;
  }

  /** A {@code target} with every key. */
  static ObjectNode target(Target t, ObjectNode o) {
    o.put("visitorsPerMonth", t.visitorsPerMonth());
    o.put("unit", t.unit().name().toLowerCase(Locale.ROOT));
    o.put("confidence", t.confidence());
    return o;
  }

  private static ObjectNode schedule(Map<DayOfWeek, List<LocalTime>> weekly, Set<LocalDate> closedDates,
                                     Map<LocalDate, List<LocalTime>> extraDates, ObjectNode o) {
    ObjectNode days = o.putObject("days");
    for (DayOfWeek d : DayOfWeek.values()) {
      List<LocalTime> times = weekly.get(d);
      if (times != null && !times.isEmpty()) {
        ArrayNode a = days.putArray(d.name().substring(0, 3));
        times.forEach(t -> a.add(t.toString()));
      }
    }
    ArrayNode closed = o.putArray("closed");
    closedDates.forEach(d -> closed.add(d.toString()));
    ObjectNode extra = o.putObject("extra");
    for (Map.Entry<LocalDate, List<LocalTime>> e : extraDates.entrySet()) {
      ArrayNode a = extra.putArray(e.getKey().toString());
      e.getValue().forEach(t -> a.add(t.toString()));
    }
    return o;
  }
}
