package org.tourplan.fit;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes record files in the format {@link Checkins} and {@link Visits} read (for the bundled example and for
 * tests): a header, then one row a call, times of day as {@code HH:MM} (starts) and {@code HH:MM:SS} (zone times).
 * Ids must not need quoting (no comma, quote or line break); the caller makes them.
 */
public final class RecordsCsv {
  private final StringBuilder b = new StringBuilder(1 << 16);

  private RecordsCsv(String header) {
    b.append(header).append('\n');
  }

  /** An empty check-in file. */
  public static RecordsCsv checkins() {
    return new RecordsCsv(String.join(",", Checkins.COLUMNS));
  }

  /** An empty zone file. */
  public static RecordsCsv zones() {
    return new RecordsCsv(String.join(",", Visits.COLUMNS));
  }

  /** A check-in row. */
  public void checkin(LocalDate date, int startSecond, String party, int persons, boolean showed) {
    b.append(date).append(',').append(clock(startSecond, false)).append(',').append(party).append(',')
        .append(persons).append(',').append(showed ? '1' : '0').append('\n');
  }

  /** A zone row; times in seconds after the tour date's midnight (past 24:00 written as the next day's time). */
  public void visit(LocalDate date, int startSecond, String zone, long enteredSecond, long leftSecond) {
    b.append(date).append(',').append(clock(startSecond, false)).append(',').append(zone).append(',')
        .append(clock(enteredSecond, true)).append(',').append(clock(leftSecond, true)).append('\n');
  }

  /** The file's bytes, UTF-8. */
  public byte[] bytes() {
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String clock(long second, boolean seconds) {
    long s = Math.floorMod(second, 86_400L);
    return seconds ? String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%02d:%02d", s / 3600, s / 60 % 60);
  }
}
