package org.tourplan.format;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.tourplan.format.SourceTree.Kind;
import org.tourplan.format.SourceTree.ListNode;
import org.tourplan.format.SourceTree.MapNode;
import org.tourplan.format.SourceTree.Node;
import org.tourplan.format.SourceTree.Scalar;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.Group;
import org.tourplan.scenario.Guides;
import org.tourplan.scenario.Paths;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.Shuttles;
import org.tourplan.scenario.Text;

/** Reads and checks the {@code plan} section (a tourplan extension of format v1, see docs/scenario-format.md). */
final class PlanSection {
  static final List<String> KEYS = List.of("weekdayTours", "weekendTours", "dayTours", "earliestStart",
      "latestStart", "slotMinutes", "starts", "forbiddenStarts", "fixedStarts", "groupSize", "overbook", "vehicles",
      "guides", "costs", "breachTolerance", "breachBound", "screenReplications", "maxReplications");
  static final List<String> DAY_KEYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
  static final List<String> COST_KEYS = List.of("perTour", "perVehicleDay", "perGuideDay", "weekendRate",
      "currency");
  static final List<String> RANGE_KEYS = List.of("from", "to", "step");
  private static final String AXIS = "a number, a list of numbers, or { from: a, to: b, step: s }";
  private static final int MAX_AXIS_VALUES = Bounds.AXIS_VALUES;
  private static final String COST = "a cost from 0 to 1e9";
  private static final String LEAST_BOUND = java.math.BigDecimal.valueOf(Bounds.BREACH_BOUND_MIN).toPlainString();

  private final NodeReader r;

  PlanSection(NodeReader reader) {
    this.r = reader;
  }

  /**
   * The plan space of a file whose other sections were read without problems; defaults come from them. Returns
   * null when the section has problems (recorded in the reader).
   */
  PlanSpace read(MapNode root, Group group, Shuttles shuttles, Guides guides, Schedule schedule, int replications) {
    int before = r.problems.size();
    Node pn = NodeReader.opt(root, "plan");
    MapNode m = pn == null ? null : r.map(pn, "plan", "a map with the plan keys (weekdayTours, vehicles, ...)");
    if (pn != null && m == null) {
      return null;
    }
    if (m != null) {
      r.checkKeys(m, "plan", KEYS);
    }
    List<LocalTime> starts = new ArrayList<>();
    int weekdayNow = 0;
    int weekendNow = 0;
    for (DayOfWeek d : DayOfWeek.values()) {
      List<LocalTime> times = schedule.days().getOrDefault(d, List.of());
      starts.addAll(times);
      if (d.getValue() <= 5) {
        weekdayNow = Math.max(weekdayNow, times.size());
      } else {
        weekendNow = Math.max(weekendNow, times.size());
      }
    }
    LocalTime first = starts.stream().min(LocalTime::compareTo).orElse(LocalTime.of(9, 0));
    LocalTime last = starts.stream().max(LocalTime::compareTo).orElse(first);

    List<Integer> weekday = axis(m, "weekdayTours", weekdayNow, 0, Bounds.TOURS_A_DAY);
    List<Integer> weekend = axis(m, "weekendTours", weekendNow, 0, Bounds.TOURS_A_DAY);
    Map<DayOfWeek, List<Integer>> dayTours = dayTours(m);
    LocalTime earliest = timeOr(m, "earliestStart", first);
    LocalTime latest = timeOr(m, "latestStart", last);
    int slotNow = slotOf(starts, first);
    Long slot = m == null ? Long.valueOf(slotNow)
        : r.optInteger(m, "plan", "slotMinutes", slotNow, 1, (long) Bounds.MINUTES,
            "an integer number of minutes from 1 to 1440");
    List<Integer> sizes = axis(m, "groupSize", group.size(), 1, Bounds.GROUP_SIZE);
    List<Integer> overbook = axis(m, "overbook", group.overbook(), 0, Bounds.OVERBOOK);
    List<Integer> vehicles = axis(m, "vehicles", shuttles.vehicles(), 1, Bounds.VEHICLES);
    List<Integer> guideCounts = axis(m, "guides", guides.count(), 1, Bounds.GUIDES);
    PlanSpace.Costs costs = costs(m);
    Double tolerance = m == null ? Double.valueOf(0)
        : r.optNumber(m, "plan", "breachTolerance", 0.0, v -> v >= 0 && v < 1, "a probability from 0 to below 1");
    Double bound = m == null ? Double.valueOf(PlanSpace.DEFAULT_BREACH_BOUND)
        : r.optNumber(m, "plan", "breachBound", PlanSpace.DEFAULT_BREACH_BOUND,
            v -> v >= Bounds.BREACH_BOUND_MIN && v < 1, "a probability from " + LEAST_BOUND
                + " to below 1 (0.001: about 3,500 clean months; below " + LEAST_BOUND + " the confirmation would "
                + "need more than " + Bounds.n(Bounds.CONFIRM_MONTHS) + " fresh months)");
    // maxReplications defaults to replications, which may be 1: a written value has the default's range, so that
    // a file of replications: 1 plans, and the same file written out again (a sweep's variant, recommended.yaml,
    // which write maxReplications) loads too
    Long max = m == null ? Long.valueOf(replications)
        : r.optInteger(m, "plan", "maxReplications", replications, 1, Bounds.REPLICATIONS, "an integer >= 1");
    Long screen = m == null ? Long.valueOf(PlanSpace.DEFAULT_SCREEN_DAYS)
        : r.optInteger(m, "plan", "screenReplications", PlanSpace.DEFAULT_SCREEN_DAYS, 2, Bounds.REPLICATIONS,
            "an integer number of days from 2 to " + Bounds.n(Bounds.REPLICATIONS));

    if (earliest != null && latest != null && latest.isBefore(earliest)) {
      r.problem(line(m, "latestStart"), "plan.latestStart", "found " + latest + ", expected a time at or after "
          + "plan.earliestStart (" + earliest + ")");
    }
    if (dayTours != null && (NodeReader.opt(m, "weekdayTours") != null || NodeReader.opt(m, "weekendTours") != null)) {
      r.problem(NodeReader.opt(m, "dayTours").line(), "plan.dayTours", "found dayTours together with "
          + (NodeReader.opt(m, "weekdayTours") != null ? "weekdayTours" : "weekendTours") + ", expected one of the "
          + "two ways to give counts: per day of the week (dayTours) or per class of day (weekdayTours, weekendTours)");
    }
    if (r.problems.size() == before) {
      long frames = (long) sizes.size() * overbook.size() * vehicles.size() * guideCounts.size();
      String counts;
      if (dayTours == null) {
        frames *= (long) weekday.size() * weekend.size();
        counts = "weekdayTours " + weekday.size() + " x weekendTours " + weekend.size();
      } else {
        List<String> parts = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
          int n = dayTours.getOrDefault(d, List.of(0)).size();
          frames *= n;
          parts.add(PlanSpace.dayName(d) + " " + n);
        }
        counts = "dayTours " + String.join(" x ", parts);
      }
      if (frames > Bounds.PLAN_CANDIDATES) {
        r.problem(m.line(), "plan", "the plan space holds " + Bounds.n(frames) + " combinations of counts, group, "
            + "fleet and guides (" + counts + " x groupSize " + sizes.size() + " x overbook "
            + overbook.size() + " x vehicles " + vehicles.size() + " x guides " + guideCounts.size()
            + " values), expected at most " + Bounds.n(Bounds.PLAN_CANDIDATES) + " (start times come on top of "
            + "them); give the axes fewer values");
      }
    }
    if (r.problems.size() != before) {
      return null;
    }
    PlanSpace shape = new PlanSpace(weekday, weekend, earliest, latest, slot.intValue(), sizes, overbook, vehicles,
        guideCounts, costs, tolerance, bound, screen.intValue(), max.intValue(), null, m != null, dayTours,
        PlanSpace.Design.DEFAULT);
    PlanSpace.Design design = new PlanStartsSection(r).read(m, earliest, latest, slot.intValue(), shape.classes());
    if (design == null) {
      return null;
    }
    Node gn = NodeReader.opt(root, "group");
    Integer maxSizeFromFile = gn instanceof MapNode g && NodeReader.opt(g, "maxSize") != null
        ? group.maxSize() : null;
    return new PlanSpace(weekday, weekend, earliest, latest, slot.intValue(), sizes, overbook, vehicles,
        guideCounts, costs, tolerance, bound, screen.intValue(), max.intValue(), maxSizeFromFile, m != null,
        dayTours, design);
  }

  /** {@code plan.dayTours}: an axis per day of the week (a day left out has no tours), or null when not given. */
  private Map<DayOfWeek, List<Integer>> dayTours(MapNode plan) {
    Node n = plan == null ? null : NodeReader.opt(plan, "dayTours");
    if (n == null) {
      return null;
    }
    MapNode m = r.map(n, "plan.dayTours", "a map from days (MON .. SUN) to the tours to try on that day");
    if (m == null) {
      return null;
    }
    r.checkKeys(m, "plan.dayTours", DAY_KEYS);
    Map<DayOfWeek, List<Integer>> out = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      String key = PlanSpace.dayName(d);
      if (NodeReader.opt(m, key) != null) {
        List<Integer> a = axisAt(m, "plan.dayTours", key, 0, Bounds.TOURS_A_DAY);
        if (a != null) {
          out.put(d, a);
        }
      }
    }
    return out;
  }

  /**
   * The default slot: the largest grid from the earliest start on which every start of the file lies (30 min when
   * there is one start time), so that the file's own timetable always fits its default plan space.
   */
  private static int slotOf(List<LocalTime> starts, LocalTime first) {
    int g = 0;
    for (LocalTime t : starts) {
      g = gcd(g, (t.toSecondOfDay() - first.toSecondOfDay()) / 60);
    }
    return g == 0 ? 30 : g;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  private PlanSpace.Costs costs(MapNode plan) {
    Node cn = plan == null ? null : NodeReader.opt(plan, "costs");
    if (cn == null) {
      return PlanSpace.Costs.defaults();
    }
    MapNode c = r.map(cn, "plan.costs", "a map { perTour, perVehicleDay, perGuideDay, weekendRate, currency }");
    if (c == null) {
      return null;
    }
    r.checkKeys(c, "plan.costs", COST_KEYS);
    Double tour = r.optNumber(c, "plan.costs", "perTour", PlanSpace.DEFAULT_PER_TOUR, PlanSection::cost, COST);
    Double vehicle = r.optNumber(c, "plan.costs", "perVehicleDay", PlanSpace.DEFAULT_PER_VEHICLE_DAY,
        PlanSection::cost, COST);
    Double guide = r.optNumber(c, "plan.costs", "perGuideDay", PlanSpace.DEFAULT_PER_GUIDE_DAY, PlanSection::cost,
        COST);
    Double weekend = r.optNumber(c, "plan.costs", "weekendRate", 1.0, v -> v > 0 && v <= Bounds.WEEKEND_RATE,
        "a factor > 0 and at most 100 (2: double pay)");
    String currency = PlanSpace.DEFAULT_CURRENCY;
    Node cur = NodeReader.opt(c, "currency");
    if (cur != null) {
      if (cur instanceof Scalar sc && sc.kind() == Kind.STRING && !Text.blank(sc.text())
          && Text.length(sc.text()) <= Bounds.CURRENCY_LENGTH && printable(sc.text())) {
        currency = sc.text().strip();
      } else {
        r.wrong(cur, "plan.costs.currency", "a short text of 1 to " + Bounds.CURRENCY_LENGTH + " characters without "
            + "control or formatting characters, e.g. \"yuan\"");
        currency = null;
      }
    }
    return tour == null || vehicle == null || guide == null || weekend == null || currency == null ? null
        : new PlanSpace.Costs(tour, vehicle, guide, weekend, currency);
  }

  /** No control, formatting or line-separating character: the label is printed on every cost line as it is. */
  static boolean printable(String s) {
    return s.codePoints().noneMatch(c -> {
      int type = Character.getType(c);
      return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR;
    });
  }

  private static boolean cost(double v) {
    return v >= 0 && v <= Bounds.AMOUNT;
  }

  private LocalTime timeOr(MapNode plan, String key, LocalTime dflt) {
    Node n = plan == null ? null : NodeReader.opt(plan, key);
    return n == null ? dflt : r.time(n, "plan." + key);
  }

  /** An axis: one number, a list of numbers or a range; sorted, distinct, each in [min, max]. */
  private List<Integer> axis(MapNode plan, String key, int dflt, int min, int max) {
    Node n = plan == null ? null : NodeReader.opt(plan, key);
    return n == null ? List.of(dflt) : axisAt(plan, "plan", key, min, max);
  }

  /** The axis at {@code parent.key} of {@code m} (which holds it). */
  private List<Integer> axisAt(MapNode m0, String parent, String key, int min, int max) {
    Node n = NodeReader.opt(m0, key);
    String path = parent + "." + key;
    String expected = "an integer from " + min + " to " + max;
    TreeSet<Integer> values = new TreeSet<>();
    if (n instanceof Scalar s && s.kind() == Kind.NUMBER) {
      Long v = r.integer(n, path, min, max, expected);
      if (v == null) {
        return null;
      }
      values.add(v.intValue());
    } else if (n instanceof ListNode l) {
      if (l.items().isEmpty()) {
        r.wrong(n, path, AXIS + " (at least one value)");
        return null;
      }
      if (l.items().size() > MAX_AXIS_VALUES) { // as a range: the bound is on what is written
        r.problem(l.line(), path, "found a list of " + Bounds.n(l.items().size()) + " values, expected at most "
            + Bounds.n(MAX_AXIS_VALUES));
        return null;
      }
      for (int i = 0; i < l.items().size(); i++) {
        Long v = r.integer(l.items().get(i), Paths.index(path, i), min, max, expected);
        if (v != null) {
          values.add(v.intValue());
        }
      }
    } else if (n instanceof MapNode m) {
      r.checkKeys(m, path, RANGE_KEYS);
      Node fromNode = r.req(m, path, "from", expected);
      Node toNode = r.req(m, path, "to", expected);
      Long from = fromNode == null ? null : r.integer(fromNode, path + ".from", min, max, expected);
      Long to = toNode == null ? null : r.integer(toNode, path + ".to", min, max, expected);
      Long step = r.optInteger(m, path, "step", 1, 1, max, "an integer >= 1");
      if (from == null || to == null || step == null) {
        return null;
      }
      if (to < from) {
        r.problem(toNode.line(), path + ".to", "found " + to + ", expected a value >= from (" + from + ")");
        return null;
      }
      if ((to - from) / step + 1 > MAX_AXIS_VALUES) {
        r.problem(m.line(), path, "found " + ((to - from) / step + 1) + " values, expected at most "
            + MAX_AXIS_VALUES + " (use a larger step)");
        return null;
      }
      for (long v = from; v <= to; v += step) {
        values.add((int) v);
      }
    } else {
      r.wrong(n, path, AXIS);
      return null;
    }
    return values.isEmpty() ? null : List.copyOf(values);
  }

  private static Integer line(MapNode plan, String key) {
    Node n = plan == null ? null : NodeReader.opt(plan, key);
    if (n != null) {
      return n.line();
    }
    return plan == null ? null : Integer.valueOf(plan.line());
  }
}
