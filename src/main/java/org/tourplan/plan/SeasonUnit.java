package org.tourplan.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.run.Compiler;
import org.tourplan.run.MonthExecutor;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Season;
import org.tourplan.scenario.Target;

/**
 * The months of a season that share one timetable: a phase's, or those of the top-level schedule. A unit is a
 * month planner's problem ({@link PlanProblem}): its own {@link Screen} over its months, with the file's plan
 * space, so that each of its frames is judged once, whatever season it takes part in. Its frames are grouped by
 * their resources (group, fleet, guides: the season's, shared by every unit) and ordered by cost, each group read
 * lazily by a {@link Feed}.
 */
final class SeasonUnit {
  final int index;
  /** The phase's index in the file, or -1 for the months of the top-level schedule. */
  final int phase;
  final String label;
  /** The unit's first month as a scenario: its own timetable as written is the current one. */
  final Scenario base;
  final List<Scenario> months;
  /** Each month's index in the season. */
  final List<Integer> seasonMonths;
  final Screen screen;
  final Candidate own;
  final List<Evaluation> evaluated = new ArrayList<>();
  final List<Evaluation> unconfirmed = new ArrayList<>();
  private final Map<Candidate, Double> cost = new HashMap<>();
  private final Map<Candidate, Long> position = new HashMap<>();
  private final Map<Candidate, Evaluation> screened = new HashMap<>();
  private final Map<Candidate, Evaluation> confirmed = new HashMap<>();
  private final Map<Candidate.Resources, Feed> feeds = new LinkedHashMap<>();
  private final Map<Candidate, long[]> tours = new HashMap<>();

  SeasonUnit(int index, int phase, String label, List<Scenario> months, List<Integer> seasonMonths,
             MonthExecutor executor, Compiler compiler, double alpha) {
    this.index = index;
    this.phase = phase;
    this.label = label;
    this.base = months.get(0);
    this.months = List.copyOf(months);
    this.seasonMonths = List.copyOf(seasonMonths);
    this.screen = new Screen(base, this.months, executor, compiler, alpha);
    this.own = Planner.ownCandidate(base);
    List<Candidate> frames = new Frames(base.plan()).all();
    for (int i = 0; i < frames.size(); i++) {
      position.put(frames.get(i), (long) i);
    }
    List<Candidate> all = new ArrayList<>(frames);
    all.add(own);
    position.put(own, -1L);
    for (Candidate c : all) {
      cost.put(c, screen.cost(c, c == own));
    }
    all.sort(Comparator.comparingDouble((Candidate c) -> cost.get(c)).thenComparingLong(position::get));
    for (Candidate c : all) {
      feeds.computeIfAbsent(c.resources(), r -> new Feed()).order.add(c);
    }
  }

  /** The unit's target (every month of a unit has its phase's, or the file's). */
  Target target() {
    return base.target();
  }

  /** The resources any of the unit's candidates has, own first when the file's are outside the space. */
  List<Candidate.Resources> resources() {
    return List.copyOf(feeds.keySet());
  }

  Feed feed(Candidate.Resources r) {
    return feeds.get(r);
  }

  double cost(Candidate frame) {
    return cost.get(frame);
  }

  /** The frame's place in the plan space's order (-1: the file's own timetable). */
  long position(Candidate frame) {
    return position.get(frame);
  }

  /** Frames judged so far. */
  int judged() {
    return screened.size();
  }

  /** Candidates the unit has (frames and its own timetable). */
  int size() {
    return position.size();
  }

  /** Whether every candidate was judged and none passed the screening. */
  boolean hopeless() {
    return screened.size() == position.size() && screened.values().stream().noneMatch(Evaluation::feasible);
  }

  /** The screening verdict of a frame, judged once. */
  Evaluation screen(Candidate frame) {
    Evaluation e = screened.get(frame);
    if (e == null) {
      e = screen.screen(frame, frame == own);
      screened.put(frame, e);
      evaluated.add(e);
    }
    return e;
  }

  /** The frame's screened evaluation tested on fresh months of each of the unit's months, once. */
  Evaluation confirm(Candidate frame) {
    Evaluation e = confirmed.get(frame);
    if (e == null) {
      Evaluation s = screened.get(frame);
      e = screen.confirm(s, frame == own);
      confirmed.put(frame, e);
      evaluated.set(evaluated.indexOf(s), e);
      if (!e.feasible()) {
        unconfirmed.add(e);
      }
    }
    return e;
  }

  /** Whether a frame was confirmed and failed (its seasons are then out). */
  boolean failedConfirmation(Candidate frame) {
    Evaluation e = confirmed.get(frame);
    return e != null && !e.feasible();
  }

  /** Tours of each of the unit's months with the frame's counts (its starts do not change them). */
  long[] tours(Candidate frame) {
    return tours.computeIfAbsent(frame, c -> {
      long[] t = new long[months.size()];
      for (int i = 0; i < months.size(); i++) {
        t[i] = CandidateBuilder.calendar(screen.scenario(c, i, c == own)).tours();
      }
      return t;
    });
  }

  /** Mean visitors a month summed over the unit's months (counted from check-in draws). */
  double visitors(Candidate frame) {
    double sum = 0;
    for (int i = 0; i < months.size(); i++) {
      sum += screen.monthTarget(frame, i, frame == own).visitorsMean();
    }
    return sum;
  }

  /** Mean persons turned away a month summed over the unit's months (counted from check-in draws). */
  double turnedAway(Candidate frame) {
    double sum = 0;
    for (int i = 0; i < months.size(); i++) {
      sum += screen.monthTarget(frame, i, frame == own).turnedAwayMean();
    }
    return sum;
  }

  /** The weekly start times a frame chosen for the season gives the unit's months (its designed starts). */
  Map<DayOfWeek, List<LocalTime>> days(Candidate frame) {
    if (frame == own) {
      return base.schedule().days();
    }
    Evaluation e = confirmed.getOrDefault(frame, screened.get(frame));
    return e.candidate().starts();
  }

  /** The frame's latest verdict: confirmed, else screened, else null. */
  Evaluation verdict(Candidate frame) {
    return confirmed.getOrDefault(frame, screened.get(frame));
  }

  /**
   * The frames of one resource combination in cost order, and those of them that passed the screening so far,
   * found lazily: element k of a season's index vector is the k-th frame that passed.
   */
  final class Feed {
    final List<Candidate> order = new ArrayList<>();
    private final List<Candidate> passed = new ArrayList<>();
    private int next;

    /** A lower bound of the cost of element k: its own, else that of the next frame still to judge (or +inf). */
    double bound(int k) {
      if (k < passed.size()) {
        return cost.get(passed.get(k));
      }
      return next < order.size() ? cost.get(order.get(next)) : Double.POSITIVE_INFINITY;
    }

    /** Whether element k is known. */
    boolean known(int k) {
      return k < passed.size();
    }

    /** Element k (known). */
    Candidate get(int k) {
      return passed.get(k);
    }

    /** Judges the next frame in cost order; false when none is left. */
    boolean step() {
      if (next >= order.size()) {
        return false;
      }
      Candidate c = order.get(next++);
      if (screen(c).feasible()) {
        passed.add(c);
      }
      return true;
    }

    /** Index of element k in the cost order (for the tie-break: earlier in the space first). */
    int rank(int k) {
      return order.indexOf(passed.get(k));
    }
  }

  /** The season's months of this unit, as the file's {@link Season.Month}s. */
  static List<Integer> monthsOf(Season season, int phase) {
    List<Integer> out = new ArrayList<>();
    for (int m = 0; m < season.months().size(); m++) {
      if (season.months().get(m).phase() == phase) {
        out.add(m);
      }
    }
    return out;
  }
}
