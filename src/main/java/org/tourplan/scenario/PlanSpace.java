package org.tourplan.scenario;

import java.time.LocalTime;
import java.util.List;

/**
 * The {@code plan} section: the space the capacity planner searches and what each choice costs. Every axis is a
 * sorted list of distinct values; defaults come from the rest of the file, so a file without a plan section
 * describes a space of exactly one candidate, its own.
 *
 * @param weekdayTours       tours on each weekday (MON-FRI) to try
 * @param weekendTours       tours on each weekend day (SAT, SUN) to try
 * @param earliestStart      earliest tour start
 * @param latestStart        latest tour start
 * @param slotMinutes        starts lie on this grid from {@code earliestStart}
 * @param groupSize          places per tour to try
 * @param overbook           extra places per tour to try
 * @param vehicles           fleet sizes to try
 * @param guides             guide counts to try
 * @param costs              what tours, vehicles and guides cost
 * @param breachTolerance    most probability of a month breaching any limit (0: no breach in any simulated month)
 * @param screenReplications months simulated first for every candidate that is still in the running
 * @param maxReplications    months at most for one candidate (its verdict is "undecided" when still open then)
 * @param maxSizeFromFile    group.maxSize as written, or null when left to its default (size x largest party),
 *                           which then follows each candidate's group size
 * @param written            whether the file has a {@code plan} section; without one the space's one candidate is
 *                           the file exactly as written (its start times, closed dates and extra tours included)
 */
public record PlanSpace(List<Integer> weekdayTours, List<Integer> weekendTours, LocalTime earliestStart,
                        LocalTime latestStart, int slotMinutes, List<Integer> groupSize, List<Integer> overbook,
                        List<Integer> vehicles, List<Integer> guides, Costs costs, double breachTolerance,
                        int screenReplications, int maxReplications, Integer maxSizeFromFile,
                        boolean written) {

  /** Default cost of one tour (presentation, cleaning, staff on the floor), in cost units. */
  public static final double DEFAULT_PER_TOUR = 1000;
  /** Default cost of one vehicle for one day with tours. */
  public static final double DEFAULT_PER_VEHICLE_DAY = 300;
  /** Default cost of one guide for one day with tours. */
  public static final double DEFAULT_PER_GUIDE_DAY = 400;

  /** Number of candidates in the space. */
  public long size() {
    return (long) weekdayTours.size() * weekendTours.size() * groupSize.size() * overbook.size() * vehicles.size()
        * guides.size();
  }

  /**
   * Costs in cost units (any currency, as long as all three use the same).
   *
   * @param perTour       each tour run
   * @param perVehicleDay each vehicle on each day with tours
   * @param perGuideDay   each guide on each day with tours
   */
  public record Costs(double perTour, double perVehicleDay, double perGuideDay) {
    /**
     * A month's cost: tours x perTour + days with tours x (vehicles x perVehicleDay + guides x perGuideDay). The
     * one formula of the planner, sweeps and comparisons.
     */
    public double month(int tours, int days, int vehicles, int guides) {
      return tours * perTour + days * (vehicles * perVehicleDay + guides * perGuideDay);
    }
  }
}
