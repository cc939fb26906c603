package org.tourplan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.tourplan.scenario.Bounds;
import org.tourplan.scenario.Scenario;

/** Options shared by every command that simulates months: how many, which seed, how many threads (a mixin). */
final class RunOptions {
  @Option(names = "--replications", paramLabel = "N", description = "Months to simulate (default: the file's).")
  Integer replications;

  @Mixin
  SeedOption seed;

  @Mixin
  ThreadsOption threads;

  /** Usage errors (exit 2) for values picocli's conversion lets through. */
  void check(CommandLine cl) {
    bounded(cl, "--replications", replications, Bounds.REPLICATIONS);
    threads.check(cl);
  }

  /** The scenario with the command line's seed and replications applied. */
  Scenario apply(Scenario s) {
    return s.withRun(seed.or(s.seed()), replications != null ? replications : s.replications());
  }

  /** Threads to use. */
  int threads() {
    return threads.threads();
  }

  /** A usage error (exit 2) naming the option and its bound unless {@code value} is null or in 1..max. */
  static void bounded(CommandLine cl, String name, Integer value, int max) {
    if (value != null && (value < 1 || value > max)) {
      throw new CommandLine.ParameterException(cl, name + ": found " + value + ", expected an integer from 1 to "
          + Bounds.n(max));
    }
  }
}
