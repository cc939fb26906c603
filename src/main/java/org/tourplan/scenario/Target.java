package org.tourplan.scenario;

/**
 * Monthly target (contract 1, {@code target}).
 *
 * @param visitorsPerMonth the number to reach, in {@code unit}
 * @param unit             what is counted
 * @param confidence       required probability that a month reaches the target
 */
public record Target(double visitorsPerMonth, Unit unit, double confidence) {
  /** What the target counts. */
  public enum Unit {
    /** Persons admitted. */
    VISITORS,
    /** Parties admitted. */
    PLACES
  }
}
