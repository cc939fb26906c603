package org.tourplan.fit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The tours the records name, each known by its date and start time: index {@code t} is the t-th tour met while
 * reading. Two tours of one date with the same start cannot be told apart by the records (the format allows a time
 * written twice), so they are one tour here; docs/fit.md says so.
 */
public final class Tours {
  private final Map<Long, Integer> index = new HashMap<>();
  private int[] day = new int[1024];
  private int[] start = new int[1024];
  private int count;

  /** The index of the tour of epoch day {@code epochDay} starting {@code startSecond} after midnight; new if unseen. */
  int of(int epochDay, int startSecond) {
    long key = (long) epochDay * 86_400L + startSecond;
    Integer t = index.get(key);
    if (t != null) {
      return t;
    }
    if (count == day.length) {
      day = Arrays.copyOf(day, count * 2);
      start = Arrays.copyOf(start, count * 2);
    }
    day[count] = epochDay;
    start[count] = startSecond;
    index.put(key, count);
    return count++;
  }

  /** Number of tours. */
  public int count() {
    return count;
  }

  /** The date of tour {@code t}. */
  public LocalDate date(int t) {
    return LocalDate.ofEpochDay(day[t]);
  }

  /** The epoch day of tour {@code t}. */
  public int epochDay(int t) {
    return day[t];
  }

  /** The start of tour {@code t}, in seconds after midnight. */
  public int startSecond(int t) {
    return start[t];
  }

  /** {@code 2025-07-05 09:00}, how messages name a tour. */
  public String name(int t) {
    int s = start[t];
    return date(t) + " " + String.format(java.util.Locale.ROOT, "%02d:%02d", s / 3600, s / 60 % 60);
  }
}
