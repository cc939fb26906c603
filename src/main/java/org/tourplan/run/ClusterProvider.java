package org.tourplan.run;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Months on other machines: the cluster plug-in, found at run time through {@link ServiceLoader} (the Hazelcast one
 * registers itself in {@code META-INF/services/org.tourplan.run.ClusterProvider}). Nothing in tourplan names a
 * provider, so a build without one runs every command on this machine's cores, and asking it for a cluster
 * ({@code --cluster}, {@code worker}) is refused in words (exit 2).
 *
 * <p>The steps are those of the command line: the member list is parsed first (a bad one is a usage error), then
 * the shared key is found, both before any work starts; then the command joins as a client, or starts a worker.
 */
public interface ClusterProvider {
  /** The environment variable that holds a cluster's shared key when no key file is given. */
  String KEY_ENV = "TOURPLAN_CLUSTER_KEY";

  /** The provider of this build, if it has one. */
  static Optional<ClusterProvider> installed() {
    return first(ServiceLoader.load(ClusterProvider.class, ClusterProvider.class.getClassLoader()));
  }

  /** The first of {@code providers}, or none (one build carries at most one cluster plug-in). */
  static Optional<ClusterProvider> first(Iterable<ClusterProvider> providers) {
    Iterator<ClusterProvider> it = providers.iterator();
    return it.hasNext() ? Optional.of(it.next()) : Optional.empty();
  }

  /** This build's fingerprint: workers take work only from a command of the same build. */
  String fingerprint();

  /**
   * The members a command lists ({@code --cluster HOST:PORT,...}).
   *
   * @throws IllegalArgumentException saying what is wrong with the list, in words
   */
  Members members(String list);

  /** A parsed member list. */
  interface Members {
    /**
     * The cluster with its shared key: from {@code keyFile} when given, else {@code keyFromEnvironment} (the value
     * of {@link #KEY_ENV}, may be null); without either, only a cluster on this machine's loopback.
     *
     * @throws IllegalArgumentException when the key is unreadable, too short or missing for other machines
     */
    Cluster withKey(Path keyFile, String keyFromEnvironment);
  }

  /** A cluster whose members and key were checked. */
  interface Cluster {
    /**
     * Joins the cluster from {@code port} (or the next free port) and returns an executor that runs units of
     * {@code batch} months on its workers.
     *
     * @throws ExecutorException when no worker answers, or one runs another build
     */
    MonthExecutor join(int port, int batch);

    /** Starts a worker on this machine at {@code port} (or the next free port); it runs units until closed. */
    Worker startWorker(int port);
  }

  /** A worker running on this machine. */
  interface Worker extends AutoCloseable {
    /**
     * The address it listens on, as {@code --cluster} takes it ({@code 10.0.0.5:5701}, {@code [::1]:5851}): an IPv6
     * address in brackets and shortened, never the expanded {@code 0:0:0:0:0:0:0:1}.
     */
    String address();

    /** The cluster's name (derived from the key, so clusters with other keys never merge). */
    String clusterName();

    /** Members of the cluster it sees now, itself included. */
    int members();

    /** True when it runs without a key, so that only this machine's loopback can reach it. */
    boolean loopbackOnly();

    /** Leaves the cluster gracefully: the others see it go before it stops. */
    @Override
    void close();
  }
}
