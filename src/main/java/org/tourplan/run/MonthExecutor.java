package org.tourplan.run;

import java.util.List;
import java.util.function.IntConsumer;
import org.tourplan.tour.TourSetup;

/**
 * Where months are simulated: the one road from a compiled scenario to its months, for every command. On this
 * machine's cores ({@link LocalExecutor}, the default) or on the members of a Hazelcast cluster (the plug-in in
 * the cluster package, found through {@link ClusterProvider}). Every implementation returns exactly the same numbers
 * for the same work.
 */
public interface MonthExecutor extends AutoCloseable {
  /** Default months per unit: large enough that dispatch costs little, small enough to balance the load. */
  int DEFAULT_BATCH = 10;

  /**
   * Simulates every piece of work and returns, for each in the same order, values[metric][month - from].
   *
   * @param progress called with the number of months finished so far (from any thread); may be null
   */
  List<double[][]> runAll(List<Work> work, IntConsumer progress);

  /** Months {@code from..to)} of one scenario: values[metric][month - from]. */
  default double[][] run(TourSetup setup, int from, int to) {
    return runAll(List.of(new Work(setup, from, to)), null).get(0);
  }

  /** Units dispatched since this executor was made (each batch of months counts once, retries not counted). */
  long units();

  /** Units run again because the worker that had them left (0 where no worker can leave). */
  default long retried() {
    return 0;
  }

  /** A short description for people: "local, 2 threads", "cluster of 2 workers". */
  String describe();

  /** Releases threads and cluster membership; results already returned stay valid. */
  @Override
  void close();
}
