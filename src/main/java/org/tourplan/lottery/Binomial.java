package org.tourplan.lottery;

import org.tourplan.engine.RandomStream;

/**
 * Exact Binomial(n, p) variates for counts up to 2^53, in constant expected time: inversion by sequential search
 * when n min(p, 1 - p) &lt; 10, else W. Hörmann's BTRS transformed rejection with squeeze ("The generation of
 * binomial random variates", J. Statist. Comput. Simul. 46, 1993, algorithm BTRS). Rejection is exact: the
 * acceptance test compares against the true log-probability ratio (log-factorials from a table below 256 and the
 * Stirling series above, accurate to about 1e-15). Only {@link StrictMath} is used, so variates are identical on
 * every JVM. Pure: all state is in the caller's stream.
 */
final class Binomial {
  private static final int TABLE = 256;
  private static final double[] LOG_FACTORIAL = new double[TABLE];
  private static final double HALF_LOG_TWO_PI = 0.5 * StrictMath.log(2 * Math.PI);

  static {
    double acc = 0;
    for (int i = 1; i < TABLE; i++) {
      acc += StrictMath.log(i);
      LOG_FACTORIAL[i] = acc;
    }
  }

  private Binomial() {
  }

  /** A Binomial(n, p) variate; n &gt;= 0, p in [0, 1]. */
  static long sample(RandomStream r, long n, double p) {
    if (n <= 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    if (p > 0.5) {
      return n - sample(r, n, 1 - p);
    }
    if (n * p < 10) {
      return inversion(r, n, p);
    }
    return btrs(r, n, p);
  }

  /** Sequential search from 0: expected n p + 1 steps, so used only when n p &lt; 10 (p &lt;= 0.5). */
  private static long inversion(RandomStream r, long n, double p) {
    double q = 1 - p;
    double ratio = p / q;
    double p0 = StrictMath.exp(n * StrictMath.log1p(-p));
    while (true) {
      double u = r.nextDouble();
      double pk = p0;
      long k = 0;
      while (u >= pk) {
        u -= pk;
        k++;
        if (k > n) {
          break; // rounding left u above the total mass: draw again (probability about 1e-16)
        }
        pk *= (double) (n - k + 1) / k * ratio;
      }
      if (k <= n) {
        return k;
      }
    }
  }

  /** Hörmann's BTRS for n p &gt;= 10, p &lt;= 0.5. */
  private static long btrs(RandomStream r, long n, double p) {
    double q = 1 - p;
    double spq = StrictMath.sqrt(n * p * q);
    double b = 1.15 + 2.53 * spq;
    double a = -0.0873 + 0.0248 * b + 0.01 * p;
    double c = n * p + 0.5;
    double vr = 0.92 - 4.2 / b;
    double alpha = (2.83 + 5.1 / b) * spq;
    double lpq = StrictMath.log(p / q);
    long m = (long) StrictMath.floor((n + 1) * p);
    double h = logFactorial(m) + logFactorial(n - m);
    while (true) {
      double u = r.nextOpenDouble() - 0.5;
      double v = r.nextOpenDouble();
      double us = 0.5 - StrictMath.abs(u);
      double kd = StrictMath.floor((2 * a / us + b) * u + c);
      if (kd < 0 || kd > n) {
        continue;
      }
      long k = (long) kd;
      if (us >= 0.07 && v <= vr) {
        return k;
      }
      double lv = StrictMath.log(v * alpha / (a / (us * us) + b));
      if (lv <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) {
        return k;
      }
    }
  }

  /** ln(k!): a table below 256, the Stirling series (to 1/k^5) above. */
  static double logFactorial(long k) {
    if (k < TABLE) {
      return LOG_FACTORIAL[(int) k];
    }
    double x = k;
    double x2 = x * x;
    return x * StrictMath.log(x) - x + HALF_LOG_TWO_PI + 0.5 * StrictMath.log(x)
        + (1.0 / 12 - (1.0 / 360 - 1.0 / (1260 * x2)) / x2) / x;
  }
}
