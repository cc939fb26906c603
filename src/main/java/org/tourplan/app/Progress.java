package org.tourplan.app;

/**
 * What a long use case tells its caller as it goes, so that the command can show it (the CLI draws a progress bar
 * for the plan's search and numbered steps after it); a use case never prints. Every method does nothing unless
 * implemented.
 */
public interface Progress {
  /** Shows nothing. */
  Progress NONE = new Progress() { };

  /** The plan's search: called after each candidate, {@code examined} of {@code total}. */
  default void searched(long examined, long total) { }

  /** A run of {@code count} named steps begins (the search, if any, is over). */
  default void steps(int count) { }

  /** The next step begins, e.g. "simulating 200 months". */
  default void step(String what) { }
}
