package org.tourplan.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.tourplan.run.ClopperPearson;

/**
 * A month's breach probability from its kinds of day: a month breaches unless every one of its days stays clear, so
 * with p_kind the probability that a day of a kind breaches, P(month) = 1 - prod over kinds (1 - p_kind)^dates; its
 * ends from each kind's exact (Clopper-Pearson) bounds. And the kinds in words.
 */
final class MonthBreach {
  private MonthBreach() {
  }

  /** "Mon-Fri", "Sat, Sun", or the dates when they are few and not whole days of the week. */
  static String kindName(List<LocalDate> dates) {
    Map<DayOfWeek, Integer> byDay = new TreeMap<>();
    dates.forEach(d -> byDay.merge(d.getDayOfWeek(), 1, Integer::sum));
    if (dates.size() <= 2 && dates.size() < 4 * byDay.size()) {
      return String.join(", ", dates.stream().map(d -> d + " " + d.getDayOfWeek().getDisplayName(
          java.time.format.TextStyle.SHORT, Locale.ENGLISH)).toList());
    }
    return TimetableWords.dayRange(new ArrayList<>(byDay.keySet())) + " (" + dates.size() + " dates)";
  }

  /** 1 - prod (1 - x/n)^dates. */
  static double point(Evaluation.Screening s) {
    double clear = 1;
    for (Evaluation.DayKind k : s.kinds()) {
      clear *= StrictMath.pow(1 - (double) k.breached() / k.days(), k.dates());
    }
    return 1 - clear;
  }

  /** The month breach probability from each kind's one-sided bound at level 1 - alpha (low or high end). */
  static double bound(Evaluation.Screening s, double alpha, boolean low) {
    double clear = 1;
    for (Evaluation.DayKind k : s.kinds()) {
      double p = low ? ClopperPearson.lower(k.breached(), k.days(), alpha)
          : ClopperPearson.upper(k.breached(), k.days(), alpha);
      clear *= StrictMath.pow(1 - p, k.dates());
    }
    return 1 - clear;
  }

  /** "no simulated day of 8,192 Mon-Fri and 8,192 Sat, Sun" or "3 of 8,192 Sat, Sun (floorVisitors 3)". */
  static String daysText(Evaluation.Screening s) {
    List<String> parts = new ArrayList<>();
    for (Evaluation.DayKind k : s.kinds()) {
      parts.add(String.format(Locale.ROOT, "%,d of %,d simulated %s", k.breached(), k.days(), k.name()));
    }
    return String.join(", ", parts);
  }

  static String text(Evaluation.Screening s, double bound) {
    List<String> parts = new ArrayList<>();
    for (Evaluation.DayKind k : s.kinds()) {
      if (k.breached() > 0) {
        List<String> by = new ArrayList<>();
        k.byLimit().forEach((l, n) -> by.add(l + " " + org.tourplan.text.Numbers.count(n)));
        parts.add(String.format(Locale.ROOT, "on %,d of %,d simulated %s with %s (%s): %s",
            k.breached(), k.days(), k.name(), k.designed() ? "the best starts found" : "its starts",
            String.join(", ", k.starts().stream().map(LocalTime::toString).toList()), String.join(", ", by)));
      }
    }
    return String.format(Locale.ROOT, "breaches a limit in about %s of months (at least %s; bound %s): ",
        percent(s.breach()), percent(s.low()), percent(bound)) + String.join("; ", parts);
  }

  static String percent(double p) {
    return org.tourplan.text.Numbers.share(p);
  }
}
