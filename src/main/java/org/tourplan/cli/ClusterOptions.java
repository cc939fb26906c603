package org.tourplan.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import org.tourplan.app.Where;
import org.tourplan.scenario.Bounds;

/**
 * Where months run: this machine's threads (default) or the workers of a cluster ({@code --cluster}); a picocli
 * mixin that becomes the use case's {@link Where}.
 */
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
          + "the environment variable " + Where.KEY_ENV + "). Required when the cluster spans machines; see "
          + "docs/cluster.md.")
  Path keyFile;

  @Option(names = "--batch", paramLabel = "M", defaultValue = "10",
      description = "Months per work unit (default: ${DEFAULT-VALUE}). Results do not depend on it.")
  int batch;

  /** Usage errors (exit 2) for bad values; checks the member list and the key before any work. */
  void check(CommandLine cl) {
    RunOptions.bounded(cl, "--batch", batch, Bounds.BATCH);
    if (port < 1 || port > 65535) {
      throw new CommandLine.ParameterException(cl, "--cluster-port: found " + port + ", expected 1 to 65535");
    }
    if (cluster != null) {
      checked(cl, where(1), "--cluster", "run without --cluster to use this machine's cores");
    }
  }

  /** Where the months run, with {@code threads} threads here. */
  Where where(int threads) {
    return new Where(threads, batch, cluster, keyFile, port);
  }

  /**
   * {@code where} checked: a build without the cluster plug-in stops with exit 2, saying so and what to do
   * {@code instead}; a bad member list is a usage error, a missing or bad key bad input (all exit 2).
   */
  static Where checked(CommandLine cl, Where where, String option, String instead) {
    try {
      where.check();
    } catch (Where.NoCluster e) {
      throw new UserError(option + ": " + e.getMessage() + "; " + instead);
    } catch (Where.BadKey e) {
      throw new UserError(Text.safe(e.getMessage()));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, Text.safe(e.getMessage()));
    }
    return where;
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
}
