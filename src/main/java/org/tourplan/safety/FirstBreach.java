package org.tourplan.safety;

import java.time.LocalDate;

/**
 * Where and when a limit was first breached in the month that breached it worst, and what drove it, in plain
 * words (all text here is built from scenario ids and numbers: escape it wherever it is shown).
 *
 * @param replication the month (replication index) it comes from
 * @param date        date of the first breach
 * @param minuteOfDay minute of that day (0..1439; may exceed it for a tour that ran past midnight)
 * @param zone        the zone involved, or null when none is (e.g. a tour's length)
 * @param tour        index of the tour involved in that month's timeline, or -1
 * @param value       the offending value (persons, minutes, percent, ...)
 * @param explanation what drove it, e.g. "two tours overlap at line-2 while a group waits 14 min for a shuttle"
 */
public record FirstBreach(int replication, LocalDate date, double minuteOfDay, String zone, int tour, double value,
                          String explanation) {
  /** The time of day as HH:MM. */
  public String time() {
    int m = (int) Math.floor(minuteOfDay);
    return String.format(java.util.Locale.ROOT, "%02d:%02d", (m / 60) % 24, m % 60);
  }
}
