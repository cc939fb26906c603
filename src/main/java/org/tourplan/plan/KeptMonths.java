package org.tourplan.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tourplan.run.MonthExecutor;
import org.tourplan.scenario.LimitKind;
import org.tourplan.scenario.Limits;
import org.tourplan.tour.MetricLayout;
import org.tourplan.tour.TourSetup;
import org.tourplan.verdict.LimitRule;

/**
 * The fresh months of one confirmation, kept: for each limit of the scenario, every month's value of the metric that
 * judges it, and for a counting limit with a worst value behind it (maxTourMinutes: the month's longest tour) that
 * value too. A changed limit can then be judged on the very months the confirmation saw, month by month, instead of
 * guessed: the limits never change what is simulated, only how a month is judged. Months are those from
 * {@link Confirmer#CONFIRM_FROM} on, in order; {@link #extend} simulates more of them.
 */
final class KeptMonths {
  private final TourSetup setup;
  private final List<LimitRule> rules;
  private final int[] metric;  // per rule: the metric its rule compares
  private final int[] worst;   // per rule: the metric carrying the month's worst value (-1: none)
  private double[][] judged;   // rule x month: the judged metric
  private double[][] values;   // rule x month: the worst value (NaN where worst < 0)
  private int months;

  KeptMonths(TourSetup setup) {
    this.setup = setup;
    Limits l = setup.scenario().limits();
    MetricLayout layout = setup.layout();
    rules = LimitRule.of(l, layout);
    metric = new int[rules.size()];
    worst = new int[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      metric[r] = layout.byName(rules.get(r).metric()).index();
      String w = worstMetric(rules.get(r).kind());
      worst[r] = w == null || layout.byName(w) == null ? -1 : layout.byName(w).index();
    }
    judged = new double[rules.size()][0];
    values = new double[rules.size()][0];
  }

  /** The month metric that carries a limit's worst value, the one a changed limit is compared with; or null. */
  static String worstMetric(LimitKind k) {
    return switch (k) {
      case MAX_TOUR_MINUTES -> "tourMinutesMax"; // longTours counts the tours above it: the same comparison
      case CLOSE_TIME, BLACKOUTS -> null;        // counts only: no month value to move the limit against
      default -> k.metric();
    };
  }

  /** Keeps the first {@code n} months of a batch (metric x month) as the next months. */
  void add(double[][] batch, int n) {
    int size = months + n;
    for (int r = 0; r < rules.size(); r++) {
      judged[r] = grow(judged[r], size);
      values[r] = grow(values[r], size);
      for (int i = 0; i < n; i++) {
        judged[r][months + i] = batch[metric[r]][i];
        values[r][months + i] = worst[r] < 0 ? Double.NaN : batch[worst[r]][i];
      }
    }
    months = size;
  }

  private static double[] grow(double[] a, int size) {
    return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, 2 * a.length));
  }

  /** Simulates the fresh months up to {@code n} (counted in {@code counter}) when fewer are kept. */
  void extend(MonthExecutor executor, int n, long[] counter) {
    if (n > months) {
      int from = months;
      add(executor.run(setup, Confirmer.CONFIRM_FROM + from, Confirmer.CONFIRM_FROM + n), n - from);
      counter[0] += n - from;
    }
  }

  int months() {
    return months;
  }

  TourSetup setup() {
    return setup;
  }

  /** The limits judged, in {@link LimitKind} order. */
  List<LimitKind> kinds() {
    return rules.stream().map(LimitRule::kind).toList();
  }

  /** The worst values of a limit over the first {@code n} months (NaN: the month observed none), or null. */
  double[] values(LimitKind k, int n) {
    for (int r = 0; r < rules.size(); r++) {
      if (rules.get(r).kind() == k && worst[r] >= 0) {
        return Arrays.copyOf(values[r], n);
      }
    }
    return null;
  }

  /**
   * Whether each of the first {@code n} months breaches some limit, with the limits of {@code changed} judged at
   * their new value against the month's worst value (strictly above breaches, as for every limit) and the limits in
   * {@code ignored} left out.
   */
  boolean[] breached(int n, Map<LimitKind, Double> changed, List<LimitKind> ignored) {
    boolean[] out = new boolean[n];
    for (int r = 0; r < rules.size(); r++) {
      LimitKind k = rules.get(r).kind();
      if (ignored.contains(k)) {
        continue;
      }
      Double v = changed.get(k);
      for (int i = 0; i < n; i++) {
        double x = v == null ? judged[r][i] : values[r][i];
        out[i] |= v == null ? rules.get(r).breachedBy(x) : !Double.isNaN(x) && x > v;
      }
    }
    return out;
  }

  /** Months of the first {@code n} that breach each limit (as the confirmation counted them), limits in order. */
  List<Map.Entry<LimitKind, Integer>> byLimit(int n) {
    List<Map.Entry<LimitKind, Integer>> out = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      int c = 0;
      for (int i = 0; i < n; i++) {
        c += rules.get(r).breachedBy(judged[r][i]) ? 1 : 0;
      }
      if (c > 0) {
        out.add(Map.entry(rules.get(r).kind(), c));
      }
    }
    return out;
  }
}
