package org.tourplan.plan;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tourplan.run.Compiler;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.MonthExecutor;
import org.tourplan.scenario.PlanSpace;
import org.tourplan.scenario.Scenario;

/**
 * What an exhaustive search finds: every candidate of the space (every frame with every list of start times its
 * classes of day may have, without the nominal rule-outs, and the file's own timetable) judged through the full-month
 * road alone: its target counted, its groups servable, and its chance constraint tested by the same sequential test
 * on the same fresh months as the planner's confirmation. Cost levels are taken cheapest first and the search stops
 * after the first level with an accepted candidate, having tested every candidate of it and of every cheaper level.
 * For measuring the planner against (tests, {@code --compare-grid}); far slower, and refused beyond
 * {@link #MOST} candidates.
 */
public final class Exhaustive {
  /** Most candidates an exhaustive search takes on. */
  public static final int MOST = 20_000;

  /**
   * The answer.
   *
   * @param recommended the preferred accepted candidate of the cheapest level with one (ties as the planner breaks
   *                    them, the start times' order last), or null
   * @param cost        its cost (NaN without one)
   * @param accepted    every accepted candidate of that level
   * @param candidates  candidates judged
   * @param months      months simulated in full
   */
  public record Grid(Candidate recommended, double cost, List<Candidate> accepted, long candidates, long months) { }

  private Exhaustive() {
  }

  /** Runs the exhaustive search over the scenario's plan space on this machine's threads. */
  public static Grid search(Scenario base, int threads) {
    try (MonthExecutor local = new LocalExecutor(threads)) {
      return search(base, local);
    }
  }

  /** Runs the exhaustive search on an executor. */
  public static Grid search(Scenario base, MonthExecutor executor) {
    Screen screen = new Screen(base, List.of(base), executor, new Compiler());
    PlanSpace space = base.plan();
    List<Candidate> frames = new Frames(space).all();
    List<Candidate> all = new ArrayList<>();
    List<Long> position = new ArrayList<>();
    Candidate own = Planner.ownCandidate(base);
    all.add(own);
    position.add(-1L);
    for (int i = 0; i < frames.size(); i++) {
      for (Candidate c : timetables(frames.get(i), screen.builder(), space)) {
        all.add(c);
        position.add((long) i);
        if (all.size() > MOST) {
          throw new IllegalArgumentException("more than " + MOST + " candidates: too many for an exhaustive search");
        }
      }
    }
    double[] cost = new double[all.size()];
    Integer[] order = new Integer[all.size()];
    for (int i = 0; i < all.size(); i++) {
      cost[i] = screen.cost(all.get(i), i == 0);
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> cost[i]).thenComparingInt(i -> i));
    long judged = 0;
    for (int at = 0; at < order.length; ) {
      double level = cost[order[at]];
      List<Evaluation> accepted = new ArrayList<>();
      List<Long> where = new ArrayList<>();
      for (; at < order.length && cost[order[at]] == level; at++) {
        int i = order[at];
        boolean own0 = i == 0;
        judged++;
        Evaluation e = screen.counted(all.get(i), own0);
        if (e.status() == null) {
          Evaluation checked = screen.confirm(new Evaluation(all.get(i), e.cost(), e.tours(), e.days(),
              Evaluation.Status.FEASIBLE, "", e.target(), null), own0);
          if (checked.feasible()) {
            accepted.add(checked);
            where.add(position.get(i) * 1_000_000L + at);
          }
        }
      }
      if (!accepted.isEmpty()) {
        int best = 0;
        for (int j = 1; j < accepted.size(); j++) {
          Preference a = new Preference(accepted.get(j).cost(), accepted.get(j).visitorsMean(),
              accepted.get(j).turnedAwayMean(), where.get(j));
          Preference b = new Preference(accepted.get(best).cost(), accepted.get(best).visitorsMean(),
              accepted.get(best).turnedAwayMean(), where.get(best));
          if (Preference.ORDER.compare(a, b) < 0) {
            best = j;
          }
        }
        return new Grid(accepted.get(best).candidate(), level, accepted.stream().map(Evaluation::candidate)
            .toList(), judged, screen.fullMonths());
      }
    }
    return new Grid(null, Double.NaN, List.of(), judged, screen.fullMonths());
  }

  /**
   * Every list of start times of a frame: per class, every n allowed slots holding the fixed ones (or the even
   * spread).
   */
  static List<Candidate> timetables(Candidate frame, CandidateBuilder b, PlanSpace space) {
    List<Map<DayOfWeek, List<LocalTime>>> out = new ArrayList<>();
    out.add(new EnumMap<>(DayOfWeek.class));
    List<LocalTime> grid = b.grid().stream().filter(t -> !space.design().forbids(t)).toList();
    for (PlanSpace.DayClass k : space.classes()) {
      int n = frame.toursOn(k.days().iterator().next());
      if (n == 0) {
        continue;
      }
      List<List<LocalTime>> lists;
      if (space.design().even()) {
        lists = List.of(Designer.sorted(b.starts(n)));
      } else {
        List<LocalTime> fixed = space.design().fixedFor(k.name());
        List<LocalTime> free = grid.stream().filter(t -> !fixed.contains(t)).toList();
        lists = new ArrayList<>();
        Designer.pickAll(free, n - fixed.size(), fixed, lists);
      }
      List<Map<DayOfWeek, List<LocalTime>>> next = new ArrayList<>();
      for (Map<DayOfWeek, List<LocalTime>> m : out) {
        for (List<LocalTime> l : lists) {
          Map<DayOfWeek, List<LocalTime>> c = new EnumMap<>(DayOfWeek.class);
          c.putAll(m);
          for (DayOfWeek d : k.days()) {
            c.put(d, l);
          }
          next.add(c);
        }
      }
      out = next;
      if (out.size() > MOST) {
        throw new IllegalArgumentException("more than " + MOST + " candidates: too many for an exhaustive search");
      }
    }
    return out.stream().map(frame::withStarts).toList();
  }
}
