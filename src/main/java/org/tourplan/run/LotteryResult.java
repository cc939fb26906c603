package org.tourplan.run;

import java.time.YearMonth;
import java.util.List;

/**
 * The lottery over a horizon, summarised over replications (contract 4.2, each figure a 2.7 summary), plus what the
 * season report charts: the distribution of draws to win and each month's new applicants' chance to win.
 *
 * @param preferencePoints    whether tickets were weighted by points
 * @param reapplyRate         the file's return probability
 * @param growthPerMonth      the file's monthly growth of new applicants
 * @param applicants          sum of new applicants
 * @param entries             sum of pools (draws entered)
 * @param winners             sum of winners
 * @param unfilled            invitations left without an applicant
 * @param abandoned           losers who did not return
 * @param poolAtEnd           losers of the last month
 * @param meanDrawsToWin      mean draws entered per winner, the winning one included
 * @param firstCohortWinShare share of month 1's new applicants who win within the horizon
 * @param months              per month: pool, invitations, winners, win probability
 * @param drawsToWin          share of all winners (pooled over replications) who won at draw k = 1..H
 * @param withinMonths        the draws each month's {@code cohortWinShareWithin} counts (a waiting goal's), or 0
 */
public record LotteryResult(boolean preferencePoints, double reapplyRate, double growthPerMonth, Summary applicants,
                            Summary entries, Summary winners, Summary unfilled, Summary abandoned, Summary poolAtEnd,
                            Summary meanDrawsToWin, Summary firstCohortWinShare, List<Month> months,
                            double[] drawsToWin, int withinMonths) {

  /**
   * One month of the lottery.
   *
   * @param month          the calendar month
   * @param newApplicants  A_m (fixed)
   * @param pool           P_m
   * @param invitations    S_m
   * @param winners        W_m
   * @param winProbability W_m / P_m
   * @param cohortWinShare share of this month's new applicants who win within the horizon
   * @param cohortWinShareWithin share of this month's new applicants who win within {@code withinMonths} draws
   *                       (cut short by the horizon's end), or null when not counted
   */
  public record Month(YearMonth month, long newApplicants, Summary pool, Summary invitations, Summary winners,
                      Summary winProbability, Summary cohortWinShare, Summary cohortWinShareWithin) { }
}
