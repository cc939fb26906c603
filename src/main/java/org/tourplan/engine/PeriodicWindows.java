package org.tourplan.engine;

/**
 * Time windows that repeat every {@code period} (for example blackout windows every 1440 minutes). Window i covers
 * {@code [from[i], to[i])} in each period; {@code from > to} wraps past the period boundary (e.g. 22:00 to 06:00).
 * Windows may overlap or touch.
 *
 * <p>Every boundary is computed by one expression, {@code k * period + offset}, in every method, so a time
 * returned by {@link #nextOutside(double)} is exactly outside by {@link #contains(double)}: a component that sleeps
 * until a window ends never wakes up "just inside" it because of rounding.
 *
 * <p>Immutable and thread-safe.
 */
public final class PeriodicWindows {
  /** No windows at all. */
  public static final PeriodicWindows NONE = new PeriodicWindows(1, new double[0], new double[0]);

  private final double period;
  private final double[] start;
  private final double[] end; // start < end <= start + period; end may exceed period for wrapping windows

  /**
   * @param period the repetition length, finite and {@code > 0}
   * @param from   window starts within a period, each in {@code [0, period]}
   * @param to     window ends within a period, each in {@code [0, period]}; {@code from == to} is rejected
   * @throws IllegalArgumentException on bad values, or when the windows together cover the whole period (a place
   *     that is never open would make waiting for the next opening endless)
   */
  public PeriodicWindows(double period, double[] from, double[] to) {
    if (!(period > 0) || Double.isInfinite(period)) {
      throw new IllegalArgumentException("period must be finite and > 0: " + period);
    }
    if (from.length != to.length) {
      throw new IllegalArgumentException("from and to differ in length: " + from.length + " vs " + to.length);
    }
    this.period = period;
    int n = from.length;
    start = new double[n];
    end = new double[n];
    for (int i = 0; i < n; i++) {
      double f = from[i];
      double t = to[i];
      if (!(f >= 0 && f <= period && t >= 0 && t <= period)) {
        throw new IllegalArgumentException("window " + i + " [" + f + ", " + t + ") outside [0, " + period + "]");
      }
      if (f == period) {
        f = 0; // a window starting at the period's end starts at the next period's beginning
      }
      if (f == t) {
        throw new IllegalArgumentException("window " + i + " is empty: from == to == " + from[i] + " (mod period)");
      }
      start[i] = f;
      end[i] = f < t ? t : t + period;
    }
    if (n > 0 && coversWholePeriod()) {
      throw new IllegalArgumentException("windows cover the whole period " + period);
    }
  }

  public double period() {
    return period;
  }

  /** Whether {@code t} lies inside some window (windows are closed at the start, open at the end). */
  public boolean contains(double t) {
    return latestEndCovering(t) > t;
  }

  /**
   * Earliest {@code t' >= t} inside no window; {@code t} itself when outside. Chains through overlapping and
   * adjacent windows.
   */
  public double nextOutside(double t) {
    double x = t;
    while (true) {
      double e = latestEndCovering(x);
      if (!(e > x)) {
        return x;
      }
      x = e;
    }
  }

  /**
   * Number of window starts {@code s} (over all repetitions, counting every window even when it starts inside
   * another one) with {@code a < s < b}.
   */
  public int openingsStrictlyInside(double a, double b) {
    if (!(b > a)) {
      return 0;
    }
    long count = 0;
    for (int i = 0; i < start.length; i++) {
      double s = start[i];
      long lo = (long) Math.floor((a - s) / period);
      while (lo * period + s <= a) {
        lo++;
      }
      while ((lo - 1) * period + s > a) {
        lo--;
      }
      long hi = (long) Math.floor((b - s) / period) + 1;
      while (hi * period + s >= b) {
        hi--;
      }
      while ((hi + 1) * period + s < b) {
        hi++;
      }
      if (hi >= lo) {
        count += hi - lo + 1;
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, count);
  }

  /**
   * Earliest window start {@code s >= t} (a window starting exactly at {@code t} counts), or
   * {@link Double#POSITIVE_INFINITY} when there are no windows.
   */
  public double nextOpening(double t) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < start.length; i++) {
      double s = start[i];
      long k = (long) Math.ceil((t - s) / period);
      while (k * period + s < t) {
        k++;
      }
      while ((k - 1) * period + s >= t) {
        k--;
      }
      best = Math.min(best, k * period + s);
    }
    return best;
  }

  /** The latest end among window repetitions containing t, or NaN when none does. */
  private double latestEndCovering(double t) {
    double best = Double.NaN;
    if (start.length == 0 || Double.isInfinite(t) || Double.isNaN(t)) {
      return best;
    }
    long k0 = (long) Math.floor(t / period);
    for (long k = k0 - 2; k <= k0 + 1; k++) {
      double base = k * period;
      for (int i = 0; i < start.length; i++) {
        double e = base + end[i];
        if (base + start[i] <= t && t < e && !(e <= best)) {
          best = e;
        }
      }
    }
    return best;
  }

  private boolean coversWholePeriod() {
    // a gap, if any, begins where some window ends; so no window end outside all windows means no gap at all
    for (int i = 0; i < start.length; i++) {
      if (!contains(end[i])) {
        return false;
      }
    }
    return true;
  }
}
