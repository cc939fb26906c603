package org.tourplan.verdict;

import java.util.Map;

/**
 * The one safety verdict of every command and page ({@code check}, {@code report}, {@code sweep}, {@code compare},
 * {@code plan}, {@code season}), for one limit or for a whole schedule: SAFE, AT RISK or UNSAFE, by one rule.
 */
public enum Verdict {
  /** Never breached in any simulated month. */
  SAFE,
  /** Breached in some months, at most half of them. */
  AT_RISK,
  /** Breached in most months (more than half). */
  UNSAFE;

  /** The verdict of one limit breached in {@code breached} simulated months out of {@code months}. */
  public static Verdict of(int breached, int months) {
    if (breached == 0) {
      return SAFE;
    }
    return 2L * breached > months ? UNSAFE : AT_RISK;
  }

  /** The verdict of a schedule from months breached per limit out of {@code months} simulated. */
  public static Verdict of(Map<String, Integer> breachedByLimit, int months) {
    Verdict worst = SAFE;
    for (int breached : breachedByLimit.values()) {
      worst = worst.worse(of(breached, months));
    }
    return worst;
  }

  /** The worse of this verdict and {@code other}. */
  public Verdict worse(Verdict other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /** The verdict as every output prints it: "SAFE", "AT RISK", "UNSAFE". */
  public String label() {
    return switch (this) {
      case SAFE -> "SAFE";
      case AT_RISK -> "AT RISK";
      case UNSAFE -> "UNSAFE";
    };
  }
}
