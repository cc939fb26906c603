package org.tourplan.run;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.tourplan.tour.MonthSimulation;
import org.tourplan.tour.TourSetup;

/**
 * Runs replications on a fixed number of threads. Each thread owns one {@link MonthSimulation} and takes the next
 * replication index from a shared counter; month i's numbers depend only on (seed, i) and land in slot i, so the
 * result is identical whatever the thread count or the order in which threads finish.
 */
public final class Replications {
  private Replications() {
  }

  /**
   * Simulates replications {@code 0..n)} and returns values[metric][replication].
   *
   * @param progress called with the number of months finished so far (from worker threads); may be null
   */
  public static double[][] run(TourSetup setup, int n, int threads, IntConsumer progress) {
    return run(setup, 0, n, threads, progress);
  }

  /**
   * Simulates replications {@code from..to)} and returns values[metric][replication - from]: month i is the
   * same whichever range it is simulated in, so a run can be extended batch by batch.
   */
  public static double[][] run(TourSetup setup, int from, int to, int threads, IntConsumer progress) {
    int metrics = setup.layout().size();
    int n = to - from;
    Budget.check(setup, n, threads);
    double[][] values = new double[metrics][n];
    AtomicInteger done = new AtomicInteger();
    Workers.run(n, threads, () -> {
      MonthSimulation month = new MonthSimulation(setup);
      double[] out = new double[metrics];
      return i -> {
        month.run(from + i, out);
        for (int m = 0; m < metrics; m++) {
          values[m][i] = out[m];
        }
        int finished = done.incrementAndGet();
        if (progress != null) {
          progress.accept(finished);
        }
      };
    });
    return values;
  }
}
