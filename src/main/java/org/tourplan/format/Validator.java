package org.tourplan.format;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import org.tourplan.format.SourceTree.Entry;
import org.tourplan.format.SourceTree.ListNode;
import org.tourplan.format.SourceTree.MapNode;
import org.tourplan.format.SourceTree.Node;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.Demand;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Group;
import org.tourplan.scenario.Guides;
import org.tourplan.scenario.LimitKind;
import org.tourplan.scenario.Limits;
import org.tourplan.scenario.Paths;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.Season;
import org.tourplan.scenario.Servability;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Target;
import org.tourplan.scenario.Text;
import org.tourplan.scenario.TravelTable;
import org.tourplan.scenario.Zone;

/**
 * Checks a parsed file against the contract, docs/contract.md (sections 1, 2.3-2.5), and builds the
 * {@link Scenario}. Collects every problem instead of stopping at the first; a section with a problem is not used
 * for cross-checks that would only repeat it.
 *
 * <p>Longer than 400 lines on purpose: it is the walk over the top-level keys and every cross-check between
 * sections (zones and route, fleet and servability, season, target and demand), which read best in one place; each
 * self-contained section has its own reader ({@code GroupSection}, {@code LimitsSection}, {@code TravelSection},
 * {@code ScheduleSection}, {@code PlanSection}, {@code SeasonSection}).
 */
final class Validator extends NodeReader {

  static final int MAX_ZONES = Bounds.ZONES;

  static final List<String> TOP_KEYS = List.of("name", "month", "seed", "replications", "group", "zones", "route",
      "returnTo", "travel", "shuttles", "guides", "schedule", "limits", "target", "demand", "plan", "season");
  static final List<String> GROUP_KEYS = List.of("size", "partySize", "noShowRate", "overbook", "maxSize");
  static final List<String> ZONE_KEYS = List.of("capacity", "maxGroups", "headway", "dwell", "floor",
      "egressPerMinute", "noiseDbA");
  static final List<String> TRAVEL_KEYS = List.of("from", "to", "minutes", "oneWay");
  /** Most jsprit iterations a file may ask for per solve (a day of tours takes seconds per thousand). */
  static final int MAX_PLAN_ITERATIONS = 100_000;
  static final List<String> SHUTTLE_KEYS = List.of("vehicles", "seats", "boardMinutes", "mode", "depot",
      "planIterations");
  static final List<String> GUIDE_KEYS = List.of("count", "maxVisitorsPerGuide");
  static final List<String> SCHEDULE_KEYS = List.of("days", "closed", "extra", "monthly");
  static final List<String> DAY_KEYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
  static final List<String> LIMIT_KEYS = LimitKind.keys();
  static final List<String> BLACKOUT_KEYS = List.of("zones", "from", "to");
  static final List<String> TARGET_KEYS = List.of("visitorsPerMonth", "unit", "confidence");
  static final List<String> DEMAND_KEYS = List.of("applicationsPerMonth", "growthPerMonth", "reapplyRate",
      "preferencePoints");
  /** Most new applicants any month may have, so that every count stays exact in a double. */
  static final double MAX_APPLICANTS = 1e12;


  /** The group and fleet as far as the rules of contract 2.5 need them, even when another of their keys is wrong. */
  private Group groupForChecks;
  private Shuttles fleetForChecks;
  /** Cross-checks that could not run because a value they need has a problem. */
  private final List<String> skipped = new ArrayList<>();

  Validator(String file) {
    super(file);
  }

  /** Names of the cross-checks that could not run because of the problems found (empty when none). */
  List<String> skipped() {
    return problems.isEmpty() ? List.of() : List.copyOf(skipped);
  }

  /** Problems found, sorted by line (problems without a line first), file order kept among equal lines. */
  List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparing(Problem::line, Comparator.nullsFirst(Comparator.naturalOrder())));
    return sorted;
  }

  // ------------------------------------------------------------------------------------------------ the walk

  /** Returns the scenario, or null when any problem was found. */
  Scenario validate(Node rootNode) {
    MapNode root = map(rootNode, "", "a map with the scenario keys (name, month, group, zones, ...)");
    if (root == null) {
      return null;
    }
    this.root = root;
    checkKeys(root, "", TOP_KEYS);

    String name = name(root);
    YearMonth month = month(req(root, "", "month", "a month \"YYYY-MM\""), "month");
    Long seed = opt(root, "seed") == null ? Long.valueOf(1)
        : integer(opt(root, "seed"), "seed", Long.MIN_VALUE, Long.MAX_VALUE, "an integer");
    Long replications = opt(root, "replications") == null ? Long.valueOf(100)
        : integer(opt(root, "replications"), "replications", 1, Bounds.REPLICATIONS, "an integer >= 1");

    GroupSection groupSection = new GroupSection(this);
    Group group = groupSection.group(root);
    groupForChecks = groupSection.forChecks;
    Zones zones = zones(root);
    List<String> route = route(root, zones);
    String returnTo = zoneOrDefault(root, "", "returnTo", zones, route);
    TravelSection travelSection = new TravelSection(this);
    TravelSection.Travel travel = travelSection.travel(root, zones);
    Shuttles shuttles = shuttles(root, zones, route);
    Guides guides = guides(root);
    SeasonSection seasonSection = new SeasonSection(this);
    SeasonSection.Bounds bounds = seasonSection.bounds(root);
    Schedule schedule;
    Season season = null;
    if (bounds == null) {
      schedule = new ScheduleSection(this).schedule(root, month);
    } else {
      // keep the closed and extra dates of the season's months too: months outside every phase use them
      YearMonth first = month == null || bounds.from().isBefore(month) ? bounds.from() : month;
      YearMonth last = month == null || bounds.to().isAfter(month) ? bounds.to() : month;
      Schedule all = new ScheduleSection(this).schedule(root, first, last);
      schedule = all == null || month == null ? null : all.within(month);
      season = seasonSection.season(bounds, all);
    }
    Limits limits = new LimitsSection(this).limits(root, zones);
    Target target = target(root);
    Demand demand = demand(root, season);

    TravelTable table = null;
    if (zones.ok() && travel != null) {
      table = TravelSection.travelTable(zones.ids, travel.legs());
      if (route != null && returnTo != null && shuttles != null) {
        travelSection.checkReachable(table, route, returnTo, shuttles, travel.line());
      }
    }
    if (table == null || route == null || returnTo == null || shuttles == null) {
      skipped.add("travel paths between the zones");
    }
    checkServable(groupForChecks, zones, route, guides, fleetForChecks);

    // the plan's defaults come from these sections: read it only when they are sound
    PlanSpace plan = null;
    if (group != null && shuttles != null && guides != null && schedule != null && replications != null) {
      plan = new PlanSection(this).read(root, group, shuttles, guides, schedule, replications.intValue());
    } else if (opt(root, "plan") != null) {
      skipped.add("the plan section");
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return Scenario.builder().name(name).month(month).seed(seed).replications(replications.intValue()).group(group)
        .zones(zones.valid).route(route).returnTo(returnTo).travel(table).shuttles(shuttles).guides(guides)
        .schedule(schedule).limits(limits).target(target).demand(demand).plan(plan).season(season).build();
  }

  private String name(MapNode root) {
    Node n = req(root, "", "name", "the scenario name (text)");
    String s = text(n, "name", "the scenario name (text)");
    if (s != null && s.isBlank()) {
      wrong(n, "name", "a non-blank name");
      return null;
    }
    return s;
  }

  YearMonth month(Node n, String path) {
    if (n == null) {
      return null;
    }
    String s = text(n, path, "a month \"YYYY-MM\"");
    if (s == null) {
      return null;
    }
    Matcher m = MONTH.matcher(s);
    if (!m.matches()) {
      wrong(n, path, "a month \"YYYY-MM\" such as \"2025-07\"");
      return null;
    }
    int mm = Integer.parseInt(m.group(2));
    if (mm < 1 || mm > 12) {
      wrong(n, path, "a month \"YYYY-MM\" with the month from 01 to 12");
      return null;
    }
    return YearMonth.of(Integer.parseInt(m.group(1)), mm);
  }

  // ------------------------------------------------------------------------------------------------ zones

  private Zones zones(MapNode root) {
    Zones z = new Zones();
    String expected = "a map of zone id -> { capacity, dwell, ... }";
    Node n = req(root, "", "zones", expected);
    MapNode zm = map(n, "zones", expected);
    if (zm == null) {
      return z;
    }
    if (zm.entries().isEmpty()) {
      wrong(n, "zones", "at least one zone");
      return z;
    }
    int beforeIds = problems.size();
    if (zm.entries().size() > MAX_ZONES) {
      problem(zm.line(), "zones", "found " + zm.entries().size() + " zones, expected at most " + MAX_ZONES);
      return z;
    }
    for (Entry e : zm.entries().values()) {
      if (e.key().length() > Bounds.ID_LENGTH) {
        problem(e.line(), "zones", "zone id " + Text.quote(e.key()) + " has " + Bounds.n(e.key().length())
            + " characters, expected at most " + Bounds.ID_LENGTH);
      }
    }
    if (problems.size() != beforeIds) {
      return z;
    }
    z.ids = new LinkedHashSet<>(zm.entries().keySet());
    int before = problems.size();
    for (Entry e : zm.entries().values()) {
      Zone zone = zone(e.key(), e.value(), Paths.child("zones", e.key()), z);
      if (zone != null) {
        z.valid.put(e.key(), zone);
      }
    }
    z.allValid = problems.size() == before;
    return z;
  }

  private Zone zone(String id, Node n, String path, Zones z) {
    int before = problems.size();
    MapNode m = map(n, path, "a zone: { capacity, dwell, maxGroups, headway, floor, egressPerMinute, noiseDbA }");
    if (m == null) {
      return null;
    }
    checkKeys(m, path, ZONE_KEYS);
    Node capNode = req(m, path, "capacity", "an integer >= 1 (persons)");
    Long capacity = integer(capNode, Paths.child(path, "capacity"), 1, Bounds.CAPACITY, "an integer >= 1");
    if (capacity != null) {
      z.capacityNodes.put(id, capNode);
    }
    Long maxGroups = opt(m, "maxGroups") == null ? Long.valueOf(Integer.MAX_VALUE)
        : integer(opt(m, "maxGroups"), Paths.child(path, "maxGroups"), 1, Bounds.CAPACITY, "an integer >= 1");
    Double headway = optNumber(m, path, "headway", 0.0, v -> v >= 0 && v <= Bounds.MINUTES,
        "a number of minutes from 0 to " + NodeReader.num(Bounds.MINUTES));
    Node dwellNode = req(m, path, "dwell", DIST_EXPECTED);
    Distribution dwell = dwellNode == null ? null : distribution(dwellNode, Paths.child(path, "dwell"));
    Boolean floor = opt(m, "floor") == null ? Boolean.FALSE : bool(opt(m, "floor"), Paths.child(path, "floor"));
    Double egress = optNumber(m, path, "egressPerMinute", null,
        v -> v >= Bounds.EGRESS_MIN && v <= Bounds.EGRESS_MAX, "a number of persons per minute from 0.001 to 1000000");
    Double noise = optNumber(m, path, "noiseDbA", null, v -> v >= Bounds.NOISE_MIN && v <= Bounds.NOISE_MAX,
        "a sound level in dB(A) from -100 to 200");
    if (problems.size() != before) {
      return null;
    }
    return new Zone(id, capacity.intValue(), maxGroups.intValue(), headway, dwell, floor, egress, noise);
  }

  // ------------------------------------------------------------------------------------------------ route, travel

  private List<String> route(MapNode root, Zones zones) {
    String expected = "a list of zone ids in visit order";
    Node n = req(root, "", "route", expected);
    ListNode l = list(n, "route", expected);
    if (l == null) {
      return null;
    }
    if (l.items().isEmpty()) {
      wrong(n, "route", "at least one zone id");
      return null;
    }
    if (l.items().size() > Bounds.ROUTE) {
      problem(l.line(), "route", "found " + Bounds.n(l.items().size()) + " zones, expected at most " + Bounds.ROUTE);
      return null;
    }
    List<String> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < l.items().size(); i++) {
      String id = zoneRef(l.items().get(i), Paths.index("route", i), zones);
      if (id == null) {
        ok = false;
      } else {
        out.add(id);
      }
    }
    return ok && zones.ids != null ? out : null;
  }

  /** An optional zone reference defaulting to the first route zone. */
  private String zoneOrDefault(MapNode m, String parent, String key, Zones zones, List<String> route) {
    Node n = opt(m, key);
    if (n == null) {
      return route == null ? null : route.get(0);
    }
    return zoneRef(n, Paths.child(parent, key), zones);
  }

  private Shuttles shuttles(MapNode root, Zones zones, List<String> route) {
    int before = problems.size();
    String expected = "a map with vehicles and seats (and boardMinutes, mode, depot, planIterations)";
    MapNode m = map(req(root, "", "shuttles", expected), "shuttles", expected);
    if (m == null) {
      return null;
    }
    checkKeys(m, "shuttles", SHUTTLE_KEYS);
    Long vehicles = integer(req(m, "shuttles", "vehicles", "an integer >= 1"), "shuttles.vehicles", 1,
        Bounds.VEHICLES, "an integer >= 1");
    Long seats = integer(req(m, "shuttles", "seats", "an integer >= 1"), "shuttles.seats", 1, Bounds.SEATS,
        "an integer >= 1");
    Distribution board = opt(m, "boardMinutes") == null ? new Distribution.Constant(0)
        : distribution(opt(m, "boardMinutes"), "shuttles.boardMinutes");
    Shuttles.Mode mode = Shuttles.Mode.DEDICATED;
    Node modeNode = opt(m, "mode");
    if (modeNode != null) {
      String s = text(modeNode, "shuttles.mode", "dedicated, pooled or planned");
      if ("dedicated".equals(s)) {
        mode = Shuttles.Mode.DEDICATED;
      } else if ("pooled".equals(s)) {
        mode = Shuttles.Mode.POOLED;
      } else if ("planned".equals(s)) {
        mode = Shuttles.Mode.PLANNED;
      } else if (s != null) {
        wrong(modeNode, "shuttles.mode", "dedicated, pooled or planned");
      }
    }
    Long iterations = opt(m, "planIterations") == null ? Long.valueOf(Shuttles.DEFAULT_PLAN_ITERATIONS)
        : integer(opt(m, "planIterations"), "shuttles.planIterations", 1, MAX_PLAN_ITERATIONS,
            "an integer from 1 to " + MAX_PLAN_ITERATIONS);
    String depot = zoneOrDefault(m, "shuttles", "depot", zones, route);
    if (vehicles != null && seats != null) { // all the fleet-size rule needs
      fleetForChecks = new Shuttles(vehicles.intValue(), seats.intValue(), new Distribution.Constant(0), mode,
          depot, iterations == null ? 1 : iterations.intValue());
    }
    if (problems.size() != before || depot == null) {
      return null;
    }
    return new Shuttles(vehicles.intValue(), seats.intValue(), board, mode, depot, iterations.intValue());
  }

  private Guides guides(MapNode root) {
    int before = problems.size();
    String expected = "a map with count and maxVisitorsPerGuide";
    MapNode m = map(req(root, "", "guides", expected), "guides", expected);
    if (m == null) {
      return null;
    }
    checkKeys(m, "guides", GUIDE_KEYS);
    Long count = integer(req(m, "guides", "count", "an integer >= 1"), "guides.count", 1, Bounds.GUIDES,
        "an integer >= 1");
    Long per = integer(req(m, "guides", "maxVisitorsPerGuide", "an integer >= 1"), "guides.maxVisitorsPerGuide", 1,
        Bounds.VISITORS_PER_GUIDE, "an integer >= 1");
    return problems.size() == before ? new Guides(count.intValue(), per.intValue()) : null;
  }

  /** Contract 2.5: the largest admissible group must fit every route zone, the guides, and the fleet. */
  private void checkServable(Group g, Zones zones, List<String> route, Guides guides, Shuttles shuttles) {
    if (g == null) {
      skipped.add("the largest group against zone capacities, guides and fleet size");
      return;
    }
    if (route == null) {
      skipped.add("zone capacities against the largest group");
    }
    if (guides == null) {
      skipped.add("guides against the largest group");
    }
    if (shuttles == null) {
      skipped.add("fleet size against the largest group");
    }
    for (Servability.Issue i : Servability.issues(g, zones.valid, route, guides, shuttles)) {
      Integer line = switch (i.path()) {
        case "guides.count" -> lineAt("guides", "count");
        case "shuttles.seats" -> lineAt("shuttles", "seats");
        case "shuttles.vehicles" -> lineAt("shuttles", "vehicles");
        default -> zones.capacityNodes.get(i.path().substring("zones.".length(), i.path().length()
            - ".capacity".length())).line();
      };
      problem(line, i.path(), i.message());
    }
  }


  // ------------------------------------------------------------------------------------------------ schedule

  private Target target(MapNode root) {
    Node n = opt(root, "target");
    if (n == null) {
      return null;
    }
    int before = problems.size();
    MapNode m = map(n, "target", "a map with visitorsPerMonth (and unit, confidence)");
    if (m == null) {
      return null;
    }
    checkKeys(m, "target", TARGET_KEYS);
    Node vn = req(m, "target", "visitorsPerMonth", "a number > 0");
    Double visitors = vn == null ? null : number(vn, "target.visitorsPerMonth", v -> v > 0 && v <= Bounds.AMOUNT,
        "a number > 0 and <= 1e9");
    Target.Unit unit = Target.Unit.VISITORS;
    Node un = opt(m, "unit");
    if (un != null) {
      String s = text(un, "target.unit", "visitors or places");
      if ("visitors".equals(s)) {
        unit = Target.Unit.VISITORS;
      } else if ("places".equals(s)) {
        unit = Target.Unit.PLACES;
      } else if (s != null) {
        wrong(un, "target.unit", "visitors or places");
      }
    }
    Double confidence = optNumber(m, "target", "confidence", 0.95, v -> v > 0 && v <= 1,
        "a probability > 0 and <= 1");
    return problems.size() == before ? new Target(visitors, unit, confidence) : null;
  }

  private Demand demand(MapNode root, Season season) {
    Node n = opt(root, "demand");
    if (n == null) {
      return null;
    }
    int before = problems.size();
    MapNode m = map(n, "demand", "a map with applicationsPerMonth (and growthPerMonth, reapplyRate, "
        + "preferencePoints)");
    if (m == null) {
      return null;
    }
    checkKeys(m, "demand", DEMAND_KEYS);
    Node an = req(m, "demand", "applicationsPerMonth", "a number > 0");
    Double apps = an == null ? null : number(an, "demand.applicationsPerMonth",
        v -> v >= 1 && v <= Bounds.APPLICATIONS, "a number from 1 to 1e12");
    Double growth = optNumber(m, "demand", "growthPerMonth", 0.0, v -> v >= -0.9 && v <= 10,
        "a fraction from -0.9 to 10 (0.05 = 5% more new applicants each month)");
    Double reapply = optNumber(m, "demand", "reapplyRate", 0.0, v -> v >= 0 && v <= 1,
        "a probability from 0 to 1");
    Boolean points = opt(m, "preferencePoints") == null ? Boolean.FALSE
        : bool(opt(m, "preferencePoints"), "demand.preferencePoints");
    if (problems.size() != before || apps == null || growth == null || reapply == null || points == null) {
      return null;
    }
    if (season != null) {
      int h = season.months().size();
      double last = apps * StrictMath.pow(1 + growth, h - 1);
      if (h > 1 && last > MAX_APPLICANTS) {
        problem(opt(m, "growthPerMonth").line(), "demand.growthPerMonth", "found " + num(growth) + ", which gives "
            + String.format(java.util.Locale.ROOT, "%.3g", last) + " new applicants in " + season.to()
            + "; expected a growth that keeps every month at most 1e12 new applicants");
        return null;
      }
    }
    return new Demand(apps, growth, reapply, points);
  }
}
