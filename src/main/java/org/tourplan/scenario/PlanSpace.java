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
 * @param breachBound        most 95% upper bound of the recommendation's breach probability, confirmed on fresh
 *                           months after the search
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
                        double breachBound, int screenReplications, int maxReplications, Integer maxSizeFromFile,
                        boolean written) {

  /** Immutable copies of the axes. */
  public PlanSpace {
    weekdayTours = List.copyOf(weekdayTours);
    weekendTours = List.copyOf(weekendTours);
    groupSize = List.copyOf(groupSize);
    overbook = List.copyOf(overbook);
    vehicles = List.copyOf(vehicles);
    guides = List.copyOf(guides);
  }

  /** Default cost of one tour (presentation, cleaning, staff on the floor), in cost units. */
  public static final double DEFAULT_PER_TOUR = 1000;
  /** Default cost of one vehicle for one day with tours. */
  public static final double DEFAULT_PER_VEHICLE_DAY = 300;
  /** Default cost of one guide for one day with tours. */
  public static final double DEFAULT_PER_GUIDE_DAY = 400;
  /** Default label of costs: no currency is assumed. */
  public static final String DEFAULT_CURRENCY = "cost units";
  /**
   * Default 95% upper bound on the recommendation's breach probability: 0.001 needs about 3,000 clean months
   * (Clopper-Pearson: 1 - 0.05^(1/n) <= 0.001 from n = 2,995).
   */
  public static final double DEFAULT_BREACH_BOUND = 0.001;

  /** Number of candidates in the space. */
  public long size() {
    return (long) weekdayTours.size() * weekendTours.size() * groupSize.size() * overbook.size() * vehicles.size()
        * guides.size();
  }

  /**
   * Costs in {@code currency} (any currency, as long as all three use the same).
   *
   * @param perTour       each tour run
   * @param perVehicleDay each vehicle on each day with tours
   * @param perGuideDay   each guide on each day with tours
   * @param weekendRate   factor on staff costs (tours and guide days) on Saturdays and Sundays, e.g. 2 for double pay
   * @param currency      the label of every cost, e.g. "yuan"
   */
  public record Costs(double perTour, double perVehicleDay, double perGuideDay, double weekendRate,
                      String currency) {

    /** Costs at the same rate every day, in cost units. */
    public Costs(double perTour, double perVehicleDay, double perGuideDay) {
      this(perTour, perVehicleDay, perGuideDay, 1, DEFAULT_CURRENCY);
    }

    /** The defaults of a file without {@code plan.costs}. */
    public static Costs defaults() {
      return new Costs(DEFAULT_PER_TOUR, DEFAULT_PER_VEHICLE_DAY, DEFAULT_PER_GUIDE_DAY);
    }

    /**
     * A month's cost: (weekday tours + weekend tours x weekendRate) x perTour + days with tours x vehicles x
     * perVehicleDay + (weekdays with tours + weekend days with tours x weekendRate) x guides x perGuideDay. The
     * one formula of the planner, sweeps and comparisons.
     */
    public double month(Calendar c, int vehicles, int guides) {
      double staffTours = c.tours() - c.weekendTours() + c.weekendTours() * weekendRate;
      double staffDays = c.days() - c.weekendDays() + c.weekendDays() * weekendRate;
      return staffTours * perTour + c.days() * vehicles * perVehicleDay + staffDays * guides * perGuideDay;
    }

    /** An amount with its currency, e.g. "128,050 yuan". */
    public String format(double amount) {
      return String.format(java.util.Locale.ROOT, "%,.0f %s", amount, currency);
    }
  }

  /**
   * Tours and days with tours of a month, all and at weekends (what its cost depends on).
   *
   * @param tours        tours scheduled
   * @param days         days with at least one tour
   * @param weekendTours tours on Saturdays and Sundays
   * @param weekendDays  Saturdays and Sundays with at least one tour
   */
  public record Calendar(int tours, int days, int weekendTours, int weekendDays) {
    /** The calendar of a schedule in a month. */
    public static Calendar of(Schedule schedule, java.time.YearMonth month) {
      int tours = 0;
      int days = 0;
      int weekendTours = 0;
      int weekendDays = 0;
      for (int d = 1; d <= month.lengthOfMonth(); d++) {
        java.time.LocalDate date = month.atDay(d);
        int n = schedule.toursOn(date).size();
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        tours += n;
        days += n > 0 ? 1 : 0;
        weekendTours += weekend ? n : 0;
        weekendDays += weekend && n > 0 ? 1 : 0;
      }
      return new Calendar(tours, days, weekendTours, weekendDays);
    }
  }
}
