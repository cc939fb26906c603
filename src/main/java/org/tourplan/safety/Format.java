package org.tourplan.safety;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Numbers, times and dates in the one style used in verdicts and explanations. */
public final class Format {
  private Format() {
  }

  /** A whole number with thousands separators. */
  public static String count(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  /** One decimal, or none for whole numbers. */
  public static String number(double v) {
    return v == Math.rint(v) ? count(v) : String.format(Locale.ROOT, "%,.1f", v);
  }

  /** Minutes with one decimal. */
  public static String minutes(double v) {
    return String.format(Locale.ROOT, "%.1f min", v);
  }

  /** A minute of the day (may pass 24:00 for a tour that ends after midnight) as HH:MM. */
  public static String clock(double minuteOfDay) {
    int m = (int) Math.floor(minuteOfDay + 1e-9);
    return String.format(Locale.ROOT, "%02d:%02d", (m / 60) % 24, m % 60);
  }

  /** A date as "Sat 12 Jul". */
  public static String date(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getDayOfMonth() + " "
        + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
