package org.tourplan.cli;

import picocli.CommandLine.Option;

/** {@code --no-progress}, shared by the commands that show their steps on a terminal (a picocli mixin). */
final class ProgressOption {
  @Option(names = "--no-progress", description = "No progress bar (it is also off when the output is not a "
      + "terminal).")
  boolean off;

  /** The terminal's progress for a use case named {@code task}, with {@code extra} steps the command adds. */
  StepsProgress open(String task, int extra) {
    return new StepsProgress(task, extra, off);
  }
}
