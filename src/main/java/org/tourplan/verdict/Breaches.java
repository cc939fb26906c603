package org.tourplan.verdict;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.scenario.Limits;
import org.tourplan.tour.MetricLayout;

/**
 * Months that breach a scenario's limits, counted over one or more batches of simulated months (value arrays laid
 * out metric x month): how many months breach any limit, and how many breach each. The one place the planner's
 * search, its confirmation on fresh months and sweeps count "months breaching any limit".
 */
public final class Breaches {
  private final List<LimitRule> rules;
  private final int[] index;
  private final Map<String, Integer> byLimit = new LinkedHashMap<>();
  private int months;
  private int breached;

  /** No months counted yet, for the limits of a scenario compiled to {@code layout}. */
  public Breaches(Limits limits, MetricLayout layout) {
    rules = LimitRule.of(limits, layout);
    index = rules.stream().mapToInt(r -> layout.byName(r.metric()).index()).toArray();
  }

  /** Counts months {@code 0..n-1} of {@code values} (metric x month) in. */
  public Breaches add(double[][] values, int n) {
    for (int i = 0; i < n; i++) {
      boolean any = false;
      for (int r = 0; r < rules.size(); r++) {
        if (rules.get(r).breachedBy(values[index[r]][i])) {
          any = true;
          byLimit.merge(rules.get(r).name(), 1, Integer::sum);
        }
      }
      breached += any ? 1 : 0;
    }
    months += n;
    return this;
  }

  /** Months counted. */
  public int months() {
    return months;
  }

  /** Months that breached at least one limit. */
  public int breached() {
    return breached;
  }

  /** Limit name -> months that breached it, for the limits breached at least once (a copy). */
  public Map<String, Integer> byLimit() {
    return Map.copyOf(byLimit);
  }
}
