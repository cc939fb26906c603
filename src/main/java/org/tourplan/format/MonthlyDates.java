package org.tourplan.format;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tourplan.format.SourceTree.Entry;
import org.tourplan.format.SourceTree.MapNode;
import org.tourplan.format.SourceTree.Node;
import org.tourplan.scenario.Paths;
import org.tourplan.scenario.Text;

/**
 * The {@code schedule.monthly} extension (not in the v1.1 contract; documented in docs/scenario-format.md): tours on
 * the same days of every month, written once, e.g. {@code monthly: { "1st SAT": ["10:00"], "3rd SAT": ["10:00"],
 * "last SUN": ["10:00"] }} for three tours a month. Each key is an ordinal (1st, 2nd, 3rd, 4th, 5th or last) and a
 * day (MON..SUN); the times become extra tours of that date in every month the schedule covers. A month without a
 * 5th such day has no tour for that key.
 */
final class MonthlyDates extends NodeReader {
  private static final Pattern KEY = Pattern.compile("(1st|2nd|3rd|4th|5th|last) (MON|TUE|WED|THU|FRI|SAT|SUN)");
  private static final String EXPECTED = "a key such as \"1st SAT\" or \"last SUN\" (ordinal 1st, 2nd, 3rd, 4th, "
      + "5th or last, then a day MON..SUN)";

  MonthlyDates(NodeReader shared) {
    super(shared);
  }

  /** Adds the dates of every month from first to last, with their times, to {@code extra}. */
  void expand(Node n, String path, YearMonth first, YearMonth last, Map<LocalDate, List<LocalTime>> extra) {
    MapNode m = map(n, path, "a map of \"1st SAT\"-style days -> list of \"HH:MM\" times");
    if (m == null) {
      return;
    }
    ScheduleSection times = new ScheduleSection(this);
    for (Entry e : m.entries().values()) {
      String keyPath = Paths.child(path, e.key());
      Matcher k = KEY.matcher(e.key());
      List<LocalTime> t = times.times(e.value(), keyPath);
      if (!k.matches()) {
        problem(e.line(), keyPath, "found " + Text.quote(e.key()) + ", expected " + EXPECTED);
        continue;
      }
      if (t == null) {
        continue;
      }
      DayOfWeek day = DayOfWeek.of(Validator.DAY_KEYS.indexOf(k.group(2)) + 1);
      for (YearMonth ym = first; !ym.isAfter(last); ym = ym.plusMonths(1)) {
        LocalDate d = date(ym, k.group(1), day);
        if (d != null) {
          extra.merge(d, t, (a, b) -> {
            List<LocalTime> both = new ArrayList<>(a);
            both.addAll(b);
            return List.copyOf(both);
          });
        }
      }
    }
  }

  /** The date of the ordinal day in the month, or null when the month has no such day (a 5th). */
  static LocalDate date(YearMonth ym, String ordinal, DayOfWeek day) {
    if ("last".equals(ordinal)) {
      return ym.atEndOfMonth().with(TemporalAdjusters.lastInMonth(day));
    }
    int nth = ordinal.charAt(0) - '0';
    LocalDate d = ym.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, day));
    return YearMonth.from(d).equals(ym) ? d : null;
  }
}
