package org.tourplan.run;

import java.time.YearMonth;
import java.util.List;
import org.tourplan.scenario.Season;

/**
 * What {@code tourplan season} produced (contract 4.3): each month simulated with its phase's timetable, and the
 * lottery across them.
 *
 * @param scenario     the scenario's name (untrusted text)
 * @param from         first month
 * @param to           last month
 * @param seed         base seed
 * @param replications replications of every month (and of the lottery)
 * @param phases       the season's phases
 * @param months       every month in order
 * @param lottery      the lottery over the season, or null when the file has no demand
 * @param waiting      the season's waiting goal judged on that lottery, or null when the file has none
 */
public record SeasonResults(String scenario, YearMonth from, YearMonth to, long seed, int replications,
                            List<Season.Phase> phases, List<MonthResult> months, LotteryResult lottery,
                            WaitingCheck waiting) {

  /**
   * One month of the season.
   *
   * @param month          the month and its timetable
   * @param scheduledTours tours of its timetable
   * @param invitations    S_m: places drawn by the lottery for it
   * @param results        its section 3 results (its own lottery left out: the season's is above)
   */
  public record MonthResult(Season.Month month, int scheduledTours, long invitations, Results results) { }
}
