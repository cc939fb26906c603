package org.tourplan.cli;

import java.util.Locale;

/** Formatting for terminal output: numbers in one style, untrusted text stripped of control characters. */
final class Text {
  private Text() {
  }

  /**
   * Untrusted text (a scenario name, a path) made safe for a terminal: no escape sequences, no line breaks, and no
   * invisible formatting characters (a right-to-left override would make the rest of the line read backwards).
   * Control characters become {@code ?}; formatting characters and line or paragraph separators are shown as
   * {@code <U+202E>}, so that what was hidden can be seen.
   */
  static String safe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      int type = Character.getType(c);
      if (Character.isISOControl(c) && c != '\t') {
        b.append('?');
      } else if (type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        b.append(String.format(Locale.ROOT, "<U+%04X>", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  /** A count or a mean, grouped, with decimals only where they say something. */
  static String num(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (Math.abs(v) >= 100 || v == Math.rint(v)) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** A probability as a percentage. */
  static String pct(double p) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * p);
  }

  /** A small probability as a percentage with the digits it needs: 0.001 is "0.10%", 0.25 is "25.0%". */
  static String share(double p) {
    return String.format(Locale.ROOT, p < 0.01 ? "%.2f%%" : "%.1f%%", 100 * p);
  }

  /** Minutes. */
  static String min(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f min", v);
  }

  /** A count with its noun: "1 vehicle", "2 vehicles", "1,200 rides". */
  static String plural(long n, String one) {
    return plural(n, one, one + "s");
  }

  /** A count with its noun, for nouns whose plural is not one + "s". */
  static String plural(long n, String one, String many) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
  }
}
