package org.tourplan.format;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.tourplan.format.SourceTree.ListNode;
import org.tourplan.format.SourceTree.MapNode;
import org.tourplan.format.SourceTree.Node;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.Paths;
import org.tourplan.scenario.Schedule;
import org.tourplan.scenario.Season;

/** The {@code season} section (contract 4): its bounds, its phases with their own timetables, and every month's. */
final class SeasonSection extends NodeReader {
  static final List<String> SEASON_KEYS = List.of("from", "to", "phases");
  static final List<String> PHASE_KEYS = List.of("from", "to", "schedule");

  private final Validator months;

  /** The season's first and last month, read before the top-level schedule (which keeps their dates). */
  record Bounds(YearMonth from, YearMonth to, MapNode node) { }

  SeasonSection(Validator shared) {
    super(shared);
    this.months = shared;
  }

  /** The season's bounds, or null when the file has no season or they are wrong (a problem is then recorded). */
  Bounds bounds(MapNode root) {
    Node n = opt(root, "season");
    if (n == null) {
      return null;
    }
    MapNode m = map(n, "season", "a map with from, to (and phases)");
    if (m == null) {
      return null;
    }
    checkKeys(m, "season", SEASON_KEYS);
    YearMonth from = months.month(req(m, "season", "from", "a month \"YYYY-MM\""), "season.from");
    YearMonth to = months.month(req(m, "season", "to", "a month \"YYYY-MM\""), "season.to");
    if (from == null || to == null) {
      return null;
    }
    if (to.isBefore(from)) {
      problem(opt(m, "to").line(), "season.to", "found " + to + ", before season.from (" + from
          + "); expected a month at or after " + from);
      return null;
    }
    long count = count(from, to);
    if (count > Season.MAX_MONTHS) {
      problem(opt(m, "to").line(), "season.to", "found " + to + ": the season from " + from + " to " + to
          + " has " + count + " months; expected at most " + Season.MAX_MONTHS + " months (to at most "
          + from.plusMonths(Season.MAX_MONTHS - 1) + ")");
      return null;
    }
    return new Bounds(from, to, m);
  }

  /** Months from {@code from} to {@code to}, both included. */
  static long count(YearMonth from, YearMonth to) {
    return (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue() + 1;
  }

  /** The season, or null when any problem was found; {@code top} is the top-level schedule over the season. */
  Season season(Bounds b, Schedule top) {
    int before = problems.size();
    List<Season.Phase> phases = new ArrayList<>();
    List<Schedule> schedules = new ArrayList<>();
    Node pn = opt(b.node(), "phases");
    if (pn != null) {
      ListNode l = list(pn, "season.phases", "a list of phases { from, to, schedule }");
      YearMonth previousEnd = null;
      for (int i = 0; l != null && i < l.items().size(); i++) {
        String path = Paths.index("season.phases", i);
        MapNode m = map(l.items().get(i), path, "a phase { from, to, schedule }");
        if (m == null) {
          continue;
        }
        checkKeys(m, path, PHASE_KEYS);
        YearMonth from = months.month(req(m, path, "from", "a month \"YYYY-MM\""), path + ".from");
        YearMonth to = months.month(req(m, path, "to", "a month \"YYYY-MM\""), path + ".to");
        String expected = "the phase's timetable: a map with days, closed, extra (as schedule)";
        MapNode sm = map(req(m, path, "schedule", expected), path + ".schedule", expected);
        if (from == null || to == null) {
          continue;
        }
        if (to.isBefore(from)) {
          problem(opt(m, "to").line(), path + ".to", "found " + to + ", before the phase's from (" + from
              + "); expected a month at or after " + from);
          continue;
        }
        if (from.isBefore(b.from()) || to.isAfter(b.to())) {
          problem(m.line(), path, "found the phase " + from + " to " + to + ", outside the season (" + b.from()
              + " to " + b.to() + "); expected a phase inside the season");
          continue;
        }
        if (previousEnd != null && !from.isAfter(previousEnd)) {
          problem(opt(m, "from").line(), path + ".from", "found " + from + ", but the previous phase runs to "
              + previousEnd + "; expected phases in order, not overlapping (from after " + previousEnd + ")");
        }
        previousEnd = to;
        Schedule s = sm == null ? null : new ScheduleSection(this).read(sm, path + ".schedule", from, to, true);
        phases.add(new Season.Phase(from, to));
        schedules.add(s);
      }
    }
    if (problems.size() != before || top == null) {
      return null;
    }
    List<Season.Month> out = new ArrayList<>();
    for (YearMonth ym = b.from(); !ym.isAfter(b.to()); ym = ym.plusMonths(1)) {
      int phase = -1;
      for (int p = 0; p < phases.size(); p++) {
        if (phases.get(p).contains(ym)) {
          phase = p;
        }
      }
      Schedule s = phase < 0 ? top : schedules.get(phase);
      out.add(new Season.Month(ym, phase, s.within(ym)));
    }
    return new Season(b.from(), b.to(), List.copyOf(phases), List.copyOf(out));
  }
}
