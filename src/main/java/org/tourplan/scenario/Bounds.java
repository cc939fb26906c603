package org.tourplan.scenario;

/**
 * The upper bound of every number a scenario file or the command line may give, in one place (documented in
 * docs/scenario-format.md, "Bounds"). Each is far above any real factory tour and low enough that the products
 * the simulation forms ((size + overbook) x party size, guides x visitors per guide, tours x route x loads, ...)
 * fit an int and that memory and time stay within what one machine can give: a value beyond its bound is refused
 * as bad input (exit 2) with the key and the bound, instead of ending in an overflow, an OutOfMemoryError or a run
 * that never ends.
 */
public final class Bounds {
  private Bounds() {
  }

  /** Months simulated ({@code replications}, {@code --replications}, {@code plan.*Replications}). */
  public static final int REPLICATIONS = 100_000;
  /** Worker threads ({@code --threads}). */
  public static final int THREADS = 1_024;
  /** Places invited per tour ({@code group.size}, {@code plan.groupSize}). */
  public static final int GROUP_SIZE = 10_000;
  /** Extra places per tour ({@code group.overbook}, {@code plan.overbook}). */
  public static final int OVERBOOK = 10_000;
  /** Persons one tour may take ({@code group.maxSize}). */
  public static final int MAX_SIZE = 100_000;
  /** Persons in one party ({@code group.partySize} and its keys). */
  public static final int PARTY_SIZE = 1_000;
  /** A party size's weight in {@code group.partySize}. */
  public static final double PARTY_WEIGHT = 1e9;
  /** Vehicles ({@code shuttles.vehicles}, {@code plan.vehicles}). */
  public static final int VEHICLES = 10_000;
  /** Seats per vehicle ({@code shuttles.seats}). */
  public static final int SEATS = 10_000;
  /** Guides on duty ({@code guides.count}, {@code plan.guides}). */
  public static final int GUIDES = 10_000;
  /** Visitors one guide may lead ({@code guides.maxVisitorsPerGuide}). */
  public static final int VISITORS_PER_GUIDE = 100_000;
  /** Persons inside a zone at once, and groups at once ({@code capacity}, {@code maxGroups}). */
  public static final int CAPACITY = 1_000_000;
  /**
   * Minutes of any duration: every dwell, boarding and travel parameter (constant, bounds, mean, sd) and a zone's
   * headway. A day: longer is no tour step, and larger values would push simulated time beyond what the month's
   * calendar arithmetic represents exactly.
   */
  public static final double MINUTES = 1440;
  /**
   * Most coefficient of variation (sd / mean) of a lognormal duration: beyond it the log's variance overflows
   * (mean 1e-300, sd 1e300) or draws reach years.
   */
  public static final double LOGNORMAL_CV = 100;
  /** Zones in a file (the all-pairs travel table and the shuttle solver's cost matrix grow as its square). */
  public static final int ZONES = 500;
  /** Characters of a zone id (ids appear in every message, chart and table). */
  public static final int ID_LENGTH = 64;
  /** Characters of {@code plan.costs.currency}. */
  public static final int CURRENCY_LENGTH = 20;
  /** Zones listed in {@code route} (a zone may repeat). */
  public static final int ROUTE = 500;
  /** Legs listed in {@code travel}. */
  public static final int LEGS = 40_000;
  /** Start times in one list of {@code schedule.days} or {@code schedule.extra}. */
  public static final int TIMES_PER_DAY = 1_440;
  /** Blackout windows listed in {@code limits.blackouts}. */
  public static final int BLACKOUTS = 1_000;
  /** Values of one {@code plan} axis, written as a list or a range. */
  public static final int AXIS_VALUES = 1_000;
  /** Tours a day one of {@code plan.weekdayTours}, {@code plan.weekendTours} and {@code plan.dayTours} may try. */
  public static final int TOURS_A_DAY = 48;
  /** jsprit iterations per solve ({@code shuttles.planIterations}). */
  public static final int PLAN_ITERATIONS = 100_000;
  /** Least and most {@code demand.growthPerMonth}. */
  public static final double GROWTH_MIN = -0.9;
  public static final double GROWTH_MAX = 10;
  /** Most {@code plan.costs.weekendRate}. */
  public static final double WEEKEND_RATE = 100;
  /** Candidates in the {@code plan} space (the product of its axes). */
  public static final long PLAN_CANDIDATES = 20_000;
  /** Most fresh months one confirmation of a plan's choice simulates (its sequential test's cap). */
  public static final int CONFIRM_MONTHS = 1_000_000;
  /**
   * Least {@code plan.breachBound}: the confirmation's first look that may accept (3% of its 5% error, so at least
   * ln(0.03) / ln(1 - bound) clean months) must fit within {@link #CONFIRM_MONTHS}: 1 - 0.03^(1 / 1,000,000) is
   * 3.51e-6, rounded up.
   */
  public static final double BREACH_BOUND_MIN = 3.6e-6;
  /** A cost in {@code plan.costs}, and {@code target.visitorsPerMonth}. */
  public static final double AMOUNT = 1e9;
  /** Lottery applications a month ({@code demand.applicationsPerMonth}); at least 1. */
  public static final double APPLICATIONS = 1e12;
  /** Exit flow of a zone ({@code egressPerMinute}): from {@link #EGRESS_MIN} to this. */
  public static final double EGRESS_MAX = 1e6;
  /** Least exit flow of a zone: below it evacuation times stop being numbers. */
  public static final double EGRESS_MIN = 0.001;
  /** Sound level range of {@code noiseDbA}, in dB(A). */
  public static final double NOISE_MIN = -100;
  /** Highest sound level of {@code noiseDbA} (above about 194 dB(A) sound is a shock wave). */
  public static final double NOISE_MAX = 200;
  /** A limit's value in {@code limits}. */
  public static final double LIMIT = 1e9;
  /** Months per work unit ({@code --batch}). */
  public static final int BATCH = REPLICATIONS;
  /**
   * Days a simulated month may run past its last day before it is stopped as not meaningful (its tours would
   * end a year after they started).
   */
  public static final int OVERRUN_DAYS = 365;

  /** {@code n} with thousands separators, for messages. */
  public static String n(long n) {
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }
}
