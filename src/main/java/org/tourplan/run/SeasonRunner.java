package org.tourplan.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Season;
import org.tourplan.tour.TourSetup;

/**
 * A season simulated (contract 4), the building block of the {@code season} use case in {@code app}: every month
 * of the season simulated with its own timetable, replications in parallel, then the lottery across the months. Month m is the file with {@code month} = m and m's timetable, and
 * the file's seed: replication i of month m depends only on (seed, i, m), and equals replication i of
 * {@code simulate} on that one-month file.
 */
public final class SeasonRunner {
  private SeasonRunner() {
  }

  /** Simulates the season of {@code sc} (which must have one) on {@code threads} threads of this machine. */
  public static SeasonResults run(Scenario sc, int threads) {
    try (MonthExecutor local = new LocalExecutor(threads)) {
      return run(sc, local, threads);
    }
  }

  /**
   * Simulates the season's months on an executor (this machine's threads or a cluster: the same numbers) and the
   * lottery on {@code threads} threads here.
   */
  public static SeasonResults run(Scenario sc, MonthExecutor executor, int threads) {
    Season season = sc.season();
    if (season == null) {
      throw new IllegalArgumentException("the scenario has no season");
    }
    int n = sc.replications();
    List<SeasonResults.MonthResult> months = new ArrayList<>();
    List<YearMonth> ids = new ArrayList<>();
    long[] invitations = new long[season.months().size()];
    List<TourSetup> setups = new ArrayList<>();
    for (Season.Month month : season.months()) {
      setups.add(new Compiler().compile(sc.forMonth(month)));
    }
    budget(sc, setups, n, threads);
    for (int m = 0; m < season.months().size(); m++) {
      Season.Month month = season.months().get(m);
      TourSetup setup = setups.get(m);
      Results r = Runner.simulate(setup, n, executor);
      Results withoutLottery = new Results(r.scenario(), r.month(), r.seed(), r.replications(), r.metrics(),
          r.target(), r.breaches(), r.demand());
      invitations[m] = LotteryRun.invitations(setup.tourCount(), sc.group().size(), sc.group().overbook());
      months.add(new SeasonResults.MonthResult(month, setup.tourCount(), invitations[m], withoutLottery));
      ids.add(month.month());
    }
    Season.Waiting goal = season.waiting();
    LotteryResult lottery = sc.demand() == null ? null
        : LotteryRun.run(sc.demand(), ids, invitations, sc.seed(), n, threads, goal == null ? 0 : goal.withinMonths());
    WaitingCheck waiting = goal == null || lottery == null ? null : WaitingCheck.of(goal, season.to(), lottery);
    return new SeasonResults(sc.name(), season.from(), season.to(), sc.seed(), n, season.phases(),
        List.copyOf(months), lottery, waiting);
  }

  /**
   * Refuses (exit 2) a season that cannot be done whole, before its first month: what it keeps (every month's
   * values, which the season's summaries and page need together, the lottery's per-replication arrays, one
   * simulation per thread) and the events of all its months. Each month alone could pass while the season does not:
   * it once stopped for memory in its 20th month, or ended in an OutOfMemoryError in the lottery after 109 s.
   */
  private static void budget(Scenario sc, List<TourSetup> setups, int n, int threads) {
    long bytes = sc.demand() == null ? 0 : LotteryRun.bytes(setups.size(), n);
    long events = 0;
    long simulation = 0;
    for (TourSetup s : setups) {
      bytes = saturated(bytes, Budget.monthBytes(s, n));
      events = saturated(events, Math.multiplyHigh(s.eventsPerMonth(), n) != 0 ? Long.MAX_VALUE
          : s.eventsPerMonth() * n);
      simulation = Math.max(simulation, s.simulationBytes());
    }
    long workers = Math.max(1, Math.min(threads, n));
    bytes = saturated(bytes, workers * simulation);
    Budget.check(String.format(java.util.Locale.ROOT, "simulating the season (%d months x %,d replications%s)",
        setups.size(), n, sc.demand() == null ? "" : ", and the lottery"), bytes, events);
  }

  private static long saturated(long a, long b) {
    long s = a + b;
    return s < 0 || a < 0 || b < 0 ? Long.MAX_VALUE : s;
  }
}
