package org.tourplan.run;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import org.tourplan.tour.MonthSimulation;
import org.tourplan.tour.TourSetup;

/**
 * Simulates on this machine's threads. One range of one scenario goes straight to {@link Replications} (month by
 * month over all threads, as before executors existed); several pieces of work are split into {@link Unit}s that
 * threads take one at a time, each thread keeping one {@link MonthSimulation} per scenario. Either way month i
 * lands in slot i, so results do not depend on the thread count or on timing.
 */
public final class LocalExecutor implements MonthExecutor {
  private final int threads;
  private final int batch;
  private final AtomicLong units = new AtomicLong();

  /** An executor on {@code threads} threads with the default batch. */
  public LocalExecutor(int threads) {
    this(threads, DEFAULT_BATCH);
  }

  /** An executor on {@code threads} threads, {@code batch} months per unit. */
  public LocalExecutor(int threads, int batch) {
    if (threads < 1 || batch < 1) {
      throw new IllegalArgumentException("threads and batch must be >= 1");
    }
    this.threads = threads;
    this.batch = batch;
  }

  @Override
  public double[][] run(TourSetup setup, int from, int to) {
    units.addAndGet(Unit.split(List.of(new Work(setup, from, to)), batch).size());
    return Replications.run(setup, from, to, threads, null);
  }

  @Override
  public List<double[][]> runAll(List<Work> work, IntConsumer progress) {
    List<double[][]> out = allocate(work);
    List<Unit> todo = Unit.split(work, batch);
    units.addAndGet(todo.size());
    AtomicInteger months = new AtomicInteger();
    Workers.run(todo.size(), threads, () -> {
      Map<TourSetup, MonthSimulation> sims = new IdentityHashMap<>();
      return i -> {
        Unit u = todo.get(i);
        Work x = work.get(u.work());
        MonthSimulation sim = sims.computeIfAbsent(x.setup(), MonthSimulation::new);
        store(out.get(u.work()), u.from() - x.from(), simulate(sim, x.setup(), u.from(), u.to()));
        int done = months.addAndGet(u.months());
        if (progress != null) {
          progress.accept(done);
        }
      };
    });
    return out;
  }

  /** Months {@code from..to)} on one simulation: values[metric][month - from] (also what cluster members run). */
  public static double[][] simulate(MonthSimulation sim, TourSetup setup, int from, int to) {
    int metrics = setup.layout().size();
    double[][] values = new double[metrics][to - from];
    double[] row = new double[metrics];
    for (int i = from; i < to; i++) {
      sim.run(i, row);
      for (int m = 0; m < metrics; m++) {
        values[m][i - from] = row[m];
      }
    }
    return values;
  }

  /** Result arrays for every piece of work: [metric][month - from]. */
  public static List<double[][]> allocate(List<Work> work) {
    budget(work);
    List<double[][]> out = new ArrayList<>();
    for (Work x : work) {
      out.add(new double[x.setup().layout().size()][x.to() - x.from()]);
    }
    return out;
  }

  /**
   * Refuses (exit 2) work whose month values, with one simulation of each scenario, would not fit the heap, or
   * that would take too long: checked before anything runs, so nothing is lost.
   */
  static void budget(List<Work> work) {
    long bytes = 0;
    long events = 0;
    long months = 0;
    Map<TourSetup, Boolean> seen = new IdentityHashMap<>();
    for (Work x : work) {
      long m = x.to() - x.from();
      months += m;
      bytes += Budget.monthBytes(x.setup(), m);
      events += x.setup().eventsPerMonth() * m;
      if (seen.put(x.setup(), Boolean.TRUE) == null) {
        bytes += x.setup().simulationBytes();
      }
    }
    Budget.check("simulating " + String.format(java.util.Locale.ROOT, "%,d", months) + " months of "
        + seen.size() + (seen.size() == 1 ? " scenario" : " scenarios"), bytes, events);
  }

  /** Copies a unit's values into its work's arrays at {@code offset}. */
  public static void store(double[][] into, int offset, double[][] values) {
    for (int m = 0; m < into.length; m++) {
      System.arraycopy(values[m], 0, into[m], offset, values[m].length);
    }
  }

  @Override
  public long units() {
    return units.get();
  }

  @Override
  public String describe() {
    return "this computer with " + threads + (threads == 1 ? " thread" : " threads");
  }

  @Override
  public void close() {
    // threads live only inside runAll
  }
}
