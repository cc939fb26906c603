package org.tourplan.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.tourplan.cluster.MonthExecutor;
import org.tourplan.cluster.Work;
import org.tourplan.plan.MonthlyCost;
import org.tourplan.run.LimitRule;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.tour.MetricLayout;
import org.tourplan.tour.TourSetup;

/**
 * Runs every variant of a sweep or comparison on one executor and summarises each as {@code simulate} would.
 * Month i of a variant depends only on (its scenario, its seed, i), so the numbers are the same on any executor.
 */
public final class Sweep {
  private Sweep() {
  }

  /** What a sweep or comparison is. */
  public enum Kind {
    /** variants of one file over a grid of values */
    SWEEP,
    /** whole scenario files side by side */
    COMPARE
  }

  /**
   * One variant's outcome.
   *
   * @param variant      the variant
   * @param results      its results, as {@code simulate} gives them
   * @param anyBreach    months that breached at least one limit
   * @param cost         its monthly cost by the planner's rule
   */
  public record Row(Variant variant, Results results, int anyBreach, MonthlyCost cost) {
    /** Share of months that breached at least one limit. */
    public double anyBreachProbability() {
      return results.replications() == 0 ? 0 : (double) anyBreach / results.replications();
    }

    /** SAFE (no month breached), AT RISK (some) or UNSAFE (most), as the report says. */
    public String safety() {
      double p = anyBreachProbability();
      return anyBreach == 0 ? "SAFE" : p > 0.5 ? "UNSAFE" : "AT RISK";
    }

    /** True when the target (if any) is met and no month breached a limit. */
    public boolean good() {
      return anyBreach == 0 && results.target() != null && results.target().met();
    }
  }

  /**
   * Everything a sweep produced.
   *
   * @param kind    sweep or comparison
   * @param name    the base scenario's name (a comparison: the first file's)
   * @param keys    varied keys in order (a comparison: empty)
   * @param rows    one per variant, in grid order
   * @param best    index of the cheapest variant that meets the target without a breach (at equal cost, the one
   *                with most visitors), or -1
   */
  public record Result(Kind kind, String name, List<String> keys, List<Row> rows, int best) { }

  /** Lower cost, or at equal cost more visitors (a bigger group for the same money is the better buy). */
  private static boolean cheaper(Row a, Row b) {
    if (a.cost().cost() != b.cost().cost()) {
      return a.cost().cost() < b.cost().cost();
    }
    return a.results().metric("visitorsPerMonth").summary().mean()
        > b.results().metric("visitorsPerMonth").summary().mean();
  }

  /** Simulates every variant for its own replications. */
  public static Result run(Kind kind, String name, List<String> keys, List<Variant> variants,
                           MonthExecutor executor, IntConsumer progress) {
    List<TourSetup> setups = new ArrayList<>();
    List<Work> work = new ArrayList<>();
    for (Variant v : variants) {
      TourSetup s = new TourSetup(v.scenario());
      setups.add(s);
      work.add(new Work(s, 0, v.scenario().replications()));
    }
    List<double[][]> values = executor.runAll(work, progress);
    List<Row> rows = new ArrayList<>();
    int best = -1;
    for (int i = 0; i < variants.size(); i++) {
      TourSetup s = setups.get(i);
      Results r = Runner.summarise(s, values.get(i));
      Row row = new Row(variants.get(i), r, anyBreach(s, values.get(i)), MonthlyCost.of(variants.get(i).scenario()));
      rows.add(row);
      if (row.good() && (best < 0 || cheaper(row, rows.get(best)))) {
        best = i;
      }
    }
    return new Result(kind, name, List.copyOf(keys), List.copyOf(rows), best);
  }

  private static int anyBreach(TourSetup setup, double[][] v) {
    MetricLayout layout = setup.layout();
    List<LimitRule> rules = LimitRule.of(setup.scenario().limits(), layout);
    int n = v.length == 0 ? 0 : v[0].length;
    int months = 0;
    for (int i = 0; i < n; i++) {
      for (LimitRule r : rules) {
        if (r.breachedBy(v[layout.byName(r.metric()).index()][i])) {
          months++;
          break;
        }
      }
    }
    return months;
  }
}
