package org.tourplan.roster;

import java.time.LocalTime;

/**
 * One ride of one tour on its nominal timeline (every duration at its mean, no queueing), as the planner sees it.
 * Times are minutes from 00:00 on the tour's date (a late tour may go past 1440).
 *
 * @param tour          index of the tour among the date's tours (contract 2.1 order), 0-based
 * @param tourStart     the tour's scheduled start
 * @param ride          index of the ride in the tour, 0-based (ride i leaves route zone i)
 * @param rides         rides in the tour (route length: the last one goes to returnTo)
 * @param from          pickup zone
 * @param to            destination zone
 * @param loads         vehicles the ride takes: first-fit-decreasing of the worst admissible mix of parties
 * @param earliest      nominal moment the group leaves {@code from} (start of the pickup window)
 * @param latest        end of the pickup window: earliest + the spread (standard deviation) of the dwell at from
 * @param boardMinutes  boarding time (mean of shuttles.boardMinutes): jsprit's service time at the pickup
 * @param travelMinutes ride time from {@code from} to {@code to}
 */
public record RideRequest(int tour, LocalTime tourStart, int ride, int rides, String from, String to, int loads,
                          double earliest, double latest, double boardMinutes, double travelMinutes) {

  /** How the tour is named in rosters and charts: its start time, for example {@code tour 09:00}. */
  public String tourLabel() {
    return "tour " + tourStart;
  }
}
