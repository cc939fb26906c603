package org.tourplan.format;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tourplan.format.SourceTree.Entry;
import org.tourplan.format.SourceTree.ListNode;
import org.tourplan.format.SourceTree.MapNode;
import org.tourplan.format.SourceTree.Node;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.Paths;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.Text;

/** The {@code schedule} section: start times by day of week, closed and extra dates (contract 2.1). */
final class ScheduleSection extends NodeReader {
  ScheduleSection(NodeReader shared) {
    super(shared);
  }

  Schedule schedule(MapNode root, YearMonth month) {
    return schedule(root, month, month);
  }

  /**
   * The top-level {@code schedule}, keeping the closed and extra dates of every month from {@code first} to
   * {@code last} (the file's month and its season); dates outside are ignored (contract 2.1).
   */
  Schedule schedule(MapNode root, YearMonth first, YearMonth last) {
    String expected = "a map with days (and closed, extra)";
    MapNode m = map(req(root, "", "schedule", expected), "schedule", expected);
    return m == null ? null : read(m, "schedule", first, last, false);
  }

  /**
   * A schedule map at {@code path}. Closed and extra dates outside {@code first..last} are ignored, or, when
   * {@code strict} (a season phase, contract 4), are errors. The {@code monthly} extension becomes extra dates of each
   * month from {@code first} to {@code last}.
   */
  Schedule read(MapNode m, String path, YearMonth first, YearMonth last, boolean strict) {
    int before = problems.size();
    checkKeys(m, path, Validator.SCHEDULE_KEYS);
    Map<DayOfWeek, List<LocalTime>> days = new EnumMap<>(DayOfWeek.class);
    Node daysNode = opt(m, "days");
    if (daysNode != null) { // an explicit empty `days:` is an error like every empty value; `days: {}` is no tours
      String daysPath = Paths.child(path, "days");
      MapNode dm = map(daysNode, daysPath, "a map of day (MON..SUN) -> list of \"HH:MM\" start times");
      if (dm != null) {
        for (Entry e : dm.entries().values()) {
          String dayPath = Paths.child(daysPath, e.key());
          int day = Validator.DAY_KEYS.indexOf(e.key());
          if (day < 0) {
            String near = Text.nearest(e.key(), Validator.DAY_KEYS);
            if (near == null && e.key().length() >= 3) {
              near = Text.nearest(e.key().substring(0, 3), Validator.DAY_KEYS);
            }
            problem(e.line(), dayPath, "unknown day " + Text.key(e.key())
                + (near == null ? "" : "; did you mean " + Text.key(near) + "?")
                + " (days are MON, TUE, WED, THU, FRI, SAT, SUN)");
          }
          List<LocalTime> times = times(e.value(), dayPath);
          if (day >= 0 && times != null) {
            days.put(DayOfWeek.of(day + 1), times);
          }
        }
      }
    }
    Set<LocalDate> closed = new LinkedHashSet<>();
    Node closedNode = opt(m, "closed");
    if (closedNode != null) {
      String closedPath = Paths.child(path, "closed");
      ListNode l = list(closedNode, closedPath, "a list of \"YYYY-MM-DD\" dates");
      if (l != null) {
        for (int i = 0; i < l.items().size(); i++) {
          String itemPath = Paths.index(closedPath, i);
          LocalDate d = date(l.items().get(i), itemPath);
          if (keep(d, first, last, strict, l.items().get(i).line(), itemPath)) {
            closed.add(d);
          }
        }
      }
    }
    Map<LocalDate, List<LocalTime>> extra = new LinkedHashMap<>();
    Node monthlyNode = opt(m, "monthly");
    if (monthlyNode != null && first != null && last != null) {
      new MonthlyDates(this).expand(monthlyNode, Paths.child(path, "monthly"), first, last, extra);
    }
    Node extraNode = opt(m, "extra");
    if (extraNode != null) {
      String extraPath = Paths.child(path, "extra");
      MapNode em = map(extraNode, extraPath, "a map of \"YYYY-MM-DD\" date -> list of \"HH:MM\" times");
      if (em != null) {
        for (Entry e : em.entries().values()) {
          String datePath = Paths.child(extraPath, e.key());
          LocalDate d = dateText(e.key(), e.line(), datePath);
          List<LocalTime> times = times(e.value(), datePath);
          if (times != null && keep(d, first, last, strict, e.line(), datePath)) {
            extra.merge(d, times, (a, b) -> {
              List<LocalTime> both = new ArrayList<>(a);
              both.addAll(b);
              return List.copyOf(both);
            });
          }
        }
      }
    }
    if (problems.size() != before) {
      return null;
    }
    return new Schedule(Collections.unmodifiableMap(days), Collections.unmodifiableSet(closed),
        Collections.unmodifiableMap(extra));
  }

  /** Whether a date is used; outside first..last it is ignored, or an error when strict. */
  private boolean keep(LocalDate d, YearMonth first, YearMonth last, boolean strict, int line, String path) {
    if (d == null || first == null || last == null) {
      return false;
    }
    YearMonth ym = YearMonth.from(d);
    boolean inside = !ym.isBefore(first) && !ym.isAfter(last);
    if (!inside && strict) {
      problem(line, path, "found the date " + d + ", outside its phase (" + first + " to " + last
          + "); expected a date inside the phase (move it to the phase of its month)");
    }
    return inside;
  }

  List<LocalTime> times(Node n, String path) {
    ListNode l = list(n, path, "a list of \"HH:MM\" start times");
    if (l == null) {
      return null;
    }
    if (l.items().size() > Bounds.TIMES_PER_DAY) {
      problem(l.line(), path, "found " + Bounds.n(l.items().size()) + " start times, expected at most "
          + Bounds.n(Bounds.TIMES_PER_DAY) + " a day");
      return null;
    }
    List<LocalTime> out = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < l.items().size(); i++) {
      LocalTime t = time(l.items().get(i), Paths.index(path, i));
      if (t == null) {
        ok = false;
      } else {
        out.add(t);
      }
    }
    return ok ? List.copyOf(out) : null;
  }
}
