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
import org.tourplan.scenario.Target;

/** The {@code season} section (contract 4): its bounds, its phases with their own timetables, and every month's. */
final class SeasonSection extends NodeReader {
  static final List<String> SEASON_KEYS = List.of("from", "to", "phases", "waiting");
  static final List<String> PHASE_KEYS = List.of("from", "to", "schedule", "target");
  static final List<String> WAITING_KEYS = List.of("share", "withinMonths", "from");

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

  /** The line of {@code season.waiting}, for a problem about it found later. */
  Integer waitingLine(Bounds b) {
    Node n = opt(b.node(), "waiting");
    return n == null ? b.node().line() : n.line();
  }

  /**
   * The season, or null when any problem was found; {@code top} is the top-level schedule over the season and
   * {@code target} the top-level target (null when the file has none), whose keys a phase's own target may leave
   * out.
   */
  Season season(Bounds b, Schedule top, Target target) {
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
        Node tn = opt(m, "target");
        Target own = tn == null ? null : months.target(tn, path + ".target", target);
        phases.add(new Season.Phase(from, to, own));
        schedules.add(s);
      }
    }
    Season.Waiting waiting = waiting(b);
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
    return new Season(b.from(), b.to(), List.copyOf(phases), List.copyOf(out), waiting);
  }

  /**
   * {@code season.waiting} (tourplan extension): share, withinMonths and from, with at least one month whose new
   * applicants have withinMonths draws left in the season; null when absent or wrong (a problem is then recorded).
   */
  private Season.Waiting waiting(Bounds b) {
    Node n = opt(b.node(), "waiting");
    if (n == null) {
      return null;
    }
    String expected = "a map with share, withinMonths (and from)";
    MapNode m = map(n, "season.waiting", expected);
    if (m == null) {
      return null;
    }
    checkKeys(m, "season.waiting", WAITING_KEYS);
    long count = count(b.from(), b.to());
    Node sn = req(m, "season.waiting", "share", "a share > 0 and <= 1");
    Double share = sn == null ? null : number(sn, "season.waiting.share", v -> v > 0 && v <= 1,
        "a share > 0 and <= 1 (0.02 = 2% of each month's new applicants)");
    Node wn = req(m, "season.waiting", "withinMonths", "a whole number of monthly draws");
    Long within = wn == null ? null : integer(wn, "season.waiting.withinMonths", 1, count,
        "a whole number of monthly draws from 1 to the season's " + count + " months");
    Node fn = opt(m, "from");
    YearMonth from = fn == null ? b.from() : months.month(fn, "season.waiting.from");
    if (from != null && fn != null && (from.isBefore(b.from()) || from.isAfter(b.to()))) {
      problem(fn.line(), "season.waiting.from", "found " + from + ", outside the season (" + b.from() + " to "
          + b.to() + "); expected a month of the season");
      return null;
    }
    if (share == null || within == null || from == null) {
      return null;
    }
    if (from.plusMonths(within - 1).isAfter(b.to())) {
      problem(wn.line(), "season.waiting.withinMonths", "found " + within + ", but the new applicants of " + from
          + " have only " + count(from, b.to()) + " draws left in the season (to " + b.to() + "); expected at most "
          + count(from, b.to()) + ", or an earlier season.waiting.from");
      return null;
    }
    return new Season.Waiting(share, within.intValue(), from);
  }
}
