package org.tourplan.scenario;

/**
 * Lottery demand (contract 1 and 4, {@code demand}).
 *
 * @param applicationsPerMonth new applicants in the first month of the horizon
 * @param growthPerMonth       compounded monthly change of new applicants (-0.9 to 10; 0 when not written)
 * @param reapplyRate          probability that a loser enters the next month's draw (0 to 1; 0 when not written)
 * @param preferencePoints     each lost draw adds one point, a ticket weighing 1 + points (false when not written)
 */
public record Demand(double applicationsPerMonth, double growthPerMonth, double reapplyRate,
                     boolean preferencePoints) {

  /** Demand with only the v1 key: no growth, no returns, a uniform draw. */
  public Demand(double applicationsPerMonth) {
    this(applicationsPerMonth, 0, 0, false);
  }

  /** Whether only v1's applicationsPerMonth differs from the defaults. */
  public boolean v1Only() {
    return growthPerMonth == 0 && reapplyRate == 0 && !preferencePoints;
  }
}
