package org.tourplan.app;

import org.tourplan.run.ClusterProvider;

/**
 * The {@code worker} use case: a member of the cluster that runs other commands' months until it is closed (a
 * graceful leave: the others see it go before it stops).
 *
 * @param address      the address it listens on, as {@code --cluster} takes it ({@code 10.0.0.5:5701},
 *                     {@code [::1]:5851}; the port is the next free one when the asked one was taken)
 * @param fingerprint  the build's fingerprint the members compare
 * @param clusterName  the cluster it joined
 * @param members      members in the cluster when it joined
 * @param loopbackOnly whether it runs without a key, so only on this machine's loopback address
 * @param stop         leaves the cluster
 */
public record WorkerJob(String address, String fingerprint, String clusterName, int members,
                        boolean loopbackOnly, Runnable stop) implements AutoCloseable {

  /**
   * Starts a worker on {@code where.port()} of the cluster {@code where.members()}.
   *
   * @throws Where.NoCluster when this build has no cluster plug-in
   * @throws RuntimeException when the member cannot start (its message says why)
   */
  public static WorkerJob start(Where where) {
    String fingerprint = Where.fingerprint().orElseThrow(Where.NoCluster::new);
    ClusterProvider.Worker w = where.startWorker();
    return new WorkerJob(w.address(), fingerprint, w.clusterName(), w.members(), w.loopbackOnly(), w::close);
  }

  /** Leaves the cluster. */
  @Override
  public void close() {
    stop.run();
  }
}
