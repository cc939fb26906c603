package org.tourplan.run;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.tourplan.scenario.Scenario;
import org.tourplan.scenario.Target;
import org.tourplan.tour.Metric;
import org.tourplan.tour.MetricLayout;
import org.tourplan.tour.TourSetup;
import org.tourplan.verdict.LimitRule;

/**
 * Simulating a compiled scenario's months and summarising them into {@link Results}: the building block of every use
 * case that simulates (see {@code app}).
 */
public final class Runner {
  private Runner() {
  }

  /** Simulates {@code scenario.replications()} months on {@code threads} threads. */
  public static Results simulate(Scenario scenario, int threads, IntConsumer progress) {
    TourSetup setup = new Compiler().compile(scenario);
    int n = scenario.replications();
    double[][] values = Replications.run(setup, n, threads, progress);
    return summarise(setup, values);
  }

  /** Simulates the compiled scenario's {@code replications()} months on an executor (local threads or a cluster). */
  public static Results simulate(TourSetup setup, MonthExecutor executor) {
    return simulate(setup, setup.scenario().replications(), executor);
  }

  /** Simulates months {@code 0..months)} of a compiled scenario on an executor. */
  public static Results simulate(TourSetup setup, int months, MonthExecutor executor) {
    return summarise(setup, executor.run(setup, 0, months));
  }

  /** Builds results from per-month values laid out by the setup's metric layout. */
  public static Results summarise(TourSetup setup, double[][] values) {
    Scenario sc = setup.scenario();
    MetricLayout layout = setup.layout();
    int n = values.length == 0 ? 0 : values[0].length;
    List<Results.MetricResult> metrics = new ArrayList<>();
    for (Metric m : layout.metrics()) {
      metrics.add(new Results.MetricResult(m.path(), Summary.of(values[m.index()]), values[m.index()]));
    }
    Results.TargetResult target = null;
    if (sc.target() != null) {
      Target t = sc.target();
      double[] v = values[t.unit() == Target.Unit.PLACES ? layout.places() : layout.visitors()];
      int met = 0;
      for (double x : v) {
        if (x >= t.visitorsPerMonth()) {
          met++;
        }
      }
      double p = n == 0 ? 0 : (double) met / n;
      target = new Results.TargetResult(t.visitorsPerMonth(), t.unit(), t.confidence(), met, p, p >= t.confidence());
    }
    List<Results.BreachResult> breaches = new ArrayList<>();
    for (LimitRule rule : LimitRule.of(sc.limits(), layout)) {
      double[] v = values[layout.byName(rule.metric()).index()];
      int months = 0;
      for (double x : v) {
        if (rule.breachedBy(x)) {
          months++;
        }
      }
      breaches.add(new Results.BreachResult(rule, months, n == 0 ? 0 : (double) months / n));
    }
    Results.DemandResult demand = null;
    LotteryResult lottery = null;
    if (sc.demand() != null) {
      int tours = setup.tourCount();
      double apps = sc.demand().applicationsPerMonth();
      demand = new Results.DemandResult(apps, tours, (double) tours * sc.group().size() / apps);
      // one month (H = 1): one cohort, so no random draw is needed; run anyway for the same code path
      long s = LotteryRun.invitations(tours, sc.group().size(), sc.group().overbook());
      lottery = LotteryRun.run(sc.demand(), List.of(sc.month()), new long[] {s}, sc.seed(), n, 1);
    }
    return new Results(sc.name(), sc.month(), sc.seed(), n, metrics, target, breaches, demand, lottery);
  }
}
