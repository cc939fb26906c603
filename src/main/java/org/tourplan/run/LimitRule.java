package org.tourplan.run;

import java.util.ArrayList;
import java.util.List;
import org.tourplan.scenario.Limits;
import org.tourplan.tour.MetricLayout;

/**
 * How a month breaches one limit of spec section 1 (a limit is breached when strictly exceeded): the metric
 * that carries the month's worst value and the threshold it must not exceed. Counting limits (closeTime,
 * maxTourMinutes, blackouts) are breached by any offending tour or group, i.e. a count above 0.
 *
 * @param name      limit key under {@code limits}
 * @param metric    dotted name of the metric compared
 * @param threshold the month breaches when the metric's value is strictly above it
 * @param limit     the limit as written (for messages); NaN for limits that are not a number
 */
public record LimitRule(String name, String metric, double threshold, double limit) {

  /** Whether a month with this metric value breaches the limit (no observation: no breach). */
  public boolean breachedBy(double value) {
    return !Double.isNaN(value) && value > threshold;
  }

  /** The rules of a scenario's limits, in the order of spec section 1. */
  public static List<LimitRule> of(Limits l, MetricLayout layout) {
    List<LimitRule> rules = new ArrayList<>();
    if (l.floorVisitors() != null) {
      rules.add(new LimitRule("floorVisitors", "floorPeakVisitors", l.floorVisitors(), l.floorVisitors()));
    }
    if (l.evacuationMinutes() != null && layout.byName("evacuationMinutesMax") != null) {
      rules.add(new LimitRule("evacuationMinutes", "evacuationMinutesMax", l.evacuationMinutes(),
          l.evacuationMinutes()));
    }
    if (l.maxWaitMinutes() != null) {
      rules.add(new LimitRule("maxWaitMinutes", "maxFloorWaitMinutes", l.maxWaitMinutes(), l.maxWaitMinutes()));
    }
    if (l.maxTourMinutes() != null) {
      rules.add(new LimitRule("maxTourMinutes", "longTours", 0, l.maxTourMinutes()));
    }
    if (l.closeTime() != null) {
      rules.add(new LimitRule("closeTime", "overrunTours", 0, l.closeTime().toSecondOfDay() / 60.0));
    }
    if (l.noiseDosePercent() != null) {
      rules.add(new LimitRule("noiseDosePercent", "noiseDoseMaxPercent", l.noiseDosePercent(),
          l.noiseDosePercent()));
    }
    if (!l.blackouts().isEmpty()) {
      rules.add(new LimitRule("blackouts", "blackoutViolations", 0, Double.NaN));
    }
    return rules;
  }
}
