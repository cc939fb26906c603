package org.tourplan.verdict;

import java.util.ArrayList;
import java.util.List;
import org.tourplan.scenario.LimitKind;
import org.tourplan.scenario.Limits;
import org.tourplan.tour.MetricLayout;

/**
 * How a month breaches one limit (a limit is breached when strictly exceeded): the metric that carries the month's
 * worst value and the threshold it must not exceed. Counting limits (closeTime, maxTourMinutes, blackouts) are
 * breached by any offending tour or group, i.e. a count above 0.
 *
 * @param kind      which limit
 * @param threshold the month breaches when the metric's value is strictly above it
 * @param limit     the limit as written (for messages); NaN for limits that are not a number
 */
public record LimitRule(LimitKind kind, double threshold, double limit) {

  /** The limit key under {@code limits}, e.g. "floorVisitors". */
  public String name() {
    return kind.key();
  }

  /** Dotted name of the metric compared. */
  public String metric() {
    return kind.metric();
  }

  /** Whether a month with this metric value breaches the limit (no observation: no breach). */
  public boolean breachedBy(double value) {
    return !Double.isNaN(value) && value > threshold;
  }

  /** The rules of a scenario's limits, in {@link LimitKind} order. */
  public static List<LimitRule> of(Limits l, MetricLayout layout) {
    List<LimitRule> rules = new ArrayList<>();
    for (LimitKind kind : LimitKind.values()) {
      if (!l.has(kind) || layout.byName(kind.metric()) == null) {
        continue; // evacuation needs exit data: without it the metric, and so the limit, does not exist
      }
      double limit = l.value(kind);
      rules.add(new LimitRule(kind, kind.counting() ? 0 : limit, limit));
    }
    return rules;
  }
}
