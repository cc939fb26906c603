package org.tourplan.roster;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dates of a month whose ride requests are identical, and so share one plan: usually "Mon-Fri" and "Sat, Sun".
 *
 * @param dates the dates, in order (at least one)
 * @param plan  the plan of the first date (the others' plans are the same under their own date)
 */
public record DayType(List<LocalDate> dates, DayPlan plan) {

  /** The dates of {@code days} grouped by identical ride requests, in the order of each group's first date. */
  public static List<DayType> of(List<DayPlan> days) {
    Map<List<RideRequest>, List<DayPlan>> groups = new LinkedHashMap<>();
    for (DayPlan d : days) {
      groups.computeIfAbsent(d.rides().stream().map(PlannedRide::request).toList(), k -> new ArrayList<>()).add(d);
    }
    List<DayType> out = new ArrayList<>();
    for (List<DayPlan> g : groups.values()) {
      out.add(new DayType(g.stream().map(DayPlan::date).toList(), g.get(0)));
    }
    return out;
  }

  /**
   * A short name: the days of the week when the group holds every such date of the month ("Mon-Fri", "Sat, Sun"),
   * with the exceptions when a few are missing ("Mon-Fri except 2025-07-14"), else the dates themselves when there
   * are at most three, else the days of the week and the count ("Mon, Tue: 5 dates").
   */
  public String label() {
    if (dates.size() <= 3 && dates.size() < allOf(days()).size()) {
      return dates.stream().map(DayType::dated).collect(Collectors.joining(", "));
    }
    List<LocalDate> all = allOf(days());
    List<LocalDate> missing = all.stream().filter(d -> !dates.contains(d)).toList();
    if (missing.isEmpty()) {
      return daysLabel(days());
    }
    if (missing.size() <= 3) {
      return daysLabel(days()) + " except " + missing.stream().map(LocalDate::toString)
          .collect(Collectors.joining(", "));
    }
    return daysLabel(days()) + ": " + dates.size() + " dates";
  }

  private Set<DayOfWeek> days() {
    Set<DayOfWeek> s = EnumSet.noneOf(DayOfWeek.class);
    dates.forEach(d -> s.add(d.getDayOfWeek()));
    return s;
  }

  private List<LocalDate> allOf(Set<DayOfWeek> days) {
    YearMonth m = YearMonth.from(dates.get(0));
    List<LocalDate> all = new ArrayList<>();
    for (int d = 1; d <= m.lengthOfMonth(); d++) {
      if (days.contains(m.atDay(d).getDayOfWeek())) {
        all.add(m.atDay(d));
      }
    }
    return all;
  }

  /** Runs of three or more consecutive days as "Mon-Fri", others listed: "Sat, Sun", "Mon, Wed-Fri". */
  static String daysLabel(Set<DayOfWeek> days) {
    List<String> parts = new ArrayList<>();
    DayOfWeek[] all = DayOfWeek.values();
    int i = 0;
    while (i < all.length) {
      if (!days.contains(all[i])) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < all.length && days.contains(all[j + 1])) {
        j++;
      }
      if (j - i >= 2) {
        parts.add(shortName(all[i]) + "-" + shortName(all[j]));
      } else {
        for (int k = i; k <= j; k++) {
          parts.add(shortName(all[k]));
        }
      }
      i = j + 1;
    }
    return String.join(", ", parts);
  }

  /** "2025-07-14 Mon". */
  public static String dated(LocalDate d) {
    return d + " " + shortName(d.getDayOfWeek());
  }

  /** "Mon". */
  public static String shortName(DayOfWeek d) {
    String n = d.name();
    return n.charAt(0) + n.substring(1, 3).toLowerCase(Locale.ROOT);
  }
}
