package org.tourplan.scenario;

/**
 * A run that cannot finish on this machine: more memory than the Java heap holds, more work than finishes in
 * reasonable time, or a simulated month that does not end. Thrown before the work starts where it can be
 * estimated; the command line reports it as bad input (exit 2) with its message, which names what to change.
 */
public final class WorkLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what is too large, by how much, and which key or option to change */
  public WorkLimitException(String message) {
    super(message);
  }
}
