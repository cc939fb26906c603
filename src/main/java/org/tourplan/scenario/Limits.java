package org.tourplan.scenario;

import java.time.LocalTime;
import java.util.List;

/**
 * Safety and service limits (spec 1, {@code limits}): checked and reported, never enforced, except that
 * {@code blackouts} close zones to entry. Every numeric limit is null when absent.
 */
public record Limits(Double floorVisitors, Double evacuationMinutes, Double maxWaitMinutes, Double maxTourMinutes,
                     LocalTime closeTime, Double noiseDosePercent, List<Blackout> blackouts) {

  /** No limits at all. */
  public static Limits none() {
    return new Limits(null, null, null, null, null, null, List.of());
  }

  /**
   * Zones closed to visitor entry from {@code from} (inclusive) to {@code to} (exclusive) every day;
   * {@code from} after {@code to} wraps past midnight.
   */
  public record Blackout(List<String> zones, LocalTime from, LocalTime to) { }
}
