package org.tourplan.plan;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.run.LotteryResult;
import org.tourplan.run.LotteryRun;
import org.tourplan.run.WaitingCheck;
import org.tourplan.scenario.Demand;
import org.tourplan.scenario.Season;

/**
 * The season's waiting goal judged for a season's places: the lottery depends on nothing but each month's places
 * (tours x (group size + overbooking)), so a season is judged before any of its timetables is simulated. The
 * lottery is run exactly as {@code tourplan season} runs it on the written file (the same replications, seed and
 * stream), so the plan and the season say the same; each vector of places is run once.
 */
final class WaitingJudge {
  private final Demand demand;
  private final Season season;
  private final List<YearMonth> months = new ArrayList<>();
  private final long seed;
  private final int replications;
  private final Map<List<Long>, WaitingCheck> known = new HashMap<>();

  WaitingJudge(Demand demand, Season season, long seed, int replications) {
    this.demand = demand;
    this.season = season;
    this.seed = seed;
    this.replications = replications;
    for (Season.Month m : season.months()) {
      months.add(m.month());
    }
  }

  /** The goal judged for these places in each month of the season. */
  WaitingCheck check(long[] places) {
    List<Long> key = new ArrayList<>(places.length);
    for (long p : places) {
      key.add(p);
    }
    return known.computeIfAbsent(key, k -> {
      LotteryResult l = LotteryRun.run(demand, months, places, seed, replications, 1,
          season.waiting().withinMonths());
      return WaitingCheck.of(season.waiting(), season.to(), l);
    });
  }

  /**
   * The fewest draws (more than the goal's) with which these places would meet the goal's share, or -1 when none
   * the season allows would.
   */
  int fewestDraws(long[] places) {
    Season.Waiting goal = season.waiting();
    for (int n = goal.withinMonths() + 1; !goal.from().plusMonths(n - 1L).isAfter(season.to()); n++) {
      LotteryResult l = LotteryRun.run(demand, months, places, seed, replications, 1, n);
      if (WaitingCheck.of(new Season.Waiting(goal.share(), n, goal.from()), season.to(), l).met()) {
        return n;
      }
    }
    return -1;
  }

  /** Lottery runs so far (distinct vectors of places). */
  long runs() {
    return known.size();
  }
}
