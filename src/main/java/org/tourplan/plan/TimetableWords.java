package org.tourplan.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tourplan.scenario.Schedule;

/**
 * A timetable in words, the one place that says them: a regular week reads "1 tour every weekday, 6 every Saturday
 * and Sunday"; any other week names its days ("1 tour every weekday, 6 every Saturday, 1 every Sunday", "3 tours
 * every Monday"), and a month's closed dates and extra tours follow ("... (2 dates closed, 3 extra tours)").
 */
public final class TimetableWords {
  private TimetableWords() { }

  /** The regular week of a candidate: {@code weekday} tours Monday to Friday, {@code weekend} each weekend day. */
  public static String regular(int weekday, int weekend) {
    String w = weekday == 0 ? "no weekday tours" : weekday + tours(weekday) + " every weekday";
    String e = weekend == 0 ? (weekday == 0 ? "none at weekends" : "no weekend tours")
        : weekend + (weekday == 0 ? tours(weekend) : "") + " every Saturday and Sunday";
    return w + ", " + e;
  }

  /** The schedule exactly as written, with {@code month}'s closed dates and extra tours. */
  public static String of(Schedule s, YearMonth month) {
    List<Integer> counts = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      counts.add(s.days().getOrDefault(d, List.of()).size());
    }
    return week(counts) + dates(s, month);
  }

  /** A week of counts, Monday to Sunday: the regular form when it is one, else the days named. */
  public static String week(List<Integer> counts) {
    int[] n = new int[8];
    for (int d = 1; d <= 7; d++) {
      n[d] = counts.get(d - 1);
    }
    boolean regular = n[1] == n[2] && n[1] == n[3] && n[1] == n[4] && n[1] == n[5] && n[6] == n[7];
    return regular ? regular(n[1], n[6]) : week(n);
  }

  /**
   * Start times by day of the week, days with the same times together in week order: "Mon-Fri 14:00; Sat, Sun
   * 09:00, 10:30"; empty when there are none.
   */
  public static String starts(Map<DayOfWeek, List<LocalTime>> starts) {
    Map<List<LocalTime>, List<DayOfWeek>> byTimes = new LinkedHashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      List<LocalTime> t = starts.getOrDefault(d, List.of());
      if (!t.isEmpty()) {
        byTimes.computeIfAbsent(t, k -> new ArrayList<>()).add(d);
      }
    }
    List<String> parts = new ArrayList<>();
    byTimes.forEach((times, days) -> parts.add(dayRange(days) + " " + String.join(", ",
        times.stream().map(LocalTime::toString).toList())));
    return String.join("; ", parts);
  }

  /** "Mon-Fri", "Sat, Sun", "Mon, Wed". */
  static String dayRange(List<DayOfWeek> days) {
    boolean consecutive = days.size() >= 3;
    for (int i = 1; i < days.size() && consecutive; i++) {
      consecutive = days.get(i).getValue() == days.get(i - 1).getValue() + 1;
    }
    if (consecutive) {
      return shortName(days.get(0)) + "-" + shortName(days.get(days.size() - 1));
    }
    return String.join(", ", days.stream().map(TimetableWords::shortName).toList());
  }

  private static String shortName(DayOfWeek d) {
    return d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  /**
   * Weekdays, then weekend days, each grouped by their number of tours in week order of each group's first day;
   * days without tours left out.
   */
  private static String week(int[] n) {
    List<String> parts = new ArrayList<>();
    groups(n, 1, 5, parts);
    groups(n, 6, 7, parts);
    return parts.isEmpty() ? "no weekly tours" : String.join(", ", parts);
  }

  private static void groups(int[] n, int from, int to, List<String> parts) {
    Map<Integer, List<DayOfWeek>> byCount = new LinkedHashMap<>();
    for (int d = from; d <= to; d++) {
      if (n[d] > 0) {
        byCount.computeIfAbsent(n[d], k -> new ArrayList<>()).add(DayOfWeek.of(d));
      }
    }
    byCount.forEach((count, days) -> parts.add(count + (parts.isEmpty() ? tours(count) : "") + " every "
        + days(days)));
  }

  private static String days(List<DayOfWeek> days) {
    if (days.size() == 5) {
      return "weekday";
    }
    List<String> names = days.stream().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)).toList();
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** " (2 dates closed, 3 extra tours)" for the month, or nothing. */
  private static String dates(Schedule s, YearMonth month) {
    long closed = s.closed().stream().filter(d -> YearMonth.from(d).equals(month)).count();
    int extra = 0;
    for (Map.Entry<LocalDate, List<LocalTime>> e : s.extra().entrySet()) {
      if (YearMonth.from(e.getKey()).equals(month) && !s.closed().contains(e.getKey())) {
        extra += e.getValue().size();
      }
    }
    List<String> parts = new ArrayList<>();
    if (closed > 0) {
      parts.add(closed + (closed == 1 ? " date closed" : " dates closed"));
    }
    if (extra > 0) {
      parts.add(extra + (extra == 1 ? " extra tour" : " extra tours"));
    }
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static String tours(int n) {
    return n == 1 ? " tour" : " tours";
  }
}
