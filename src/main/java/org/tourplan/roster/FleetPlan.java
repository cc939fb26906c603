package org.tourplan.roster;

import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The shuttle plan of a month: one {@link DayPlan} per date of the month (a date without tours has an empty plan).
 * Plain data for the {@code shuttles} command, the planned mode of the simulation and the report.
 *
 * @param scenario   the scenario's name (untrusted text)
 * @param month      the month
 * @param seats      seats per vehicle
 * @param fleetInFile vehicles in the scenario file
 * @param smallest   true for smallest-fleet plans, false for plans of the file's fleet (planned mode)
 * @param iterations jsprit iterations per solve
 * @param days       one plan per date, in date order
 */
public record FleetPlan(String scenario, YearMonth month, int seats, int fleetInFile, boolean smallest,
                        int iterations, List<DayPlan> days) {

  /** The most vehicles any date needs (0 when the month has no tours). */
  public int maxFleet() {
    return days.stream().mapToInt(DayPlan::fleet).max().orElse(0);
  }

  /** The most vehicles each day of the week needs in the month (a day of week with no tours maps to 0). */
  public Map<DayOfWeek, Integer> fleetByDayOfWeek() {
    Map<DayOfWeek, Integer> out = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      out.put(d, 0);
    }
    for (DayPlan p : days) {
      out.merge(p.date().getDayOfWeek(), p.fleet(), Math::max);
    }
    return out;
  }

  /** Rides the fleet cannot serve, over the month. */
  public long unservedRides() {
    return days.stream().mapToLong(p -> p.unserved().size()).sum();
  }

  /** Wall-clock seconds of every solve of the month (identical days are solved once). */
  public double solveSeconds() {
    return days.stream().mapToDouble(DayPlan::solveSeconds).sum();
  }
}
