package org.tourplan.scenario;

import java.time.LocalTime;
import java.util.List;

/**
 * Safety and service limits (contract 1, {@code limits}): checked and reported, never enforced, except that
 * {@code blackouts} close zones to entry. Every numeric limit is null when absent.
 */
public record Limits(Double floorVisitors, Double evacuationMinutes, Double maxWaitMinutes, Double maxTourMinutes,
                     LocalTime closeTime, Double noiseDosePercent, List<Blackout> blackouts, Double turnedAway) {

  /** An immutable copy of the blackouts. */
  public Limits {
    blackouts = List.copyOf(blackouts);
  }

  /** The limits of a file without {@code turnedAway}. */
  public Limits(Double floorVisitors, Double evacuationMinutes, Double maxWaitMinutes, Double maxTourMinutes,
                LocalTime closeTime, Double noiseDosePercent, List<Blackout> blackouts) {
    this(floorVisitors, evacuationMinutes, maxWaitMinutes, maxTourMinutes, closeTime, noiseDosePercent, blackouts,
        null);
  }

  /** No limits at all. */
  public static Limits none() {
    return new Limits(null, null, null, null, null, null, List.of(), null);
  }

  /** Whether the file sets a limit of this kind. */
  public boolean has(LimitKind kind) {
    return switch (kind) {
      case FLOOR_VISITORS -> floorVisitors != null;
      case EVACUATION_MINUTES -> evacuationMinutes != null;
      case MAX_WAIT_MINUTES -> maxWaitMinutes != null;
      case MAX_TOUR_MINUTES -> maxTourMinutes != null;
      case CLOSE_TIME -> closeTime != null;
      case NOISE_DOSE_PERCENT -> noiseDosePercent != null;
      case BLACKOUTS -> !blackouts.isEmpty();
      case TURNED_AWAY -> turnedAway != null;
    };
  }

  /** The limit as written, as a number (closeTime: minutes after midnight); NaN for blackouts or when absent. */
  public double value(LimitKind kind) {
    Double v = switch (kind) {
      case FLOOR_VISITORS -> floorVisitors;
      case EVACUATION_MINUTES -> evacuationMinutes;
      case MAX_WAIT_MINUTES -> maxWaitMinutes;
      case MAX_TOUR_MINUTES -> maxTourMinutes;
      case CLOSE_TIME -> closeTime == null ? null : closeTime.toSecondOfDay() / 60.0;
      case NOISE_DOSE_PERCENT -> noiseDosePercent;
      case BLACKOUTS -> null;
      case TURNED_AWAY -> turnedAway;
    };
    return v == null ? Double.NaN : v;
  }

  /**
   * Zones closed to visitor entry from {@code from} (inclusive) to {@code to} (exclusive) every day;
   * {@code from} after {@code to} wraps past midnight.
   */
  public record Blackout(List<String> zones, LocalTime from, LocalTime to) {
    /** An immutable copy of the zones. */
    public Blackout {
      zones = List.copyOf(zones);
    }
  }
}
