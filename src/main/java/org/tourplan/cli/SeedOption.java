package org.tourplan.cli;

import picocli.CommandLine.Option;

/** {@code --seed S}, shared by every command that simulates (a picocli mixin). */
final class SeedOption {
  @Option(names = "--seed", paramLabel = "S", description = "Base seed (default: the file's).")
  Long seed;

  /** The seed given, else {@code fileSeed}. */
  long or(long fileSeed) {
    return seed != null ? seed : fileSeed;
  }
}
