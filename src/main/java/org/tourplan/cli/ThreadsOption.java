package org.tourplan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import org.tourplan.scenario.Bounds;

/** {@code --threads T}, shared by every command that computes on this machine's cores (a picocli mixin). */
final class ThreadsOption {
  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: all cores). Results do not depend on it.")
  Integer threads;

  /** A usage error (exit 2) for a count out of bounds. */
  void check(CommandLine cl) {
    RunOptions.bounded(cl, "--threads", threads, Bounds.THREADS);
  }

  /** Threads to use. */
  int threads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}
