package org.tourplan.scenario;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules every {@link Scenario} keeps, however it was built: what a scenario file can express, so that the file
 * {@code format.ScenarioWriter} writes loads back to an equal scenario. The loader never builds a scenario that
 * breaks them (it checks the file first, with lines and key paths); code that builds one by hand or changes one
 * component of a loaded one learns of a slip here, when it builds, instead of from a file that reads back otherwise.
 */
final class ScenarioRules {
  private ScenarioRules() {
  }

  static void check(YearMonth month, int replications, Group group, Map<String, Zone> zones, List<String> route,
                    String returnTo, TravelTable travel, Shuttles shuttles, Schedule schedule, Limits limits,
                    PlanSpace plan, Season season) {
    List<String> broken = new ArrayList<>();
    if (replications < 1 || replications > Bounds.REPLICATIONS) {
      broken.add("replications " + replications + " is not 1 to " + Bounds.REPLICATIONS);
    }
    if (zones.isEmpty()) {
      broken.add("no zones");
    }
    zones.forEach((id, z) -> {
      if (!id.equals(z.id())) {
        broken.add("zone " + Text.quote(z.id()) + " is keyed as " + Text.quote(id));
      }
    });
    if (route.isEmpty()) {
      broken.add("an empty route");
    }
    for (String id : route) {
      known(zones, id, "the route", broken);
    }
    known(zones, returnTo, "returnTo", broken);
    known(zones, shuttles.depot(), "shuttles.depot", broken);
    for (Limits.Blackout b : limits.blackouts()) {
      for (String id : b.zones()) {
        known(zones, id, "a blackout", broken);
      }
    }
    if (!travel.places().equals(List.copyOf(zones.keySet()))) {
      broken.add("the travel table covers " + Text.list(travel.places()) + ", not the zones "
          + Text.list(zones.keySet()) + " in order");
    }
    for (LocalDate d : schedule.closed()) {
      inMonth(d, month, "schedule.closed", broken);
    }
    for (LocalDate d : schedule.extra().keySet()) {
      inMonth(d, month, "schedule.extra", broken);
    }
    if (season != null) {
      season(month, schedule, season, broken);
    }
    if (plan != null && plan.maxSizeFromFile() == null) {
      long dflt = Math.min(Integer.MAX_VALUE, (long) group.size() * group.largestParty());
      if (group.maxSize() != dflt) {
        broken.add("group.maxSize is " + group.maxSize() + " but the plan space says it was left to its default, "
            + "size x largest party = " + dflt);
      }
    }
    if (!broken.isEmpty()) {
      throw new IllegalArgumentException("not a scenario a file can describe: " + String.join("; ", broken));
    }
  }

  private static void known(Map<String, Zone> zones, String id, String where, List<String> broken) {
    if (id == null) {
      broken.add(where + " names no zone");
    } else if (!zones.containsKey(id)) {
      broken.add(where + " names " + Text.quote(id) + ", which is not a zone");
    }
  }

  private static void inMonth(LocalDate d, YearMonth month, String where, List<String> broken) {
    if (!YearMonth.from(d).equals(month)) {
      broken.add(where + " holds " + d + ", outside the month " + month + " (a file keeps only the month's dates)");
    }
  }

  /** Months outside every phase follow the top-level schedule: its weekly days, and its dates in its own month. */
  private static void season(YearMonth month, Schedule schedule, Season season, List<String> broken) {
    for (Season.Month m : season.months()) {
      if (m.phase() >= season.phases().size()) {
        broken.add("season month " + m.month() + " names phase " + m.phase() + " of " + season.phases().size());
        continue;
      }
      if (m.phase() >= 0) {
        continue;
      }
      if (!m.schedule().days().equals(schedule.days())) {
        broken.add("season month " + m.month() + " is outside every phase but does not follow schedule.days");
      }
      if (m.month().equals(month) && !(m.schedule().closed().equals(schedule.closed())
          && m.schedule().extra().equals(schedule.extra()))) {
        broken.add("season month " + m.month() + " is the scenario's month, outside every phase, but its closed "
            + "and extra dates are not the schedule's");
      }
    }
  }
}
