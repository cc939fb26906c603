package org.tourplan.testing;

import static org.tourplan.testing.TreeText.date;
import static org.tourplan.testing.TreeText.lst;
import static org.tourplan.testing.TreeText.obj;
import static org.tourplan.testing.TreeText.text;
import static org.tourplan.testing.TreeText.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.tourplan.testing.TreeText.Lst;
import org.tourplan.testing.TreeText.Obj;
import org.tourplan.testing.TreeText.Value;

/**
 * The timetables of a random scenario (see {@link RandomScenarios}): the top-level {@code schedule} (days, closed and
 * extra dates inside and outside the months it covers, {@code monthly} days) and the {@code season} with its phases
 * and their own schedules. The {@code plan} section is {@link PlanTree}'s.
 */
final class TimetableTree {
  private static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
  private static final String[] ORDINALS = {"1st", "2nd", "3rd", "4th", "5th", "last"};

  private final ScenarioTree s;
  private final Random r;
  private YearMonth seasonFrom;
  private YearMonth seasonTo;
  /** Start times of the top-level {@code schedule.days}: the plan's start bounds default to them. */
  private final List<Integer> topStarts = new ArrayList<>();

  TimetableTree(ScenarioTree s) {
    this.s = s;
    this.r = s.r;
  }

  /** "HH:MM" of a minute of the day. */
  static String clock(int minute) {
    return String.format("%02d:%02d", minute / 60, minute % 60);
  }

  /** Months of the season (0 without one). */
  int seasonMonths() {
    return seasonFrom == null ? 0 : (int) (seasonTo.getYear() * 12L + seasonTo.getMonthValue()
        - seasonFrom.getYear() * 12L - seasonFrom.getMonthValue() + 1);
  }

  // ------------------------------------------------------------------------------------------------ season

  Obj season() {
    int length = 1 + r.nextInt(s.o.maxSeasonMonths());
    seasonFrom = s.month.plusMonths(r.nextInt(7) - 3);
    if (seasonFrom.getYear() < 1000) {
      seasonFrom = seasonFrom.plusMonths(12);
    }
    seasonTo = seasonFrom.plusMonths(length - 1);
    Obj season = obj().put("from", text(seasonFrom.toString())).put("to", text(seasonTo.toString()));
    if (r.nextInt(4) > 0) {
      Lst phases = lst();
      YearMonth cursor = seasonFrom;
      int k = r.nextInt(4);
      for (int i = 0; i < k && !cursor.isAfter(seasonTo); i++) {
        YearMonth from = cursor.plusMonths(r.nextInt(3));
        if (from.isAfter(seasonTo)) {
          break;
        }
        int left = (int) (seasonTo.getYear() * 12L + seasonTo.getMonthValue() - from.getYear() * 12L
            - from.getMonthValue());
        YearMonth to = from.plusMonths(left == 0 ? 0 : r.nextInt(left + 1));
        Obj phase = obj().put("from", text(from.toString())).put("to", text(to.toString()))
            .put("schedule", schedule(from, to, true));
        phases.add(phase);
        cursor = to.plusMonths(1);
      }
      season.put("phases", phases);
    }
    return season;
  }

  // ------------------------------------------------------------------------------------------------ schedules

  /** The top-level schedule: its dates cover the file's month and the season's months, with some outside both. */
  Obj topLevel() {
    YearMonth first = s.month;
    YearMonth last = s.month;
    if (seasonFrom != null) {
      first = seasonFrom.isBefore(first) ? seasonFrom : first;
      last = seasonTo.isAfter(last) ? seasonTo : last;
    }
    return schedule(first, last, false);
  }

  /**
   * A schedule map for the months {@code first..last}; {@code strict} (a phase) keeps every date inside them,
   * otherwise some dates lie outside (ignored by the loader).
   */
  private Obj schedule(YearMonth first, YearMonth last, boolean strict) {
    Obj sc = obj();
    boolean top = !strict;
    int most = s.o.maxToursPerDay();
    if (r.nextInt(5) > 0) {
      Obj days = sc.obj("days");
      int n = s.small ? r.nextInt(3) : r.nextInt(8);
      List<String> order = new ArrayList<>(List.of(DAYS));
      Collections.shuffle(order, r);
      for (int i = 0; i < n; i++) {
        Lst times = times(r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(most));
        days.put(order.get(i), times);
        if (top) {
          for (Value t : times.items()) {
            String hm = ((TreeText.Str) t).text();
            topStarts.add(Integer.parseInt(hm.substring(0, 2)) * 60 + Integer.parseInt(hm.substring(3)));
          }
        }
      }
    }
    if (r.nextInt(3) == 0) {
      Lst closed = lst();
      int n = 1 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        String d = someDate(first, last, strict);
        closed.add(date(d));
        if (r.nextInt(5) == 0) {
          closed.add(date(d)); // a date listed twice is one closed date
        }
      }
      sc.put("closed", closed);
    }
    if (r.nextInt(3) == 0) {
      Obj extra = sc.obj("extra");
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        extra.put(someDate(first, last, strict), times(r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(most)));
      }
    }
    if (r.nextInt(4) == 0) {
      Obj monthly = sc.obj("monthly");
      int n = 1 + r.nextInt(s.small ? 2 : 4);
      for (int i = 0; i < n; i++) {
        monthly.put(ORDINALS[r.nextInt(ORDINALS.length)] + " " + DAYS[r.nextInt(7)], times(1 + r.nextInt(most)));
      }
    }
    return sc;
  }

  /** A date of {@code first..last} (or, when not strict, sometimes of a month outside: ignored). */
  private String someDate(YearMonth first, YearMonth last, boolean strict) {
    int span = (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue());
    YearMonth m = first.plusMonths(r.nextInt(span + 1));
    if (!strict && r.nextInt(6) == 0) {
      m = r.nextBoolean() ? last.plusMonths(1 + r.nextInt(3)) : first.minusMonths(1 + r.nextInt(3));
    }
    LocalDate d = m.atDay(1 + r.nextInt(m.lengthOfMonth()));
    return d.toString();
  }

  /** {@code n} start times in any order, sometimes one twice (two tours). */
  private Lst times(int n) {
    Lst l = lst();
    for (int i = 0; i < n; i++) {
      int minute = s.small ? 8 * 60 + 5 * r.nextInt(8 * 12) : r.nextInt(1440);
      l.add(time(clock(minute)));
      if (r.nextInt(8) == 0 && i + 1 < n) {
        l.add(time(clock(minute)));
        i++;
      }
    }
    return l;
  }

  /** Start times of the top-level {@code schedule.days}, in minutes of the day (the plan's start bounds follow). */
  List<Integer> topStarts() {
    return Collections.unmodifiableList(topStarts);
  }
}
