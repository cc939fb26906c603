package org.tourplan.testing;

import static org.tourplan.testing.TreeText.lst;
import static org.tourplan.testing.TreeText.num;
import static org.tourplan.testing.TreeText.obj;
import static org.tourplan.testing.TreeText.text;
import static org.tourplan.testing.TreeText.time;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.tourplan.testing.TreeText.Lst;
import org.tourplan.testing.TreeText.Obj;
import org.tourplan.testing.TreeText.Value;

/**
 * The {@code plan} section of a random scenario (see {@link RandomScenarios}): counts of tours per class of day
 * ({@code weekdayTours}, {@code weekendTours}) or per day of the week ({@code dayTours}), every axis form (one number,
 * a list in any order with repeats, a range with or without a step), start bounds consistent with their defaults,
 * the start-time design ({@code starts}, {@code forbiddenStarts}, {@code fixedStarts} as a list or by class, on the
 * slot grid, outside the forbidden windows, never more than a count to try), costs, the chance constraint and the
 * replications. Valid by construction: at most 20,000 combinations, and every default it relies on is the loader's.
 */
final class PlanTree {
  private static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

  private final Random r;
  private final boolean small;
  private final boolean extremes;
  private final int replications;
  /** Start times of the top-level {@code schedule.days}: the start bounds default to them. */
  private final List<Integer> topStarts;
  private long combinations = 1;

  PlanTree(Random r, boolean small, boolean extremes, int replications, List<Integer> topStarts) {
    this.r = r;
    this.small = small;
    this.extremes = extremes;
    this.replications = replications;
    this.topStarts = topStarts;
  }

  /** A plan section whose defaults (from the group, fleet, guides and schedule given) keep it valid. */
  Obj plan(int size, int overbook, int vehicles, int guides) {
    Obj p = obj();
    if (r.nextInt(6) == 0) {
      return p; // plan: {} plans over the file's own choices
    }
    boolean perDay = r.nextInt(4) == 0;
    int form = r.nextInt(4); // even, designed, or designed by default
    boolean fixed = form > 0 && r.nextBoolean();
    int[] grid = grid(p, fixed);
    List<String> classes = perDay ? List.of(DAYS) : List.of("weekday", "weekend");
    Map<String, Integer> kept = design(p, form, fixed ? grid : null, classes);
    int most = small ? 3 : 48;
    if (perDay) {
      Obj days = obj();
      for (String d : DAYS) {
        if (r.nextInt(3) > 0 || kept.containsKey(d)) {
          days.put(d, counts(most, kept.getOrDefault(d, kept.getOrDefault("all", 0))));
        }
      }
      p.put("dayTours", days);
    } else {
      for (String c : classes) {
        int k = kept.getOrDefault(c, kept.getOrDefault("all", 0));
        if (k > 0 || r.nextInt(5) >= 2) { // with fixed starts the counts are written: a default could hold fewer
          p.put(c + "Tours", counts(most, k));
        }
      }
    }
    axis(p, "groupSize", 1, extremes && r.nextInt(10) == 0 ? 10_000 : Math.min(10_000, Math.max(10, size * 2)));
    axis(p, "overbook", 0, extremes && r.nextInt(10) == 0 ? 10_000 : Math.min(10_000, 3 + overbook));
    axis(p, "vehicles", 1, extremes && r.nextInt(10) == 0 ? 10_000 : Math.min(10_000, vehicles + 3));
    axis(p, "guides", 1, extremes && r.nextInt(10) == 0 ? 10_000 : Math.min(10_000, guides + 3));
    costs(p);
    if (r.nextBoolean()) { // retired, still read
      p.put("breachTolerance", num(r.nextInt(4) == 0 ? 0 : Math.round(r.nextDouble() * 999) / 1000.0));
    }
    if (r.nextBoolean()) {
      p.put("breachBound", num(r.nextInt(8) == 0 ? 0.0000036 : Math.round(r.nextDouble() * 998 + 1) / 1000.0));
    }
    if (r.nextBoolean()) {
      p.put("screenReplications", num(2 + r.nextInt(small ? 100 : 1000)));
    }
    if (r.nextBoolean() || replications < 2 && r.nextBoolean()) {
      p.put("maxReplications", num(2 + r.nextInt(small ? 20 : 1000)));
    }
    if (r.nextInt(3) == 0) {
      List<Map.Entry<String, Value>> entries = new ArrayList<>(p.entries().entrySet());
      Collections.shuffle(entries, r);
      p.entries().clear();
      entries.forEach(e -> p.put(e.getKey(), e.getValue()));
    }
    return p;
  }

  /**
   * The start bounds and slot, written or left to their defaults; returns {earliest, latest, slot} in minutes when
   * all three are written (fixed starts need the grid), else null.
   */
  private int[] grid(Obj p, boolean written) {
    int first = topStarts.isEmpty() ? 9 * 60 : Collections.min(topStarts);
    int last = topStarts.isEmpty() ? first : Collections.max(topStarts);
    switch (written ? 0 : r.nextInt(5)) {
      case 0 -> {
        int e = small ? 8 * 60 + 5 * r.nextInt(24) : r.nextInt(1440);
        int l = e + r.nextInt(Math.min(1440 - e, small ? 9 * 60 : 1440));
        int slot = written ? 5 * (1 + r.nextInt(12)) : 1 + r.nextInt(small ? 120 : 1440);
        p.put("earliestStart", time(TimetableTree.clock(e))).put("latestStart", time(TimetableTree.clock(l)))
            .put("slotMinutes", num(slot));
        return new int[] {e, l, slot};
      }
      case 1 -> p.put("earliestStart", time(TimetableTree.clock(r.nextInt(last + 1)))); // not after the latest
      case 2 -> p.put("latestStart", time(TimetableTree.clock(first + r.nextInt(1440 - first))));
      default -> { }
    }
    if (r.nextBoolean()) {
      p.put("slotMinutes", num(r.nextInt(10) == 0 ? 1440 : 1 + r.nextInt(small ? 120 : 1440)));
    }
    return null;
  }

  /**
   * The start-time design: {@code starts}, forbidden windows, fixed starts on the grid (when given) outside them.
   * Returns how many starts each class keeps ("all" for the list form).
   */
  private Map<String, Integer> design(Obj p, int form, int[] grid, List<String> classes) {
    if (form == 0) {
      p.put("starts", text("even"));
      return Map.of();
    }
    if (form == 1) {
      p.put("starts", text("designed"));
    }
    List<int[]> windows = new ArrayList<>();
    if (r.nextInt(3) == 0) {
      Lst f = lst();
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        int from = r.nextInt(1439);
        int to = from + 1 + r.nextInt(Math.min(180, 1439 - from));
        windows.add(new int[] {from, to});
        f.add(obj().put("from", time(TimetableTree.clock(from))).put("to", time(TimetableTree.clock(to))));
      }
      p.put("forbiddenStarts", f);
    }
    if (grid == null) {
      return Map.of();
    }
    List<Integer> allowed = new ArrayList<>();
    for (int m = grid[0]; m <= grid[1]; m += grid[2]) {
      int minute = m;
      if (windows.stream().noneMatch(w -> w[0] <= minute && minute < w[1])) {
        allowed.add(m);
      }
    }
    if (allowed.isEmpty()) {
      return Map.of();
    }
    Map<String, Integer> kept = new java.util.LinkedHashMap<>();
    if (r.nextBoolean()) {
      Lst l = keep(allowed);
      p.put("fixedStarts", l);
      kept.put("all", l.items().size());
    } else {
      Obj byClass = obj();
      for (String c : classes) {
        if (r.nextBoolean()) {
          Lst l = r.nextInt(6) == 0 ? lst() : keep(allowed);
          byClass.put(c, l);
          kept.put(c, l.items().size());
        }
      }
      p.put("fixedStarts", byClass);
    }
    return kept;
  }

  /** One or two distinct starts of {@code allowed}, in any order. */
  private Lst keep(List<Integer> allowed) {
    List<Integer> pool = new ArrayList<>(allowed);
    Collections.shuffle(pool, r);
    Lst l = lst();
    int n = 1 + r.nextInt(Math.min(2, pool.size()));
    for (int i = 0; i < n; i++) {
      l.add(time(TimetableTree.clock(pool.get(i))));
    }
    return l;
  }

  /** A count axis whose values are 0 or at least {@code kept} (the fixed starts of its class). */
  private Value counts(int most, int kept) {
    if (kept == 0) {
      Value a = axisValue(0, most, wide());
      combinations *= count(a);
      return a;
    }
    Lst l = lst();
    TreeSet<Integer> distinct = new TreeSet<>();
    int n = 1 + r.nextInt(Math.max(1, Math.min(3, wide())));
    for (int i = 0; i < n; i++) {
      int v = r.nextInt(4) == 0 ? 0 : kept + r.nextInt(most - kept + 1);
      l.add(num(v));
      distinct.add(v);
    }
    combinations *= distinct.size();
    return l.items().size() == 1 && r.nextBoolean() ? l.items().get(0) : l;
  }

  /** How many values the next axis may have, keeping the space within 20,000 combinations. */
  private int wide() {
    int most = combinations * 1000 <= 20_000 && r.nextInt(10) == 0 ? 1000 : small ? 3 : 6;
    return (int) Math.max(1, Math.min(most, 20_000 / combinations));
  }

  private void axis(Obj p, String key, int lo, int hi) {
    if (r.nextInt(5) < 2) {
      return;
    }
    Value a = axisValue(lo, hi, wide());
    combinations *= count(a);
    p.put(key, a);
  }

  private void costs(Obj p) {
    if (r.nextBoolean()) {
      return;
    }
    Obj c = p.obj("costs");
    for (String k : new String[] {"perTour", "perVehicleDay", "perGuideDay"}) {
      if (r.nextBoolean()) {
        c.put(k, r.nextInt(8) == 0 ? num(1e9) : num(Math.round(r.nextDouble() * 1e6) / 100.0));
      }
    }
    if (r.nextBoolean()) {
      c.put("weekendRate", num(r.nextInt(8) == 0 ? 100 : Math.round(r.nextDouble() * 300 + 1) / 100.0));
    }
    if (r.nextBoolean()) {
      String[] currencies = {"yuan", "元", "¥", "ريال", " padded ", "cost units", "EUR", "12345678901234567890"};
      c.put("currency", text(currencies[r.nextInt(currencies.length)]));
    }
  }

  /** One axis in one of its three forms, with at most {@code most} distinct values in {@code lo..hi}. */
  private Value axisValue(int lo, int hi, int most) {
    int span = hi - lo + 1;
    switch (most == 1 ? 0 : r.nextInt(3)) {
      case 0:
        return num(lo + r.nextInt(span));
      case 1: {
        Lst l = lst();
        int n = 1 + r.nextInt(Math.min(most, span));
        for (int i = 0; i < n; i++) {
          l.add(num(lo + r.nextInt(span)));
        }
        if (r.nextInt(4) == 0) {
          l.add(l.items().get(0)); // a repeat is dropped
        }
        return l;
      }
      default: {
        int step = r.nextBoolean() ? 1 : 1 + r.nextInt(Math.max(1, span / 2));
        int n = 1 + r.nextInt(Math.min(most, (span - 1) / step + 1));
        int from = lo + r.nextInt(span - (n - 1) * step);
        Obj range = obj().put("from", num(from)).put("to", num(from + (n - 1) * step));
        if (step != 1 || r.nextBoolean()) {
          range.put("step", num(step));
        }
        return range;
      }
    }
  }

  /** Distinct values of an axis. */
  private static long count(Value axis) {
    if (axis instanceof Lst l) {
      TreeSet<String> distinct = new TreeSet<>();
      l.items().forEach(v -> distinct.add(((TreeText.Num) v).text()));
      return distinct.size();
    }
    if (axis instanceof Obj o) {
      long from = Long.parseLong(((TreeText.Num) o.entries().get("from")).text());
      long to = Long.parseLong(((TreeText.Num) o.entries().get("to")).text());
      Value st = o.entries().get("step");
      long step = st == null ? 1 : Long.parseLong(((TreeText.Num) st).text());
      return (to - from) / step + 1;
    }
    return 1;
  }
}
