package org.tourplan.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Months whose numbers are not meaningful, so they are never reported as normal: a metric in minutes (a wait, a
 * tour's length, an evacuation time) longer than the whole simulated month, or a value that is not a finite number
 * (NaN only ever means "nothing observed" and is not flagged). Such months come from durations or queues far
 * beyond a real tour; the summary and the results file ({@code warnings}) list them.
 */
public final class Warnings {
  private Warnings() {
  }

  /**
   * One flagged metric.
   *
   * @param metric  the metric's dotted path
   * @param months  months flagged for it
   * @param worst   its worst value over those months (may be infinite; JSON writes null then)
   * @param message the warning in words
   */
  public record Warning(String metric, int months, double worst, String message) { }

  /** Every flagged metric of a run, in metric order; empty when every month is plausible. */
  public static List<Warning> of(Results r) {
    double monthMinutes = r.month().lengthOfMonth() * 1440.0;
    List<Warning> out = new ArrayList<>();
    for (Results.MetricResult m : r.metrics()) {
      boolean minutes = m.path().get(m.path().size() - 1).contains("Minutes");
      int months = 0;
      double worst = Double.NEGATIVE_INFINITY;
      for (double v : m.values()) {
        if (Double.isInfinite(v) || minutes && v > monthMinutes) {
          months++;
          worst = Math.max(worst, v);
        }
      }
      if (months == 0) {
        continue;
      }
      String what = Double.isInfinite(worst) ? "is not a finite number"
          : String.format(Locale.ROOT, "reaches %,.0f minutes (%s), longer than the month itself (%,.0f minutes)",
              worst, human(worst), monthMinutes);
      out.add(new Warning(m.dotted(), months, worst, String.format(Locale.ROOT,
          "%s %s in %d of %d months: those months are not meaningful (check the file's durations, capacities and "
              + "fleet)", m.dotted(), what, months, r.replications())));
    }
    return out;
  }

  private static String human(double minutes) {
    double days = minutes / 1440;
    return days >= 365 ? String.format(Locale.ROOT, "%.1f years", days / 365.25)
        : String.format(Locale.ROOT, "%.1f days", days);
  }
}
