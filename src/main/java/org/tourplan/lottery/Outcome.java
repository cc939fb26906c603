package org.tourplan.lottery;

import java.util.Arrays;

/**
 * What one replication of the lottery produced (contract 4.2), plus the counts behind the season report's charts.
 * Mutable and reused across replications by one thread: read it before the next {@link Lottery#run}.
 */
public final class Outcome {
  long applicants;
  long entries;
  long winners;
  long unfilled;
  long abandoned;
  long poolAtEnd;
  long drawsOfWinners;
  long firstCohort;
  final long[] pool;
  final long[] winnersIn;
  final long[] winnersByCohort;
  final long[] winsByDraws;
  /** Winners of cohort c at its draw k + 1 (k = m - c), at [c * months + k]. */
  final long[] cohortDraws;
  private final int months;

  /** An empty outcome for a horizon of {@code months}. */
  public Outcome(int months) {
    pool = new long[months];
    winnersIn = new long[months];
    winnersByCohort = new long[months];
    winsByDraws = new long[months];
    cohortDraws = new long[months * months];
    this.months = months;
  }

  void reset() {
    applicants = 0;
    entries = 0;
    winners = 0;
    unfilled = 0;
    abandoned = 0;
    poolAtEnd = 0;
    drawsOfWinners = 0;
    firstCohort = 0;
    Arrays.fill(pool, 0);
    Arrays.fill(winnersIn, 0);
    Arrays.fill(winnersByCohort, 0);
    Arrays.fill(winsByDraws, 0);
    Arrays.fill(cohortDraws, 0);
  }

  /** Sum of new applicants A_m. */
  public long applicants() {
    return applicants;
  }

  /** Sum of pools P_m (draws entered). */
  public long entries() {
    return entries;
  }

  /** Sum of winners W_m. */
  public long winners() {
    return winners;
  }

  /** Sum of S_m - W_m: invitations no applicant was left to take. */
  public long unfilled() {
    return unfilled;
  }

  /** Losers who did not enter the next month's draw (the last month's losers are not counted). */
  public long abandoned() {
    return abandoned;
  }

  /** L_H: losers of the last month, still hoping. */
  public long poolAtEnd() {
    return poolAtEnd;
  }

  /** Mean over winners of the draws each entered (1 = first try); NaN with no winner. */
  public double meanDrawsToWin() {
    return winners == 0 ? Double.NaN : (double) drawsOfWinners / winners;
  }

  /** Share of month 1's new applicants who won in some month; NaN when there were none. */
  public double firstCohortWinShare() {
    return firstCohort == 0 ? Double.NaN : (double) winnersByCohort[0] / firstCohort;
  }

  /** P_m for month index m. */
  public long pool(int m) {
    return pool[m];
  }

  /** W_m for month index m. */
  public long winnersIn(int m) {
    return winnersIn[m];
  }

  /** W_m / P_m; NaN for an empty pool. */
  public double winProbability(int m) {
    return pool[m] == 0 ? Double.NaN : (double) winnersIn[m] / pool[m];
  }

  /** Applicants first applying in month index c who won in some month. */
  public long winnersOfCohort(int c) {
    return winnersByCohort[c];
  }

  /**
   * Applicants first applying in month index c who won within their first {@code draws} draws (months c to
   * c + draws - 1; the horizon's end cuts it short).
   */
  public long winnersOfCohortWithin(int c, int draws) {
    long n = 0;
    for (int k = 0; k < Math.min(draws, months - c); k++) {
      n += cohortDraws[c * months + k];
    }
    return n;
  }

  /** Winners who won at their k-th draw (k = 1..H). */
  public long winnersAtDraw(int k) {
    return winsByDraws[k - 1];
  }
}
