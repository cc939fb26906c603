package org.tourplan.scenario;

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
import org.tourplan.scenario.SourceTree.Entry;
import org.tourplan.scenario.SourceTree.ListNode;
import org.tourplan.scenario.SourceTree.MapNode;
import org.tourplan.scenario.SourceTree.Node;

/** The {@code schedule} section: start times by day of week, closed and extra dates (spec 2.1). */
final class ScheduleSection extends NodeReader {
  ScheduleSection(NodeReader shared) {
    super(shared);
  }

  Schedule schedule(MapNode root, YearMonth month) {
    int before = problems.size();
    String expected = "a map with days (and closed, extra)";
    MapNode m = map(req(root, "", "schedule", expected), "schedule", expected);
    if (m == null) {
      return null;
    }
    checkKeys(m, "schedule", Validator.SCHEDULE_KEYS);
    Map<DayOfWeek, List<LocalTime>> days = new EnumMap<>(DayOfWeek.class);
    Node daysNode = opt(m, "days");
    if (daysNode != null) {
      MapNode dm = map(daysNode, "schedule.days", "a map of day (MON..SUN) -> list of \"HH:MM\" start times");
      if (dm != null) {
        for (Entry e : dm.entries().values()) {
          String path = Paths.child("schedule.days", e.key());
          int day = Validator.DAY_KEYS.indexOf(e.key());
          if (day < 0) {
            String near = Text.nearest(e.key(), Validator.DAY_KEYS);
            if (near == null && e.key().length() >= 3) {
              near = Text.nearest(e.key().substring(0, 3), Validator.DAY_KEYS);
            }
            problem(e.line(), path, "unknown day " + Text.key(e.key())
                + (near == null ? "" : "; did you mean " + Text.key(near) + "?")
                + " (days are MON, TUE, WED, THU, FRI, SAT, SUN)");
          }
          List<LocalTime> times = times(e.value(), path);
          if (day >= 0 && times != null) {
            days.put(DayOfWeek.of(day + 1), times);
          }
        }
      }
    }
    Set<LocalDate> closed = new LinkedHashSet<>();
    Node closedNode = opt(m, "closed");
    if (closedNode != null) {
      ListNode l = list(closedNode, "schedule.closed", "a list of \"YYYY-MM-DD\" dates");
      if (l != null) {
        for (int i = 0; i < l.items().size(); i++) {
          LocalDate d = date(l.items().get(i), Paths.index("schedule.closed", i));
          if (d != null && month != null && YearMonth.from(d).equals(month)) {
            closed.add(d);
          }
        }
      }
    }
    Map<LocalDate, List<LocalTime>> extra = new LinkedHashMap<>();
    Node extraNode = opt(m, "extra");
    if (extraNode != null) {
      MapNode em = map(extraNode, "schedule.extra", "a map of \"YYYY-MM-DD\" date -> list of \"HH:MM\" times");
      if (em != null) {
        for (Entry e : em.entries().values()) {
          String path = Paths.child("schedule.extra", e.key());
          LocalDate d = dateText(e.key(), e.line(), path);
          List<LocalTime> times = times(e.value(), path);
          if (d != null && times != null && month != null && YearMonth.from(d).equals(month)) {
            extra.put(d, times);
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

  private List<LocalTime> times(Node n, String path) {
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
