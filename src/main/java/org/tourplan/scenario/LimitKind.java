package org.tourplan.scenario;

import java.util.Arrays;
import java.util.List;

/**
 * The closed vocabulary of limits a scenario may set under {@code limits}, in output order. Each kind carries its key
 * in the file, the month metric that judges it, its plain name and what it protects, so code that speaks of limits
 * switches on this enum and the compiler checks that every kind is handled.
 */
public enum LimitKind {
  /** Most visitors on the production floor at once. */
  FLOOR_VISITORS("floorVisitors", "floorPeakVisitors", false, "Visitors on the production floor at once",
      "how many visitors stand on the production floor at the same moment"),
  /** Longest time to clear a floor zone through its exits. */
  EVACUATION_MINUTES("evacuationMinutes", "evacuationMinutesMax", false, "Time to evacuate a floor zone",
      "how long the persons in a floor zone would need to leave it through its exits"),
  /** Longest single wait standing on the floor. */
  MAX_WAIT_MINUTES("maxWaitMinutes", "maxFloorWaitMinutes", false, "Longest wait standing on the floor",
      "how long a group stands on the production floor queueing or waiting for its shuttle"),
  /** Tours longer than this many minutes (counted). */
  MAX_TOUR_MINUTES("maxTourMinutes", "longTours", true, "Tour length",
      "how long a tour lasts from entering the first zone to the end of its last ride"),
  /** Tours ending after closing time (counted). */
  CLOSE_TIME("closeTime", "overrunTours", true, "Every tour ended by closing time",
      "whether every tour has ended when the visitor areas close"),
  /** A visitor's daily noise dose. */
  NOISE_DOSE_PERCENT("noiseDosePercent", "noiseDoseMaxPercent", false, "Visitor noise dose",
      "the daily noise dose of a visitor, 100% being the 80 dB(A) eight-hour action value"),
  /** Groups inside a zone when its blackout starts (counted). */
  BLACKOUTS("blackouts", "blackoutViolations", true, "No group inside a zone when its blackout starts",
      "whether a zone is empty of visitors when its blackout window starts"),
  /** Persons turned away at check-in in a month. */
  TURNED_AWAY("turnedAway", "turnedAway", false, "Persons turned away at check-in",
      "how many persons who came with a place are sent home because their party would pass the group's maxSize");

  private final String key;
  private final String metric;
  private final boolean counting;
  private final String words;
  private final String explanation;

  LimitKind(String key, String metric, boolean counting, String words, String explanation) {
    this.key = key;
    this.metric = metric;
    this.counting = counting;
    this.words = words;
    this.explanation = explanation;
  }

  /** The key under {@code limits} in a scenario file, e.g. "floorVisitors". */
  public String key() {
    return key;
  }

  /** Dotted name of the month metric the limit is judged on. */
  public String metric() {
    return metric;
  }

  /**
   * Whether the metric counts offenders (tours or groups), so any count above 0 breaches, rather than carrying the
   * month's worst value to compare with the limit.
   */
  public boolean counting() {
    return counting;
  }

  /** The limit in plain words, e.g. "Visitors on the production floor at once". */
  public String words() {
    return words;
  }

  /** What the limit measures, for a reader who does not know the key. */
  public String explanation() {
    return explanation;
  }

  /** Every key, in output order (the keys a {@code limits} section may hold). */
  public static List<String> keys() {
    return Arrays.stream(values()).map(LimitKind::key).toList();
  }

  /** The kind with this key, or null. */
  public static LimitKind byKey(String key) {
    for (LimitKind k : values()) {
      if (k.key.equals(key)) {
        return k;
      }
    }
    return null;
  }
}
