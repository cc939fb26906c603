package org.tourplan.app;

import java.nio.file.Path;
import java.util.Optional;
import org.tourplan.run.ClusterProvider;
import org.tourplan.run.ExecutorException;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.MonthExecutor;

/**
 * Where a use case's months run, as plain data: this machine's {@code threads}, or the workers listed in
 * {@code members} (the cluster plug-in, found at run time through {@link ClusterProvider}). A use case opens it for
 * the length of its work and closes it; the numbers are the same wherever they ran.
 *
 * @param threads this machine's threads (the local months, and the work that stays here, such as the lottery)
 * @param batch   months per work unit
 * @param members the cluster's members as given ("host:port,..."), or null to run here
 * @param keyFile the file holding the cluster's shared key, or null (then the environment variable {@link #KEY_ENV})
 * @param port    this command's own member port on the cluster
 */
public record Where(int threads, int batch, String members, Path keyFile, int port) {
  /** The environment variable that holds the cluster's key when no key file is given. */
  public static final String KEY_ENV = ClusterProvider.KEY_ENV;

  /** This machine's threads, in units of {@code batch} months. */
  public static Where local(int threads, int batch) {
    return new Where(threads, batch, null, null, 5701);
  }

  /** This machine's threads, in units of the default size. */
  public static Where local(int threads) {
    return local(threads, MonthExecutor.DEFAULT_BATCH);
  }

  /** The build has no cluster plug-in, so {@code members} cannot be reached. */
  public static final class NoCluster extends IllegalStateException {
    NoCluster() {
      super("this build of tourplan has no cluster support (its cluster plug-in is not in the jar)");
    }
  }

  /** The cluster's key is missing or bad (a problem of the input, not of the command line). */
  public static final class BadKey extends IllegalArgumentException {
    BadKey(String message) {
      super(message);
    }
  }

  /**
   * Checks {@code members} and the key before any work, so that a bad list or key stops the command at once.
   *
   * @throws NoCluster                when the build has no cluster plug-in
   * @throws BadKey                   when the key is missing or bad
   * @throws IllegalArgumentException when the member list is bad (its message says why)
   */
  public void check() {
    if (members != null) {
      cluster();
    }
  }

  /** Whether months run on a cluster. */
  public boolean onCluster() {
    return members != null;
  }

  /** The cluster build's fingerprint that workers compare, or empty when this build has no cluster plug-in. */
  public static Optional<String> fingerprint() {
    return ClusterProvider.installed().map(ClusterProvider::fingerprint);
  }

  /** Whether {@code e} is the cluster refusing or failing the work (no numbers were mixed: bad input, exit 2). */
  public static boolean refused(Throwable e) {
    return e instanceof ExecutorException;
  }

  /** Opens the executor: local threads, or joined to the cluster ({@link ExecutorException} when nobody answers). */
  MonthExecutor open() {
    return members == null ? new LocalExecutor(threads, batch) : cluster().join(port, batch);
  }

  /** Starts a worker of the cluster on {@link #port} (the {@code worker} command). */
  ClusterProvider.Worker startWorker() {
    return cluster().startWorker(port);
  }

  private ClusterProvider.Cluster cluster() {
    ClusterProvider provider = ClusterProvider.installed().orElseThrow(NoCluster::new);
    ClusterProvider.Members parsed = provider.members(members);
    try {
      return parsed.withKey(keyFile, System.getenv(KEY_ENV));
    } catch (IllegalArgumentException e) {
      throw new BadKey(e.getMessage());
    }
  }
}
