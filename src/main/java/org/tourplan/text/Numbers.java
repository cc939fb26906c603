package org.tourplan.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Numbers, times and dates in the one style of every output (terminal, pages, charts, explanations). Always in
 * {@link Locale#ROOT}, so that a machine's language never changes a figure; a missing value (NaN) is "-".
 */
public final class Numbers {
  private static final String NONE = "-";

  private Numbers() {
  }

  // ------------------------------------------------------------------------------------------------ counts

  /** A whole number with thousands separators: "27,000". */
  public static String count(double v) {
    return Double.isNaN(v) ? NONE : String.format(Locale.ROOT, "%,.0f", v);
  }

  /** One decimal, or none for whole numbers, grouped: "1,234", "12.5". */
  public static String number(double v) {
    return Double.isNaN(v) ? NONE : v == Math.rint(v) ? count(v) : String.format(Locale.ROOT, "%,.1f", v);
  }

  /** A count or a mean, grouped, with a decimal only below 100 where it says something: "1,234", "12.5", "7". */
  public static String amount(double v) {
    if (Double.isNaN(v)) {
      return NONE;
    }
    if (Math.abs(v) >= 100 || v == Math.rint(v)) {
      return count(v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A count with its noun: "1 vehicle", "2 vehicles", "1,200 rides". */
  public static String plural(long n, String one) {
    return plural(n, one, one + "s");
  }

  /** A count with its noun, for nouns whose plural is not one + "s": "1 person", "3 persons". */
  public static String plural(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }

  /** A signed change, grouped: "+1,200", "-3", or "no change". */
  public static String delta(long d) {
    return d == 0 ? "no change" : String.format(Locale.ROOT, "%+,d", d);
  }

  /** A factor such as a weekend rate: "1.5x", "2x" (never "302400x": a factor has at most two decimals). */
  public static String factor(double f) {
    return BigDecimal.valueOf(f).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "x";
  }

  /** An amount of money with its currency: "141,250 yuan". */
  public static String money(double amount, String currency) {
    return count(amount) + " " + currency;
  }

  // ------------------------------------------------------------------------------------------------ shares

  /** A probability (0 to 1) as a percentage with one decimal: "25.0%". */
  public static String percent(double p) {
    return Double.isNaN(p) ? NONE : String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }

  /** A probability as a percentage with at most one decimal, none when whole: "95%", "97.5%". */
  public static String percentShort(double p) {
    if (Double.isNaN(p)) {
      return NONE;
    }
    return BigDecimal.valueOf(100 * p).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
        + "%";
  }

  /**
   * A probability as a manager reads it: whole percentages, one decimal below 10% and above 90% (never "0%" for a
   * non-zero share, never "100%" for one short of it).
   */
  public static String percentRounded(double p) {
    if (Double.isNaN(p)) {
      return NONE;
    }
    double v = 100 * p;
    if (v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%.0f%%", v);
    }
    return v < 10 || v > 90 ? String.format(Locale.ROOT, "%.1f%%", v) : String.format(Locale.ROOT, "%.0f%%", v);
  }

  /** A small probability with the digits it needs: 0.001 is "0.10%", 0.25 is "25.0%", 0.000003 is "0.00030%". */
  public static String share(double p) {
    if (p > 0 && p < 0.0001) {
      return String.format(Locale.ROOT, "%.2g%%", 100 * p); // the smallest breach bounds: never "0.00%"
    }
    return Double.isNaN(p) ? NONE : String.format(Locale.ROOT, p < 0.01 ? "%.2f%%" : "%.1f%%", 100 * p);
  }

  /** A share with two significant digits below 1% ("0.33%", "0.044%"), else one decimal. */
  public static String chance(double p) {
    return Double.isNaN(p) ? NONE : p >= 0.01 || p == 0 ? percent(p) : String.format(Locale.ROOT, "%.2g%%", 100 * p);
  }

  /** A small chance readably: 0.74%, 0.044%, with "1 in N" beside it. */
  public static String odds(double p) {
    if (Double.isNaN(p)) {
      return NONE;
    }
    if (p >= 1) {
      return "everyone";
    }
    return p <= 0 ? "0%" : chance(p) + " (1 in " + count(1 / p) + ")";
  }

  // ------------------------------------------------------------------------------------------------ time

  /** Minutes with one decimal: "12.5 min". */
  public static String minutes(double v) {
    return Double.isNaN(v) ? NONE : String.format(Locale.ROOT, "%.1f min", v);
  }

  /** A minute of the day as HH:MM (a tour that ends after midnight wraps: 24:30 is "00:30"). */
  public static String clock(double minuteOfDay) {
    int m = (int) Math.floor(minuteOfDay + 1e-9);
    return String.format(Locale.ROOT, "%02d:%02d", (m / 60) % 24, m % 60);
  }

  /** HH:MM with " +1d" past midnight, for tables a spreadsheet reads; empty when the step never happened (NaN). */
  public static String clockDays(double minuteOfDay) {
    if (Double.isNaN(minuteOfDay)) {
      return "";
    }
    int m = (int) Math.floor(minuteOfDay + 1e-9);
    return m >= 1440 ? clock(m) + " +" + (m / 1440) + "d" : clock(m);
  }

  /** HH:MM, or HH:MM:SS when not a whole minute, with " (+1d)" past midnight: for rosters timed to the second. */
  public static String clockSeconds(double minutes) {
    long seconds = Math.round(minutes * 60.0);
    long days = Math.floorDiv(seconds, 86400L);
    long s = Math.floorMod(seconds, 86400L);
    String hm = s % 60 == 0 ? String.format(Locale.ROOT, "%02d:%02d", s / 3600, s / 60 % 60)
        : String.format(Locale.ROOT, "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    return days == 0 ? hm : hm + " (+" + days + "d)";
  }

  /** A date as "Sat 12 Jul". */
  public static String date(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getDayOfMonth() + " "
        + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
