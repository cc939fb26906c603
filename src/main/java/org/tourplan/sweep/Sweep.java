package org.tourplan.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.tourplan.verdict.Breaches;
import org.tourplan.run.MonthExecutor;
import org.tourplan.run.Work;
import org.tourplan.plan.MonthlyCost;
import org.tourplan.run.Compiler;
import org.tourplan.plan.Preference;
import org.tourplan.run.Results;
import org.tourplan.run.Runner;
import org.tourplan.verdict.Verdict;
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

  /** The status of a variant whose values make the file invalid, as tables and files show it. */
  public static final String NOT_VALID = "not valid";

  /**
   * One variant's outcome.
   *
   * @param variant      the variant
   * @param results      its results, as {@code simulate} gives them; null when the variant is not valid
   * @param anyBreach    months that breached at least one limit (0 when not valid)
   * @param cost         its monthly cost by the planner's rule; null when the variant is not valid
   */
  public record Row(Variant variant, Results results, int anyBreach, MonthlyCost cost) {
    /** A variant that is not valid: not simulated, no figures. */
    static Row notValid(Variant v) {
      return new Row(v, null, 0, null);
    }

    /** True when the variant is a valid scenario and was simulated. */
    public boolean valid() {
      return results != null;
    }

    /** Share of months that breached at least one limit (NaN when not valid). */
    public double anyBreachProbability() {
      if (!valid()) {
        return Double.NaN;
      }
      return results.replications() == 0 ? 0 : (double) anyBreach / results.replications();
    }

    /** The verdict of {@code check} and the report for these results (its worst limit's); null when not valid. */
    public Verdict safety() {
      if (!valid()) {
        return null;
      }
      Verdict worst = Verdict.SAFE;
      for (Results.BreachResult b : results.breaches()) {
        worst = worst.worse(Verdict.of(b.monthsBreached(), results.replications()));
      }
      return worst;
    }

    /** The safety verdict's label, or {@link #NOT_VALID}. */
    public String status() {
      return valid() ? safety().label() : NOT_VALID;
    }

    /** True when the variant is valid, the target (if any) is met and no month breached a limit. */
    public boolean good() {
      return valid() && anyBreach == 0 && results.target() != null && results.target().met();
    }
  }

  /**
   * Everything a sweep produced.
   *
   * @param kind    sweep or comparison
   * @param name    the base scenario's name (a comparison: the first file's)
   * @param keys    varied keys in order (a comparison: empty)
   * @param rows    one per variant, in grid order, the variants that are not valid included
   * @param best    index of the valid variant that meets the target without a breach and comes first in the
   *                planner's order of preference ({@link Preference}: cheapest, then most visitors, then fewest
   *                turned away, then first in the grid), or -1; -1 too when the rows that work price their costs in
   *                different currencies ({@link #costsComparable()}), which are never ranked against each other
   */
  public record Result(Kind kind, String name, List<String> keys, List<Row> rows, int best) {
    /** The rows of valid (simulated) variants, in grid order. */
    public List<Row> validRows() {
      return rows.stream().filter(Row::valid).toList();
    }

    /** The currencies of the valid rows' costs, in order of first appearance ("yuan", "cost units"). */
    public List<String> currencies() {
      return currencies(validRows());
    }

    /** Whether every valid row's cost is in one currency, so that costs may be ranked (compared files may differ). */
    public boolean costsComparable() {
      return currencies().size() <= 1;
    }

    /** The rows that reach the target with no limit breached, in grid order. */
    public List<Row> goodRows() {
      return rows.stream().filter(Row::good).toList();
    }

    static List<String> currencies(List<Row> rows) {
      return rows.stream().filter(Row::valid).map(r -> r.cost().costs().currency()).distinct().toList();
    }

    /**
     * The other rows that work and cost exactly as much as the best, in the order of preference (empty: no tie).
     */
    public List<Integer> tiedWithBest() {
      if (best < 0) {
        return List.of();
      }
      Preference top = preference(rows.get(best), best);
      List<Integer> out = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (i != best && rows.get(i).good() && preference(rows.get(i), i).tiesWith(top)) {
          out.add(i);
        }
      }
      out.sort(java.util.Comparator.comparing(i -> preference(rows.get(i), i), Preference.ORDER));
      return out;
    }

    /** Why the best comes before the first row it ties with ("more visitors", ...), or null without a tie. */
    public String tieBrokenBy() {
      List<Integer> tied = tiedWithBest();
      return tied.isEmpty() ? null
          : preference(rows.get(best), best).whyBefore(preference(rows.get(tied.get(0)), tied.get(0)));
    }

    /** The first valid row (every sweep that runs has one). */
    public Row firstValid() {
      return rows.stream().filter(Row::valid).findFirst()
          .orElseThrow(() -> new IllegalStateException("no valid variant"));
    }
  }

  /** Where a valid row stands in the planner's own order of preference; its position is its place in the grid. */
  static Preference preference(Row r, int position) {
    return new Preference(r.cost().cost(), r.results().metric("visitorsPerMonth").summary().mean(),
        r.results().metric("turnedAway").summary().mean(), position);
  }

  /**
   * Simulates every valid variant for its own replications; a variant that is not valid becomes a row without
   * figures and is never sent to the executor (so local and cluster runs see the same work).
   */
  public static Result run(Kind kind, String name, List<String> keys, List<Variant> variants,
                           MonthExecutor executor, IntConsumer progress) {
    List<TourSetup> setups = new ArrayList<>();
    List<Work> work = new ArrayList<>();
    Compiler compiler = new Compiler();
    for (Variant v : variants) {
      if (!v.valid()) {
        continue;
      }
      TourSetup s = compiler.compile(v.scenario());
      setups.add(s);
      work.add(new Work(s, 0, v.scenario().replications()));
    }
    List<double[][]> values = work.isEmpty() ? List.of() : executor.runAll(work, progress);
    List<Row> rows = new ArrayList<>();
    int best = -1;
    int w = 0;
    for (int i = 0; i < variants.size(); i++) {
      Variant v = variants.get(i);
      if (!v.valid()) {
        rows.add(Row.notValid(v));
        continue;
      }
      TourSetup s = setups.get(w);
      double[][] months = values.get(w++);
      Results r = Runner.summarise(s, months);
      Row row = new Row(v, r, anyBreach(s, months), MonthlyCost.of(v.scenario()));
      rows.add(row);
      if (row.good() && (best < 0
          || Preference.ORDER.compare(preference(row, i), preference(rows.get(best), best)) < 0)) {
        best = i;
      }
    }
    if (Result.currencies(rows.stream().filter(Row::good).toList()).size() > 1) {
      best = -1; // 210,450 yuan against 52,700 cost units is no ranking: no rate between them is known
    }
    return new Result(kind, name, List.copyOf(keys), List.copyOf(rows), best);
  }

  private static int anyBreach(TourSetup setup, double[][] v) {
    return new Breaches(setup.scenario().limits(), setup.layout()).add(v, v.length == 0 ? 0 : v[0].length).breached();
  }
}
