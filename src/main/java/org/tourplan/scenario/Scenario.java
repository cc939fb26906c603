package org.tourplan.scenario;

import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated scenario (docs/contract.md): immutable, every default resolved, every cross-reference checked, equal
 * to another scenario exactly when every component is (two loads of one file are equal and hash alike). Built by
 * the file format's loader (package {@code format}), or by code through {@link #builder()} and {@link #toBuilder()}
 * (one key changed, everything else kept: never copy the components one by one).
 *
 * <p>Every scenario, however built, keeps what a file can say (so that {@code format.ScenarioWriter} writes a file
 * that loads back to an equal scenario): the route, returnTo, depot and blackouts name its zones; the travel table
 * covers exactly its zones, in order; the schedule's closed and extra dates lie in its month; a season's months
 * outside its phases follow the schedule's weekly days (and, for the scenario's own month, its dates); without a
 * written maxSize in the plan space, the group's maxSize is its default. A scenario that breaks one of these is
 * refused with an {@link IllegalArgumentException} when it is built, not when it is written.
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

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(travel, "travel");
    Objects.requireNonNull(shuttles, "shuttles");
    Objects.requireNonNull(guides, "guides");
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(limits, "limits");
    zones = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(zones, "zones")));
    route = List.copyOf(route);
    ScenarioRules.check(month, replications, group, zones, route, returnTo, travel, shuttles, schedule, limits,
        plan, season);
  }

  /** A builder with nothing set (name, month, group, zones, route, travel, shuttles, guides, schedule needed). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding every component of this scenario, to change some and build a new one. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The same scenario with another seed and replication count (command-line overrides). */
  public Scenario withRun(long newSeed, int newReplications) {
    return toBuilder().seed(newSeed).replications(newReplications).build();
  }

  /**
   * One month of the season as a one-month scenario: that month and its timetable, everything else (seed
   * included) unchanged, so replication i of the month depends only on the seed, i and the month. It has no season
   * itself: it is the file {@code tourplan simulate} would read for that month.
   */
  public Scenario forMonth(Season.Month m) {
    return toBuilder().month(m.month()).schedule(m.schedule()).season(null).build();
  }

  /**
   * Builds a scenario one component at a time, checking each value as it is set (null where a value is required,
   * counts out of bounds) and the scenario as a whole when it is built (see the rules of {@link Scenario}). Optional
   * components default as in a file without them: seed 1, 100 replications, returnTo the first route zone, no
   * limits, no target, demand, plan or season.
   */
  public static final class Builder {
    private String name;
    private YearMonth month;
    private long seed = 1;
    private int replications = 100;
    private Group group;
    private Map<String, Zone> zones;
    private List<String> route;
    private String returnTo;
    private TravelTable travel;
    private Shuttles shuttles;
    private Guides guides;
    private Schedule schedule;
    private Limits limits = Limits.none();
    private Target target;
    private Demand demand;
    private PlanSpace plan;
    private Season season;

    private Builder() {
    }

    private Builder(Scenario s) {
      name = s.name;
      month = s.month;
      seed = s.seed;
      replications = s.replications;
      group = s.group;
      zones = s.zones;
      route = s.route;
      returnTo = s.returnTo;
      travel = s.travel;
      shuttles = s.shuttles;
      guides = s.guides;
      schedule = s.schedule;
      limits = s.limits;
      target = s.target;
      demand = s.demand;
      plan = s.plan;
      season = s.season;
    }

    public Builder name(String v) {
      name = Objects.requireNonNull(v, "name");
      return this;
    }

    public Builder month(YearMonth v) {
      month = Objects.requireNonNull(v, "month");
      return this;
    }

    public Builder seed(long v) {
      seed = v;
      return this;
    }

    /** Months simulated, 1 to {@link Bounds#REPLICATIONS}. */
    public Builder replications(int v) {
      if (v < 1 || v > Bounds.REPLICATIONS) {
        throw new IllegalArgumentException("replications must be 1 to " + Bounds.REPLICATIONS + ", not " + v);
      }
      replications = v;
      return this;
    }

    public Builder group(Group v) {
      group = Objects.requireNonNull(v, "group");
      return this;
    }

    /** Zones by id, in file order (at least one; each keyed by its own id). */
    public Builder zones(Map<String, Zone> v) {
      Objects.requireNonNull(v, "zones");
      if (v.isEmpty()) {
        throw new IllegalArgumentException("a scenario needs at least one zone");
      }
      v.forEach((id, z) -> {
        if (!id.equals(z.id())) {
          throw new IllegalArgumentException("zone " + Text.quote(z.id()) + " is keyed as " + Text.quote(id));
        }
      });
      zones = v;
      return this;
    }

    /** Zone ids in visit order (at least one). */
    public Builder route(List<String> v) {
      if (Objects.requireNonNull(v, "route").isEmpty()) {
        throw new IllegalArgumentException("a route needs at least one zone");
      }
      route = v;
      return this;
    }

    /** The last ride's destination; null: the first route zone. */
    public Builder returnTo(String v) {
      returnTo = v;
      return this;
    }

    public Builder travel(TravelTable v) {
      travel = Objects.requireNonNull(v, "travel");
      return this;
    }

    public Builder shuttles(Shuttles v) {
      shuttles = Objects.requireNonNull(v, "shuttles");
      return this;
    }

    public Builder guides(Guides v) {
      guides = Objects.requireNonNull(v, "guides");
      return this;
    }

    public Builder schedule(Schedule v) {
      schedule = Objects.requireNonNull(v, "schedule");
      return this;
    }

    /** Limits; null: none. */
    public Builder limits(Limits v) {
      limits = v == null ? Limits.none() : v;
      return this;
    }

    public Builder target(Target v) {
      target = v;
      return this;
    }

    public Builder demand(Demand v) {
      demand = v;
      return this;
    }

    public Builder plan(PlanSpace v) {
      plan = v;
      return this;
    }

    public Builder season(Season v) {
      season = v;
      return this;
    }

    /** The scenario; refused with an {@link IllegalArgumentException} when it breaks a rule of {@link Scenario}. */
    public Scenario build() {
      if (route == null) {
        throw new IllegalArgumentException("a scenario needs a route");
      }
      return new Scenario(name, month, seed, replications, group, zones, route,
          returnTo != null ? returnTo : route.get(0), travel, shuttles, guides, schedule, limits, target, demand,
          plan, season);
    }
  }
}
