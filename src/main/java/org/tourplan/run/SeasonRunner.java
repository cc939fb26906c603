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
    for (int m = 0; m < season.months().size(); m++) {
      Season.Month month = season.months().get(m);
      TourSetup setup = new Compiler().compile(sc.forMonth(month));
      Results r = Runner.simulate(setup, n, executor);
      Results withoutLottery = new Results(r.scenario(), r.month(), r.seed(), r.replications(), r.metrics(),
          r.target(), r.breaches(), r.demand());
      invitations[m] = LotteryRun.invitations(setup.tourCount(), sc.group().size(), sc.group().overbook());
      months.add(new SeasonResults.MonthResult(month, setup.tourCount(), invitations[m], withoutLottery));
      ids.add(month.month());
    }
    LotteryResult lottery = sc.demand() == null ? null
        : LotteryRun.run(sc.demand(), ids, invitations, sc.seed(), n, threads);
    return new SeasonResults(sc.name(), season.from(), season.to(), sc.seed(), n, season.phases(),
        List.copyOf(months), lottery);
  }
}
