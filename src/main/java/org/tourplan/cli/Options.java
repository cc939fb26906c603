package org.tourplan.cli;

import picocli.CommandLine;

/** Checks of option values that picocli's type conversion does not cover. */
final class Options {
  private Options() {
  }

  /** A usage error (exit 2) when a given option is below 1. */
  static void positive(CommandLine cl, String name, Integer value) {
    if (value != null && value < 1) {
      throw new CommandLine.ParameterException(cl,
          name + ": found " + value + ", expected an integer >= 1");
    }
  }
}
