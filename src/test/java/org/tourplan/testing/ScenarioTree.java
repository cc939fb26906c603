package org.tourplan.testing;

import static org.tourplan.testing.TreeText.bool;
import static org.tourplan.testing.TreeText.lst;
import static org.tourplan.testing.TreeText.num;
import static org.tourplan.testing.TreeText.obj;
import static org.tourplan.testing.TreeText.text;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.tourplan.scenario.Distribution;
import org.tourplan.scenario.Group;
import org.tourplan.scenario.Servability;
import org.tourplan.scenario.Shuttles;
import org.tourplan.testing.TreeText.Lst;
import org.tourplan.testing.TreeText.Obj;
import org.tourplan.testing.TreeText.Value;

/**
 * One random valid scenario as a tree (see {@link RandomScenarios}): the sections of the file but the timetables,
 * which are {@link TimetableTree}'s. Every value is drawn within the format's bounds and every cross-check is met by
 * construction: route zones hold the largest admissible group, the guides lead it, the fleet carries its worst mix
 * (found with the model's own rule, {@link Servability}), the legs connect every place a vehicle may have to go.
 */
final class ScenarioTree {
  final Random r;
  final RandomScenarios.Options o;
  final boolean small;

  YearMonth month;
  int replications;
  private int size;
  private int overbook;
  private int largest;
  private long maxSize;
  private long admissible;
  private final List<String> ids = new ArrayList<>();
  private final List<String> route = new ArrayList<>();
  private Group groupModel;
  private int vehicles;
  private int guideCount;

  ScenarioTree(long seed, RandomScenarios.Options options) {
    this.r = new Random(seed);
    this.o = options;
    this.small = !options.extremes();
  }

  Obj build() {
    Obj root = obj();
    root.put("name", text(name()));
    int year = o.extremes() && r.nextInt(20) == 0 ? (r.nextBoolean() ? 1000 : 9990) : 1995 + r.nextInt(60);
    month = YearMonth.of(year, 1 + r.nextInt(12));
    root.put("month", text(month.toString()));
    if (r.nextInt(4) > 0) {
      long seed = switch (r.nextInt(6)) {
        case 0 -> Long.MIN_VALUE;
        case 1 -> Long.MAX_VALUE;
        case 2 -> -r.nextInt(1000);
        default -> r.nextLong();
      };
      root.put("seed", num(seed));
    }
    replications = 100;
    if (small || r.nextInt(3) > 0) {
      replications = small ? 1 + r.nextInt(o.maxReplications())
          : o.extremes() && r.nextInt(50) == 0 ? 100_000 : 1 + r.nextInt(Math.min(o.maxReplications(), 500));
      root.put("replications", num(replications));
    }
    root.put("group", group());
    TimetableTree timetables = new TimetableTree(this);
    Obj season = r.nextInt(small ? 5 : 3) == 0 ? timetables.season() : null;
    zones(root);
    root.put("route", routeValue());
    String returnTo = r.nextInt(3) == 0 ? ids.get(r.nextInt(ids.size())) : route.get(0);
    if (!returnTo.equals(route.get(0)) || r.nextInt(4) == 0) {
      root.put("returnTo", text(returnTo));
    }
    String depot = r.nextInt(3) == 0 ? ids.get(r.nextInt(ids.size())) : route.get(0);
    Obj shuttles = shuttles(depot);
    Lst travel = travel(returnTo, depot);
    if (!travel.items().isEmpty() || r.nextInt(4) == 0) {
      root.put("travel", travel);
    }
    root.put("shuttles", shuttles);
    root.put("guides", guides());
    root.put("schedule", timetables.topLevel());
    if (r.nextInt(4) > 0) {
      root.put("limits", LimitsTree.limits(r, small, ids, admissible));
    }
    if (r.nextInt(3) > 0) {
      root.put("target", LimitsTree.target(r));
    }
    if (r.nextInt(3) > 0) {
      root.put("demand", LimitsTree.demand(r, timetables.seasonMonths()));
    }
    if (r.nextInt(3) > 0) {
      root.put("plan", new PlanTree(r, small, o.extremes(), replications, timetables.topStarts())
          .plan(size, overbook, vehicles, guideCount));
    }
    if (season != null) {
      root.put("season", season);
    }
    if (r.nextInt(3) == 0) { // keys in any order
      List<Map.Entry<String, Value>> entries = new ArrayList<>(root.entries().entrySet());
      Collections.shuffle(entries, r);
      root.entries().clear();
      entries.forEach(e -> root.put(e.getKey(), e.getValue()));
    }
    return root;
  }

  private String name() {
    String[] names = {"Beijing EV factory tour", "总装车间参观", "סיור במפעל", "جولة المصنع", "Tour: \"quoted\" # not a comment",
        "line\u2028separator and nel\u0085", "tab\tand\\backslash", "\uD83C\uDFED emoji", "yes", "10:00", "-1",
        "  padded  ", "esc\u001B[31m red", "a".repeat(300)};
    return names[r.nextInt(names.length)] + (r.nextBoolean() ? "" : " " + r.nextInt(1000));
  }

  // ------------------------------------------------------------------------------------------------ group

  private Obj group() {
    Obj g = obj();
    size = small ? 1 + r.nextInt(8) : o.extremes() && r.nextInt(30) == 0 ? 1 + r.nextInt(10_000) : 1 + r.nextInt(40);
    g.put("size", num(size));
    TreeMap<Integer, Double> parties = new TreeMap<>();
    int partyMax = small ? 4 : o.extremes() && r.nextInt(20) == 0 ? 1000 : 12;
    switch (r.nextInt(3)) {
      case 0 -> parties.put(1, 1.0);
      case 1 -> {
        int k = 1 + r.nextInt(partyMax);
        parties.put(k, 1.0);
        g.put("partySize", num(k));
      }
      default -> {
        Obj m = g.obj("partySize");
        int n = 1 + r.nextInt(Math.min(5, partyMax));
        Set<Integer> sizes = new LinkedHashSet<>();
        while (sizes.size() < n) {
          sizes.add(1 + r.nextInt(partyMax));
        }
        boolean positive = false;
        for (int s : sizes) {
          double w = r.nextInt(5) == 0 ? 0 : r.nextInt(3) == 0 ? 1 + r.nextInt(100) : weight();
          if (!positive && w == 0 && s == sizes.iterator().next()) {
            w = 1;
          }
          positive |= w > 0;
          m.put(Integer.toString(s), w == Math.rint(w) && r.nextBoolean() ? num((long) w) : num(w));
          if (w > 0) {
            parties.put(s, w);
          }
        }
      }
    }
    largest = parties.lastKey();
    if (r.nextBoolean()) {
      double rate = switch (r.nextInt(5)) {
        case 0 -> 0;
        case 1 -> small ? 0.5 : 1;
        default -> Math.round(r.nextDouble() * 1000) / 1000.0;
      };
      g.put("noShowRate", num(rate));
    }
    overbook = 0;
    if (r.nextBoolean()) {
      overbook = small ? r.nextInt(3) : r.nextInt(size + 1);
      g.put("overbook", num(overbook));
    }
    long invited = size + overbook;
    maxSize = (long) size * largest;
    if (maxSize > 100_000 || r.nextInt(3) == 0) {
      maxSize = 1 + r.nextInt((int) Math.min(100_000, invited * largest + 5));
      g.put("maxSize", num(maxSize));
    }
    admissible = Math.min(maxSize, invited * largest);
    groupModel = new Group(size, parties, 0, overbook, (int) maxSize);
    return g;
  }

  private double weight() {
    return r.nextInt(10) == 0 ? 1e9 : Math.round(r.nextDouble() * 1e4) / 1e3 + 0.001;
  }

  // ------------------------------------------------------------------------------------------------ zones

  private void zones(Obj root) {
    int n = small ? 1 + r.nextInt(o.maxZones()) : o.extremes() && r.nextInt(300) == 0 ? 100 + r.nextInt(401)
        : 1 + r.nextInt(o.maxZones());
    Set<String> used = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      ids.add(ZoneIds.next(r, used));
    }
    int length = 1 + r.nextInt(o.maxRoute());
    for (int i = 0; i < length; i++) {
      // revisits on purpose: a zone may be visited twice, even twice running
      route.add(i > 0 && r.nextInt(5) == 0 ? route.get(r.nextInt(route.size())) : ids.get(r.nextInt(n)));
    }
    Obj zones = root.obj("zones");
    for (String id : ids) {
      Obj z = zones.obj(id);
      long capacity = route.contains(id) ? admissible + (r.nextBoolean() ? 0 : r.nextInt(50))
          : 1 + r.nextInt(small ? 50 : 1_000_000);
      z.put("capacity", num(Math.min(1_000_000, capacity)));
      if (r.nextBoolean()) {
        z.put("maxGroups", num(1 + r.nextInt(small ? 3 : r.nextBoolean() ? 5 : 1_000_000)));
      }
      if (r.nextBoolean()) {
        z.put("headway", minutes(small ? 5 : 1440));
      }
      z.put("dwell", distribution(small ? 30 : 1440));
      if (r.nextBoolean()) {
        z.put("floor", bool(r.nextBoolean()));
      }
      if (r.nextInt(3) == 0) {
        z.put("egressPerMinute", num(r.nextInt(10) == 0 ? (r.nextBoolean() ? 0.001 : 1e6)
            : Math.round(StrictMath.pow(10, r.nextDouble() * 5 - 1) * 1000) / 1000.0 + 0.001));
      }
      if (r.nextInt(3) == 0) {
        z.put("noiseDbA", num(r.nextInt(10) == 0 ? (r.nextBoolean() ? -100 : 200) : 60 + r.nextInt(40)));
      }
    }
  }

  private Lst routeValue() {
    Lst l = lst();
    route.forEach(id -> l.add(text(id)));
    return l;
  }

  /** Minutes from 0 to {@code max}: whole, one decimal, or any double. */
  Value minutes(double max) {
    return switch (r.nextInt(4)) {
      case 0 -> num((long) r.nextInt((int) max + 1));
      case 1 -> num(Math.round(r.nextDouble() * max * 10) / 10.0);
      case 2 -> num(r.nextDouble() * max);
      default -> num(r.nextInt(3) == 0 ? max : 0.0);
    };
  }

  /** A duration of every family the format has, at most {@code max} minutes. */
  Value distribution(double max) {
    double a = r.nextDouble() * max;
    double b = r.nextDouble() * max;
    double lo = Math.round(Math.min(a, b) * 10) / 10.0;
    double hi = Math.round(Math.max(a, b) * 10) / 10.0;
    Obj d = obj();
    switch (r.nextInt(8)) {
      case 0 -> {
        return minutes(max);
      }
      case 1 -> d.put("constant", minutes(max));
      case 2 -> {
        double mode = switch (r.nextInt(4)) {
          case 0 -> lo;
          case 1 -> hi;
          default -> lo + Math.round((hi - lo) * r.nextDouble() * 10) / 10.0;
        };
        mode = Math.min(hi, Math.max(lo, mode));
        double min = r.nextInt(8) == 0 ? hi : lo; // min = max: loads as the constant
        d.put("triangular", lst().add(num(min)).add(num(Math.max(min, mode))).add(num(hi)));
      }
      case 3 -> d.put("uniform", lst().add(num(r.nextInt(8) == 0 ? hi : lo)).add(num(hi)));
      case 4 -> d.obj("normal").put("mean", num(lo)).put("sd", num(r.nextInt(8) == 0 ? 0 : hi - lo));
      case 5 -> {
        double mean = Math.max(0.1, hi);
        double sd = Math.min(max, Math.min(100 * mean, r.nextInt(8) == 0 ? 0 : r.nextDouble() * mean * 2));
        d.obj("lognormal").put("mean", num(mean)).put("sd", num(sd));
      }
      case 6 -> d.obj("exponential").put("mean", num(Math.max(0.01, lo)));
      default -> d.put("uniform", lst().add(num(lo)).add(num(hi)));
    }
    return d;
  }

  // ------------------------------------------------------------------------------------------------ travel

  /**
   * Legs over every place a vehicle may have to go (each route zone, returnTo, the depot, and some other zones),
   * joined in a random cycle (one-way or symmetric legs, so every pair is connected through listed legs), plus
   * random other legs, self legs of 0 minutes and repeated legs; never two minutes for one direction.
   */
  private Lst travel(String returnTo, String depot) {
    Set<String> places = new LinkedHashSet<>(route);
    places.add(returnTo);
    places.add(depot);
    for (String id : ids) {
      if (r.nextInt(3) == 0) {
        places.add(id);
      }
    }
    List<String> cycle = new ArrayList<>(places);
    Collections.shuffle(cycle, r);
    Map<String, Double> minutes = new HashMap<>();
    Lst legs = lst();
    if (cycle.size() > 1) {
      for (int i = 0; i < cycle.size(); i++) {
        leg(legs, minutes, cycle.get(i), cycle.get((i + 1) % cycle.size()));
      }
    }
    int extra = r.nextInt(ids.size() + 2);
    for (int i = 0; i < extra; i++) {
      String a = ids.get(r.nextInt(ids.size()));
      String b = r.nextInt(6) == 0 ? a : ids.get(r.nextInt(ids.size()));
      leg(legs, minutes, a, b);
    }
    Collections.shuffle(legs.items(), r);
    return legs;
  }

  private void leg(Lst legs, Map<String, Double> minutes, String from, String to) {
    Obj leg = obj().put("from", text(from)).put("to", text(to));
    if (from.equals(to)) {
      legs.add(leg.put("minutes", num(0L)));
      return;
    }
    boolean oneWay = r.nextBoolean();
    double m = small ? r.nextInt(11) : r.nextInt(4) == 0 ? r.nextDouble() * 1440 : r.nextInt(60);
    Double there = minutes.get(from + "\u0000" + to);
    Double back = minutes.get(to + "\u0000" + from);
    if (there != null) {
      m = there;
    }
    if (!oneWay && back != null && back != m) {
      oneWay = true; // a symmetric leg would give the way back a second value
    }
    minutes.put(from + "\u0000" + to, m);
    if (!oneWay) {
      minutes.put(to + "\u0000" + from, m);
    }
    leg.put("minutes", m == Math.rint(m) && r.nextBoolean() ? num((long) m) : num(m));
    if (oneWay) {
      leg.put("oneWay", bool(true));
    } else if (r.nextInt(4) == 0) {
      leg.put("oneWay", bool(false));
    }
    legs.add(leg);
  }

  // ------------------------------------------------------------------------------------------------ fleet, guides

  private Obj shuttles(String depot) {
    Obj s = obj();
    int seats = largest + r.nextInt(small ? 6 : 30);
    if (2 * maxSize / 9_999 + 1 > seats) {
      seats = (int) (2 * maxSize / 9_999 + 1); // keeps the fleet that surely suffices within 10,000 vehicles
    }
    seats = Math.min(10_000, seats);
    long bound = Math.min(size + overbook, 2 * maxSize / seats + 1);
    vehicles = (int) Math.min(10_000, bound + (r.nextBoolean() ? 0 : r.nextInt(3)));
    if (r.nextBoolean() && size + overbook <= 40 && groupModel.partySize().size() <= 4) {
      // the least fleet the worst mix of parties needs, from a random start: the loader's own rule decides
      int v = 1 + r.nextInt((int) bound);
      while (v < bound && !Servability.issues(groupModel, Map.of(), null, null,
          new Shuttles(v, seats, new Distribution.Constant(0), Shuttles.Mode.DEDICATED, depot)).isEmpty()) {
        v++;
      }
      vehicles = v;
    }
    s.put("vehicles", num(vehicles));
    s.put("seats", num(seats));
    if (r.nextBoolean()) {
      s.put("boardMinutes", distribution(small ? 3 : 1440));
    }
    String[] modes = {"dedicated", "pooled", "planned"};
    String mode = modes[r.nextInt(3)];
    if (!mode.equals("dedicated") || r.nextBoolean()) {
      s.put("mode", text(mode));
    }
    if (!depot.equals(route.get(0)) || r.nextInt(4) == 0) {
      s.put("depot", text(depot));
    }
    // small planned fleets always say how many iterations (the default, 500, takes longer to solve)
    if (mode.equals("planned") ? small || r.nextInt(5) > 0 : r.nextInt(3) == 0) {
      int most = o.maxPlanIterations();
      s.put("planIterations", num(r.nextInt(10) == 0 ? most : 1 + r.nextInt(most)));
    }
    return s;
  }

  private Obj guides() {
    int per = (int) Math.max((admissible + 9_999) / 10_000, 1 + r.nextInt(small ? 10 : 100));
    guideCount = (int) Math.min(10_000, (admissible + per - 1) / per + r.nextInt(3));
    guideCount = Math.max(1, guideCount);
    return obj().put("count", num(guideCount)).put("maxVisitorsPerGuide", num(per));
  }
}
