package org.tourplan.scenario;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A validated scenario (docs/contract.md): immutable, every default resolved, every cross-reference checked.
 * Built only by the file format's loader (package {@code format}), or by tests through the canonical constructor.
 *
 * @param name         free text, never trusted for HTML or paths
 * @param month        calendar month simulated
 * @param seed         base seed of every random stream
 * @param replications independent months simulated
 * @param group        who is invited per tour
 * @param zones        zones by id, in file order
 * @param route        zone ids in visit order
 * @param returnTo     final ride destination
 * @param travel       travel minutes between every pair of zones
 * @param shuttles     the fleet
 * @param guides       the guides
 * @param schedule     tour start times
 * @param limits       safety and service limits (never null; {@link Limits#none()} when absent)
 * @param target       monthly target, or null
 * @param demand       lottery demand, or null
 * @param plan         the capacity planner's search space (defaults to this file's own choices when the file has
 *                     no {@code plan} section; null only for scenarios built by hand)
 * @param season       the months {@code tourplan season} simulates, or null when the file has no {@code season}
 */
public record Scenario(String name, YearMonth month, long seed, int replications, Group group,
                       Map<String, Zone> zones, List<String> route, String returnTo, TravelTable travel,
                       Shuttles shuttles, Guides guides, Schedule schedule, Limits limits, Target target,
                       Demand demand, PlanSpace plan, Season season) {

  /** A scenario without a season (one month, as in v1). */
  public Scenario(String name, YearMonth month, long seed, int replications, Group group, Map<String, Zone> zones,
                  List<String> route, String returnTo, TravelTable travel, Shuttles shuttles, Guides guides,
                  Schedule schedule, Limits limits, Target target, Demand demand, PlanSpace plan) {
    this(name, month, seed, replications, group, zones, route, returnTo, travel, shuttles, guides, schedule,
        limits, target, demand, plan, null);
  }

  /** A scenario without a plan space (built by hand, e.g. in tests). */
  public Scenario(String name, YearMonth month, long seed, int replications, Group group, Map<String, Zone> zones,
                  List<String> route, String returnTo, TravelTable travel, Shuttles shuttles, Guides guides,
                  Schedule schedule, Limits limits, Target target, Demand demand) {
    this(name, month, seed, replications, group, zones, route, returnTo, travel, shuttles, guides, schedule,
        limits, target, demand, null);
  }

  /** The same scenario with another seed and replication count (command-line overrides). */
  public Scenario withRun(long newSeed, int newReplications) {
    return new Scenario(name, month, newSeed, newReplications, group, zones, route, returnTo, travel, shuttles,
        guides, schedule, limits, target, demand, plan, season);
  }

  /** The same scenario under another name. */
  public Scenario withName(String newName) {
    return new Scenario(newName, month, seed, replications, group, zones, route, returnTo, travel, shuttles,
        guides, schedule, limits, target, demand, plan, season);
  }

  /**
   * One month of the season as a one-month scenario: that month and its timetable, everything else (seed
   * included) unchanged, so replication i of the month depends only on the seed, i and the month.
   */
  public Scenario forMonth(Season.Month m) {
    return new Scenario(name, m.month(), seed, replications, group, zones, route, returnTo, travel, shuttles,
        guides, m.schedule(), limits, target, demand, plan, season);
  }
}
