package org.tourplan.scenario;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * @param breachTolerance    retired (read so that old files keep working, used for nothing): every candidate is
 *                           judged against {@code breachBound}
 * @param breachBound        the chance constraint: the probability that a month breaches any limit must be at most
 *                           this, tested on fresh months by the planner's sequential test
 * @param screenReplications days of each kind simulated for every start-time design the search tries
 * @param maxReplications    months the target is judged on first (and what {@code simulate} of the recommendation
 *                           runs)
 * @param maxSizeFromFile    group.maxSize as written, or null when left to its default (size x largest party),
 *                           which then follows each candidate's group size
 * @param written            whether the file has a {@code plan} section; without one the space's one candidate is
 *                           the file exactly as written (its start times, closed dates and extra tours included)
 * @param dayTours           tours to try on each day of the week, when the file gives them per day
 *                           ({@code plan.dayTours}); null when {@code weekdayTours} and {@code weekendTours} apply
 * @param design             how start times are chosen: designed on the slot grid (with forbidden windows and
 *                           fixed starts) or spread evenly
 */
public record PlanSpace(List<Integer> weekdayTours, List<Integer> weekendTours, LocalTime earliestStart,
                        LocalTime latestStart, int slotMinutes, List<Integer> groupSize, List<Integer> overbook,
                        List<Integer> vehicles, List<Integer> guides, Costs costs, double breachTolerance,
                        double breachBound, int screenReplications, int maxReplications, Integer maxSizeFromFile,
                        boolean written, Map<DayOfWeek, List<Integer>> dayTours, Design design) {

  /** A space whose starts are designed with no forbidden window and no fixed start, its counts per class of day. */
  public PlanSpace(List<Integer> weekdayTours, List<Integer> weekendTours, LocalTime earliestStart,
                   LocalTime latestStart, int slotMinutes, List<Integer> groupSize, List<Integer> overbook,
                   List<Integer> vehicles, List<Integer> guides, Costs costs, double breachTolerance,
                   double breachBound, int screenReplications, int maxReplications, Integer maxSizeFromFile,
                   boolean written) {
    this(weekdayTours, weekendTours, earliestStart, latestStart, slotMinutes, groupSize, overbook, vehicles, guides,
        costs, breachTolerance, breachBound, screenReplications, maxReplications, maxSizeFromFile, written, null,
        Design.DEFAULT);
  }

  /** Default days of each kind simulated for every start-time design the search tries. */
  public static final int DEFAULT_SCREEN_DAYS = 64;

  /**
   * How a candidate's start times are chosen (tourplan extension, see docs/scenario-format.md, "Designed start
   * times").
   *
   * @param even      true: every day's starts are spread evenly over the slots (the planner's rule before designed
   *                  timetables); false: the planner designs them
   * @param forbidden windows in which no tour may start, [from, to)
   * @param fixed     starts every day of a class with tours keeps, by class name ("all" for every class)
   */
  public record Design(boolean even, List<Window> forbidden, Map<String, List<LocalTime>> fixed) {
    /** Immutable copies. */
    public Design {
      forbidden = List.copyOf(forbidden);
      Map<String, List<LocalTime>> f = new java.util.LinkedHashMap<>();
      fixed.forEach((k, v) -> f.put(k, List.copyOf(v)));
      fixed = java.util.Collections.unmodifiableMap(f);
    }

    /** Designed starts, nothing forbidden, nothing fixed. */
    public static final Design DEFAULT = new Design(false, List.of(), Map.of());

    /** The fixed starts of a class (those for every class, then its own), sorted. */
    public List<LocalTime> fixedFor(String dayClass) {
      List<LocalTime> out = new ArrayList<>(fixed.getOrDefault(ALL, List.of()));
      for (LocalTime t : fixed.getOrDefault(dayClass, List.of())) {
        if (!out.contains(t)) {
          out.add(t);
        }
      }
      out.sort(null);
      return List.copyOf(out);
    }

    /** Whether no tour may start at {@code t}. */
    public boolean forbids(LocalTime t) {
      return forbidden.stream().anyMatch(w -> w.contains(t));
    }

    /** The key of fixed starts that hold for every class. */
    public static final String ALL = "all";
  }

  /**
   * A window of the day, [from, to).
   *
   * @param from first minute inside
   * @param to   first minute after it
   */
  public record Window(LocalTime from, LocalTime to) {
    /** Whether {@code t} lies in the window. */
    public boolean contains(LocalTime t) {
      return !t.isBefore(from) && t.isBefore(to);
    }

    @Override
    public String toString() {
      return from + "-" + to;
    }
  }

  /**
   * A class of days that share one number of tours and one timetable: "weekday" (Monday to Friday) and "weekend"
   * (Saturday and Sunday), or each day of the week on its own when the space gives counts per day.
   *
   * @param name   "weekday", "weekend", or a day "MON".."SUN"
   * @param days   the days of the week in the class
   * @param counts tours a day to try
   */
  public record DayClass(String name, Set<DayOfWeek> days, List<Integer> counts) {
    /** "weekday", "weekend day", "Monday", ... for sentences. */
    public String words() {
      return switch (name) {
        case "weekday" -> "weekday";
        case "weekend" -> "weekend day";
        default -> DayOfWeek.of(List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN").indexOf(name) + 1)
            .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
      };
    }
  }

  /** The classes of days of this space, in week order of their first day. */
  public List<DayClass> classes() {
    List<DayClass> out = new ArrayList<>();
    if (dayTours == null) {
      out.add(new DayClass("weekday", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), weekdayTours));
      out.add(new DayClass("weekend", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), weekendTours));
    } else {
      for (DayOfWeek d : DayOfWeek.values()) {
        out.add(new DayClass(dayName(d), EnumSet.of(d), dayTours.getOrDefault(d, List.of(0))));
      }
    }
    return out;
  }

  /** "MON" .. "SUN". */
  public static String dayName(DayOfWeek d) {
    return d.name().substring(0, 3);
  }

  /** Immutable copies of the axes. */
  public PlanSpace {
    weekdayTours = List.copyOf(weekdayTours);
    weekendTours = List.copyOf(weekendTours);
    groupSize = List.copyOf(groupSize);
    overbook = List.copyOf(overbook);
    vehicles = List.copyOf(vehicles);
    guides = List.copyOf(guides);
    if (dayTours != null) {
      Map<DayOfWeek, List<Integer>> d = new java.util.EnumMap<>(DayOfWeek.class);
      dayTours.forEach((day, axis) -> d.put(day, List.copyOf(axis)));
      dayTours = java.util.Collections.unmodifiableMap(d);
    }
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

  /**
   * Number of frames in the space: combinations of tours per class of day, group size, overbooking, vehicles and
   * guides (each frame's start times are designed on top).
   */
  public long size() {
    long n = (long) groupSize.size() * overbook.size() * vehicles.size() * guides.size();
    for (DayClass c : classes()) {
      n *= c.counts().size();
    }
    return n;
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
