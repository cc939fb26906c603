package org.tourplan.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import org.tourplan.scenario.Bounds;
import org.tourplan.run.ClusterProvider;
import org.tourplan.run.ExecutorException;
import org.tourplan.run.LocalExecutor;
import org.tourplan.run.MonthExecutor;

/** Where months run: this machine's threads (default) or the workers of a cluster ({@code --cluster}). */
final class ClusterOptions {
  @Option(names = "--cluster", paramLabel = "HOST:PORT,...",
      description = "Run on the tourplan workers at these addresses (each started with 'tourplan worker'), "
          + "listed one by one; the numbers are the same as on this machine alone. A host alone means port 5701.")
  String cluster;

  @Option(names = "--cluster-port", paramLabel = "P", defaultValue = "5701",
      description = "With --cluster: this command's own member port (the next free one is taken when it is in "
          + "use; workers connect back to it). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--cluster-key-file", paramLabel = "FILE",
      description = "With --cluster: the file holding the cluster's shared key (the same on every machine; else "
          + "the environment variable " + ClusterProvider.KEY_ENV + "). Required when the cluster spans machines; see "
          + "docs/cluster.md.")
  Path keyFile;

  @Option(names = "--batch", paramLabel = "M", defaultValue = "10",
      description = "Months per work unit (default: ${DEFAULT-VALUE}). Results do not depend on it.")
  int batch;

  private ClusterProvider.Cluster target;

  /** Usage errors (exit 2) for bad values; parses the member list. */
  void check(CommandLine cl) {
    RunOptions.bounded(cl, "--batch", batch, Bounds.BATCH);
    if (port < 1 || port > 65535) {
      throw new CommandLine.ParameterException(cl, "--cluster-port: found " + port + ", expected 1 to 65535");
    }
    if (cluster != null) {
      target = checked(cl, provider("--cluster",
          "run without --cluster to use this machine's cores"), cluster, keyFile);
    }
  }

  /**
   * The cluster plug-in of this build (found at run time, see {@link ClusterProvider}); a build without one stops
   * with exit 2, saying so, before any work.
   */
  static ClusterProvider provider(String option, String instead) {
    return ClusterProvider.installed().orElseThrow(() -> new UserError(option + ": this build of tourplan has no "
        + "cluster support (its cluster plug-in is not in the jar); " + instead));
  }

  /**
   * The listed members with their key: a bad list is a usage error, a missing or bad key bad input (both exit 2).
   */
  static ClusterProvider.Cluster checked(CommandLine cl, ClusterProvider provider, String list, Path keyFile) {
    ClusterProvider.Members parsed;
    try {
      parsed = provider.members(list);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, Text.safe(e.getMessage()));
    }
    try {
      return parsed.withKey(keyFile, System.getenv(ClusterProvider.KEY_ENV));
    } catch (IllegalArgumentException e) {
      throw new UserError(Text.safe(e.getMessage()));
    }
  }

  /**
   * The run's inputs, for the output checks: {@code files} and the key file when one is given. The key is an input
   * like the scenario (a results file written over it, or a report folder replaced around it, would destroy the
   * cluster's shared secret).
   */
  List<Path> inputs(List<Path> files) {
    if (keyFile == null) {
      return files;
    }
    List<Path> all = new java.util.ArrayList<>(files);
    all.add(keyFile);
    return List.copyOf(all);
  }

  /** As {@link #inputs(List)} for one scenario file. */
  List<Path> inputs(Path file) {
    return inputs(List.of(file));
  }

  /** The executor: local on {@code threads} threads, or joined to the cluster (exit 2 when nobody answers). */
  MonthExecutor open(int threads) {
    if (target == null) {
      return new LocalExecutor(threads, batch);
    }
    try {
      return target.join(port, batch);
    } catch (ExecutorException e) {
      throw new UserError(Text.safe(e.getMessage()));
    }
  }
}
