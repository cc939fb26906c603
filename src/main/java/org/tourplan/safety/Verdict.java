package org.tourplan.safety;

/** A limit's verdict over the simulated months. */
public enum Verdict {
  /** Never breached in any simulated month. */
  OK,
  /** Breached in some months, at most half of them. */
  AT_RISK,
  /** Breached in most months (more than half). */
  BREACHED;

  /** The verdict for {@code breached} months out of {@code months}. */
  public static Verdict of(int breached, int months) {
    if (breached == 0) {
      return OK;
    }
    return 2L * breached > months ? BREACHED : AT_RISK;
  }

  /** The verdict as a manager reads it. */
  public String label() {
    return switch (this) {
      case OK -> "OK";
      case AT_RISK -> "AT RISK";
      case BREACHED -> "BREACHED";
    };
  }
}
