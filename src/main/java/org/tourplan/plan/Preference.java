package org.tourplan.plan;

import java.util.Comparator;

/**
 * The one order in which options that work are preferred, shared by {@code plan} and {@code sweep}: the cheaper
 * first; at equal cost the one with more visitors, then the one that turns fewer persons away, then the one that
 * comes earlier in the plan space (or the sweep's grid), so that the choice never depends on anything else.
 *
 * @param cost       the month's cost
 * @param visitors   mean visitors a month
 * @param turnedAway mean persons turned away a month
 * @param position   place in the plan space's (or grid's) order
 */
public record Preference(double cost, double visitors, double turnedAway, long position) {

  /** Cheaper, then more visitors, then fewer turned away, then earlier. */
  public static final Comparator<Preference> ORDER = Comparator.comparingDouble(Preference::cost)
      .thenComparing(Comparator.comparingDouble(Preference::visitors).reversed())
      .thenComparingDouble(Preference::turnedAway)
      .thenComparingLong(Preference::position);

  /** Whether the two cost the same (a tie the other criteria break). */
  public boolean tiesWith(Preference o) {
    return Double.compare(cost, o.cost) == 0;
  }

  /**
   * Why this option comes before {@code o} of the same cost, in words: "more visitors", "fewer persons turned
   * away" or "earlier in the plan space"; null when they do not cost the same.
   */
  public String whyBefore(Preference o) {
    if (!tiesWith(o)) {
      return null;
    }
    if (Double.compare(visitors, o.visitors) != 0) {
      return "more visitors";
    }
    if (Double.compare(turnedAway, o.turnedAway) != 0) {
      return "fewer persons turned away";
    }
    return "earlier in the plan space";
  }
}
