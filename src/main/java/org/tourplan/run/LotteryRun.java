package org.tourplan.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.tourplan.engine.RandomStream;
import org.tourplan.lottery.Lottery;
import org.tourplan.lottery.Outcome;
import org.tourplan.scenario.Demand;

/**
 * Runs the lottery's replications in parallel and summarises them (contract 4.2). Replication i draws only from the
 * stream {@code (seed, i, "lottery")} and writes its own slots, so the result is identical at any thread count,
 * and the tour model's streams are never touched.
 */
public final class LotteryRun {
  private LotteryRun() {
  }

  /** Invitations of one month: scheduled tours x (group.size + group.overbook) (contract 4.1). */
  public static long invitations(int scheduledTours, int size, int overbook) {
    return (long) scheduledTours * (size + (long) overbook);
  }

  /**
   * Bytes the lottery of {@code months} months keeps over {@code n} replications: its per-replication values
   * ({@code 8 + 5 x months} doubles each), the winners by draw ({@code months} longs each) and a summary's copies.
   */
  public static long bytes(int months, int n) {
    return (long) n * (8L * (8 + 5L * months) + 16 + 8L * months + 16);
  }

  /**
   * Simulates and summarises the lottery.
   *
   * @param months      the horizon's months, in order
   * @param invitations S_m per month
   */
  public static LotteryResult run(Demand demand, List<YearMonth> months, long[] invitations, long seed, int n,
                                  int threads) {
    return run(demand, months, invitations, seed, n, threads, 0);
  }

  /**
   * Simulates and summarises the lottery, with each month's new applicants' share who win within
   * {@code withinMonths} draws (a waiting goal's; 0: not counted).
   *
   * @param months      the horizon's months, in order
   * @param invitations S_m per month
   */
  public static LotteryResult run(Demand demand, List<YearMonth> months, long[] invitations, long seed, int n,
                                  int threads, int withinMonths) {
    int h = months.size();
    Lottery lottery = new Lottery(invitations, demand.applicationsPerMonth(), demand.growthPerMonth(),
        demand.reapplyRate(), demand.preferencePoints());
    int scalars = 8;
    int perMonth = 4;
    int within = withinMonths > 0 ? h : 0;
    double[][] v = new double[scalars + perMonth * h + h + within][n];
    long[][] drawCounts = new long[n][h];
    Workers.run(n, threads, () -> {
      Lottery.Workspace ws = lottery.workspace();
      Outcome o = new Outcome(h);
      return i -> {
        lottery.run(RandomStream.of(seed, i, Lottery.SOURCE), ws, o);
        v[0][i] = o.applicants();
        v[1][i] = o.entries();
        v[2][i] = o.winners();
        v[3][i] = o.unfilled();
        v[4][i] = o.abandoned();
        v[5][i] = o.poolAtEnd();
        v[6][i] = o.meanDrawsToWin();
        v[7][i] = o.firstCohortWinShare();
        for (int m = 0; m < h; m++) {
          int at = scalars + perMonth * m;
          v[at][i] = o.pool(m);
          v[at + 1][i] = lottery.invitations(m);
          v[at + 2][i] = o.winnersIn(m);
          v[at + 3][i] = o.winProbability(m);
          long a = lottery.newApplicantsIn(m);
          v[scalars + perMonth * h + m][i] = a == 0 ? Double.NaN : (double) o.winnersOfCohort(m) / a;
          if (within > 0) {
            v[scalars + perMonth * h + h + m][i] = a == 0 ? Double.NaN
                : (double) o.winnersOfCohortWithin(m, withinMonths) / a;
          }
          drawCounts[i][m] = o.winnersAtDraw(m + 1);
        }
      };
    });
    List<LotteryResult.Month> out = new ArrayList<>();
    for (int m = 0; m < h; m++) {
      int at = scalars + perMonth * m;
      out.add(new LotteryResult.Month(months.get(m), lottery.newApplicantsIn(m), Summary.of(v[at]),
          Summary.of(v[at + 1]), Summary.of(v[at + 2]), Summary.of(v[at + 3]),
          Summary.of(v[scalars + perMonth * h + m]), within > 0 ? Summary.of(v[scalars + perMonth * h + h + m])
          : null));
    }
    double[] draws = new double[h];
    long total = 0;
    for (long[] row : drawCounts) { // summed in replication order: the same sums at any thread count
      for (int k = 0; k < h; k++) {
        draws[k] += row[k];
        total += row[k];
      }
    }
    for (int k = 0; k < h; k++) {
      draws[k] = total == 0 ? Double.NaN : draws[k] / total;
    }
    return new LotteryResult(demand.preferencePoints(), demand.reapplyRate(), demand.growthPerMonth(),
        Summary.of(v[0]), Summary.of(v[1]), Summary.of(v[2]), Summary.of(v[3]), Summary.of(v[4]), Summary.of(v[5]),
        Summary.of(v[6]), Summary.of(v[7]), List.copyOf(out), draws, withinMonths);
  }
}
