package org.tourplan.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Shuttles;
import org.tourplan.roster.FleetPlan;

/**
 * The same scenario simulated with each shuttle mode ({@code dedicated}, {@code pooled}, {@code planned}) on the
 * same fleet, seed and replications, side by side: plain data for the {@code shuttles --compare} table and the
 * report.
 *
 * @param scenario     the scenario's name (untrusted text)
 * @param replications months simulated per mode
 * @param seed         base seed (the same for every mode: months see the same check-ins, dwells and boardings)
 * @param vehicles     the fleet (the file's)
 * @param modes        one row per mode that could run, in enum order
 * @param skipped      modes that could not run, with the reason (a shared fleet needs travel between every place a
 *                     vehicle can stand and every route zone)
 */
public record ModeComparison(String scenario, int replications, long seed, int vehicles, List<ModeResult> modes,
                             Map<Shuttles.Mode, String> skipped) {

  /**
   * One mode's figures over the months.
   *
   * @param mode              the shuttle mode
   * @param shuttleMeanWait   mean over months of the month's mean wait for vehicles at pickups (minutes)
   * @param shuttleMaxWait    longest wait for vehicles in any month (minutes)
   * @param maxFloorWait      longest single wait on the floor in any month (minutes; entry or pickup)
   * @param breachProbability limit name -> share of months breaching it (contract 2.7), in contract order
   * @param rosterHeldShare   planned mode: mean over months of the share of rides whose vehicles were at the
   *                          pickup by the planned start of boarding; NaN in other modes
   * @param unplannedRides    planned mode: mean rides a month served by the fallback dispatch; NaN otherwise
   * @param results           the full results of the mode's run
   */
  public record ModeResult(Shuttles.Mode mode, double shuttleMeanWait, double shuttleMaxWait, double maxFloorWait,
                           Map<String, Double> breachProbability, double rosterHeldShare, double unplannedRides,
                           Results results) {

    /**
     * Share of months that breach at least one limit (0 when the scenario has no limits): per month, any rule of
     * {@link Results#breaches()} breached by that month's value of its metric.
     */
    public double anyBreachProbability() {
      int n = results.replications();
      if (n == 0 || results.breaches().isEmpty()) {
        return 0.0;
      }
      boolean[] breached = new boolean[n];
      for (Results.BreachResult b : results.breaches()) {
        Results.MetricResult m = results.metric(b.rule().metric());
        if (m == null) {
          continue;
        }
        for (int i = 0; i < n && i < m.values().length; i++) {
          breached[i] |= b.rule().breachedBy(m.values()[i]);
        }
      }
      int months = 0;
      for (boolean x : breached) {
        months += x ? 1 : 0;
      }
      return (double) months / n;
    }
  }

  /** The row of a mode, or null when it was skipped. */
  public ModeResult mode(Shuttles.Mode mode) {
    for (ModeResult m : modes) {
      if (m.mode() == mode) {
        return m;
      }
    }
    return null;
  }

  /** Simulates {@code scenario} once per shuttle mode, with its own seed, replications and fleet. */
  public static ModeComparison of(Scenario scenario, int threads) {
    return of(scenario, threads, null);
  }

  /**
   * As {@link #of(Scenario, int)}, reusing {@code own}: results the scenario already produced in its own mode
   * (same seed and months, so the same numbers), which saves one of the three runs. May be null.
   */
  public static ModeComparison of(Scenario scenario, int threads, Results own) {
    try (MonthExecutor local = new LocalExecutor(threads)) {
      return of(scenario, local, own);
    }
  }

  /** As {@link #of(Scenario, int, Results)}, with the months run on an executor (local threads or a cluster). */
  public static ModeComparison of(Scenario scenario, MonthExecutor executor, Results own) {
    return of(scenario, executor, own, null);
  }

  /**
   * As {@link #of(Scenario, MonthExecutor, Results)}, with the rosters of the file's fleet when the caller already
   * planned them (the planned-mode run then needs no jsprit solve of its own); may be null.
   */
  public static ModeComparison of(Scenario scenario, MonthExecutor executor, Results own, FleetPlan rosters) {
    Compiler compiler = new Compiler();
    List<ModeResult> rows = new ArrayList<>();
    Map<Shuttles.Mode, String> skipped = new LinkedHashMap<>();
    for (Shuttles.Mode mode : Shuttles.Mode.values()) {
      String why = mode == Shuttles.Mode.DEDICATED ? null : unreachable(scenario);
      if (why != null) {
        skipped.put(mode, why);
        continue;
      }
      Results r = own != null && mode == scenario.shuttles().mode() ? own
          : Runner.simulate(compiler.compile(withMode(scenario, mode), rosters), executor);
      Map<String, Double> breach = new LinkedHashMap<>();
      for (Results.BreachResult b : r.breaches()) {
        breach.put(b.rule().name(), b.probability());
      }
      Results.MetricResult held = r.metric("shuttle", "rosterHeldShare");
      Results.MetricResult unplanned = r.metric("shuttle", "unplannedRides");
      rows.add(new ModeResult(mode, r.metric("shuttle", "meanWaitMinutes").summary().mean(),
          r.metric("shuttle", "maxWaitMinutes").summary().max(), r.metric("maxFloorWaitMinutes").summary().max(),
          breach, held == null ? Double.NaN : held.summary().mean(),
          unplanned == null ? Double.NaN : unplanned.summary().mean(), r));
    }
    return new ModeComparison(scenario.name(), scenario.replications(), scenario.seed(),
        scenario.shuttles().vehicles(), List.copyOf(rows), java.util.Collections.unmodifiableMap(skipped));
  }

  /** The scenario with another shuttle mode, everything else unchanged. */
  public static Scenario withMode(Scenario s, Shuttles.Mode mode) {
    return s.toBuilder().shuttles(s.shuttles().withMode(mode)).build();
  }

  /** Why a shared fleet cannot run on this travel table (as the loader checks for pooled mode), or null. */
  private static String unreachable(Scenario s) {
    List<String> stands = new ArrayList<>(s.route());
    stands.add(s.returnTo());
    stands.add(s.shuttles().depot());
    for (String from : stands) {
      for (String to : s.route()) {
        if (!Double.isFinite(s.travel().minutes(from, to))) {
          return "no travel path from " + from + " to " + to + ", which a shared vehicle may need";
        }
      }
    }
    return null;
  }
}
