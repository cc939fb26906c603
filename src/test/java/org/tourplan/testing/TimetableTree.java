package org.tourplan.testing;

import static org.tourplan.testing.TreeText.date;
import static org.tourplan.testing.TreeText.lst;
import static org.tourplan.testing.TreeText.num;
import static org.tourplan.testing.TreeText.obj;
import static org.tourplan.testing.TreeText.text;
import static org.tourplan.testing.TreeText.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.tourplan.testing.TreeText.Lst;
import org.tourplan.testing.TreeText.Obj;
import org.tourplan.testing.TreeText.Value;

/**
 * The timetables of a random scenario (see {@link RandomScenarios}): the top-level {@code schedule} (days, closed and
 * extra dates inside and outside the months it covers, {@code monthly} days), the {@code season} with its phases and
 * their own schedules, and the {@code plan} section with every axis form (one number, a list in any order with
 * repeats, a range with or without a step), start bounds consistent with their defaults, costs and replications.
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

  // ------------------------------------------------------------------------------------------------ plan

  /** A plan section whose defaults (from the group, fleet, guides and schedule given) keep it valid. */
  Obj plan(int size, int overbook, int vehicles, int guides) {
    Obj p = obj();
    if (r.nextInt(6) == 0) {
      return p; // plan: {} plans over the file's own choices
    }
    int wide = s.small ? 3 : 6;
    List<Object[]> axes = new ArrayList<>();
    axes.add(new Object[] {"weekdayTours", 0, s.small ? 3 : 48});
    axes.add(new Object[] {"weekendTours", 0, s.small ? 3 : 48});
    axes.add(new Object[] {"groupSize", 1, s.o.extremes() && r.nextInt(10) == 0 ? 10_000 : Math.min(10_000, Math.max(10, size * 2))});
    axes.add(new Object[] {"overbook", 0, s.o.extremes() && r.nextInt(10) == 0 ? 10_000 : Math.min(10_000, 3 + overbook)});
    axes.add(new Object[] {"vehicles", 1, s.o.extremes() && r.nextInt(10) == 0 ? 10_000 : Math.min(10_000, vehicles + 3)});
    axes.add(new Object[] {"guides", 1, s.o.extremes() && r.nextInt(10) == 0 ? 10_000 : Math.min(10_000, guides + 3)});
    long candidates = 1;
    for (Object[] a : axes) {
      if (r.nextInt(5) < 2) {
        continue;
      }
      int lo = (int) a[1];
      int hi = (int) a[2];
      int most = candidates * 1000 <= 20_000 && r.nextInt(10) == 0 ? 1000 : wide;
      most = (int) Math.min(most, 20_000 / candidates);
      Value axis = axis(lo, hi, Math.max(1, most));
      candidates *= count(axis);
      p.put((String) a[0], axis);
    }
    int first = topStarts.isEmpty() ? 9 * 60 : Collections.min(topStarts);
    int last = topStarts.isEmpty() ? first : Collections.max(topStarts);
    switch (r.nextInt(5)) {
      case 0 -> {
        int e = r.nextInt(1440);
        p.put("earliestStart", time(clock(e))).put("latestStart", time(clock(e + r.nextInt(1440 - e))));
      }
      case 1 -> p.put("earliestStart", time(clock(r.nextInt(last + 1)))); // not after the default latest
      case 2 -> p.put("latestStart", time(clock(first + r.nextInt(1440 - first))));
      default -> { }
    }
    if (r.nextBoolean()) {
      p.put("slotMinutes", num(r.nextInt(10) == 0 ? 1440 : 1 + r.nextInt(s.small ? 120 : 1440)));
    }
    if (r.nextBoolean()) {
      Obj c = p.obj("costs");
      for (String k : new String[] {"perTour", "perVehicleDay", "perGuideDay"}) {
        if (r.nextBoolean()) {
          c.put(k, r.nextInt(8) == 0 ? num(1e9) : num(Math.round(r.nextDouble() * 1e6) / 100.0));
        }
      }
      if (r.nextBoolean()) {
        c.put("weekendRate", num(r.nextInt(8) == 0 ? 100 : Math.round(r.nextDouble() * 300 + 1) / 100.0));
      }
      if (r.nextBoolean()) {
        String[] currencies = {"yuan", "元", "¥", "ريال", " padded ", "cost units", "EUR", "12345678901234567890"};
        c.put("currency", text(currencies[r.nextInt(currencies.length)]));
      }
    }
    if (r.nextBoolean()) {
      p.put("breachTolerance", num(r.nextInt(4) == 0 ? 0 : Math.round(r.nextDouble() * 999) / 1000.0));
    }
    if (r.nextBoolean()) {
      p.put("breachBound", num(Math.round(r.nextDouble() * 998 + 1) / 1000.0));
    }
    int reps = s.replications;
    switch (r.nextInt(4)) {
      case 0 -> p.put("maxReplications", num(2 + r.nextInt(s.small ? 20 : 1000)));
      case 1 -> {
        if (reps >= 2) {
          p.put("screenReplications", num(2 + r.nextInt(Math.min(reps, 100) - 1)));
        }
      }
      case 2 -> {
        int screen = 2 + r.nextInt(s.small ? 10 : 200);
        p.put("screenReplications", num(screen)).put("maxReplications", num(screen + r.nextInt(100)));
      }
      default -> { }
    }
    if (r.nextInt(3) == 0) {
      List<Map.Entry<String, Value>> entries = new ArrayList<>(p.entries().entrySet());
      Collections.shuffle(entries, r);
      p.entries().clear();
      entries.forEach(e -> p.put(e.getKey(), e.getValue()));
    }
    return p;
  }

  /** One axis in one of its three forms, with at most {@code most} distinct values in {@code lo..hi}. */
  private Value axis(int lo, int hi, int most) {
    int span = hi - lo + 1;
    switch (most == 1 ? 0 : r.nextInt(3)) {
      case 0:
        return num(lo + r.nextInt(span));
      case 1: {
        Lst l = lst();
        int n = 1 + r.nextInt(Math.min(most, span));
        for (int i = 0; i < n; i++) {
          int v = lo + r.nextInt(span);
          l.add(num(v));
        }
        if (r.nextInt(4) == 0) {
          l.add(l.items().get(0)); // a repeat is dropped
        }
        return l;
      }
      default: {
        int step = r.nextBoolean() ? 1 : 1 + r.nextInt(Math.max(1, span / 2));
        int n = 1 + r.nextInt(Math.min(most, (span - 1) / step + 1));
        int from = lo + r.nextInt(span - (n - 1) * step);
        Obj range = obj().put("from", num(from)).put("to", num(from + (n - 1) * step));
        if (step != 1 || r.nextBoolean()) {
          range.put("step", num(step));
        }
        return range;
      }
    }
  }

  /** Distinct values of an axis written by {@link #axis}. */
  private static long count(Value axis) {
    if (axis instanceof Lst l) {
      TreeSet<String> distinct = new TreeSet<>();
      l.items().forEach(v -> distinct.add(((TreeText.Num) v).text()));
      return distinct.size();
    }
    if (axis instanceof Obj o) {
      long from = Long.parseLong(((TreeText.Num) o.entries().get("from")).text());
      long to = Long.parseLong(((TreeText.Num) o.entries().get("to")).text());
      Value st = o.entries().get("step");
      long step = st == null ? 1 : Long.parseLong(((TreeText.Num) st).text());
      return (to - from) / step + 1;
    }
    return 1;
  }
}
