package org.tourplan.scenario;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tour start times (contract 1, {@code schedule}; semantics in 2.1).
 *
 * @param days   start times by day of week, in file order (a missing day has no tours)
 * @param closed dates with no tours at all
 * @param extra  dates with additional tours, in file order
 */
public record Schedule(Map<DayOfWeek, List<LocalTime>> days, Set<LocalDate> closed,
                       Map<LocalDate, List<LocalTime>> extra) {

  /** Immutable copies, in the order given (every list too). */
  public Schedule {
    Map<DayOfWeek, List<LocalTime>> d = new EnumMap<>(DayOfWeek.class);
    days.forEach((day, times) -> d.put(day, List.copyOf(times)));
    days = Collections.unmodifiableMap(d);
    closed = Collections.unmodifiableSet(new LinkedHashSet<>(closed));
    Map<LocalDate, List<LocalTime>> e = new LinkedHashMap<>();
    extra.forEach((date, times) -> e.put(date, List.copyOf(times)));
    extra = Collections.unmodifiableMap(e);
  }

  /** The same closed and extra dates with other weekly start times. */
  public Schedule withDays(Map<DayOfWeek, List<LocalTime>> newDays) {
    return new Schedule(newDays, closed, extra);
  }

  /**
   * The tours of one date in contract order: the weekday's list, then the extra list; a stable sort by time keeps
   * file order among equal times; a closed date has none.
   */
  public List<LocalTime> toursOn(LocalDate date) {
    if (closed.contains(date)) {
      return List.of();
    }
    List<LocalTime> times = new ArrayList<>(days.getOrDefault(date.getDayOfWeek(), List.of()));
    times.addAll(extra.getOrDefault(date, List.of()));
    times.sort(null); // List.sort is stable: equal times keep file order
    return times;
  }

  /** Number of tours scheduled in the month. */
  public int toursIn(YearMonth month) {
    int n = 0;
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      n += toursOn(month.atDay(d)).size();
    }
    return n;
  }

  /** The same timetable with only the closed and extra dates of {@code month} (file order kept). */
  public Schedule within(YearMonth month) {
    Set<LocalDate> c = new LinkedHashSet<>();
    for (LocalDate d : closed) {
      if (YearMonth.from(d).equals(month)) {
        c.add(d);
      }
    }
    Map<LocalDate, List<LocalTime>> e = new LinkedHashMap<>();
    for (Map.Entry<LocalDate, List<LocalTime>> x : extra.entrySet()) {
      if (YearMonth.from(x.getKey()).equals(month)) {
        e.put(x.getKey(), x.getValue());
      }
    }
    return new Schedule(days, c, e);
  }
}
