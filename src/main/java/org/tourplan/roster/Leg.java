package org.tourplan.roster;

/**
 * One stretch of a vehicle's planned day (a bar of the vehicle Gantt chart). Times are minutes from 00:00 on the
 * plan's date. Idle time is the gap between legs.
 *
 * @param kind  empty drive, boarding or ride
 * @param start start, minutes from 00:00 on the date
 * @param end   end
 * @param from  where the leg starts
 * @param to    where it ends (equal to from for boarding)
 * @param tour  the tour the leg serves (for an empty drive: the tour it drives to), index among the date's tours
 * @param ride  that tour's ride index, 0-based
 * @param label the tour's name, for example {@code tour 09:00}
 */
public record Leg(Kind kind, double start, double end, String from, String to, int tour, int ride, String label) {
  /** What the vehicle does. */
  public enum Kind {
    /** Driving without passengers to the next pickup. */
    EMPTY,
    /** At the pickup while the group boards (the ride's service time). */
    BOARD,
    /** Carrying the group to its next zone. */
    RIDE
  }

  /** Minutes the leg lasts. */
  public double minutes() {
    return end - start;
  }
}
