package org.tourplan.fit;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.util.FastMath;

/**
 * Maximum-likelihood estimates of each family from a sorted sample (minutes, all >= 0). Closed forms where they
 * exist (uniform: the sample's range; normal: mean and the sd dividing by n; lognormal: the same on the logs;
 * exponential: the mean). The triangular has none: for a given support [a, b] the likelihood is highest with the
 * mode at one of the sample's values (Oliver 1972), so the mode is profiled out exactly and a and b (a between 0 and
 * the smallest value, b above the largest; the density is 0 at the ends, so they lie strictly outside the sample
 * unless the mode is there) are found by Nelder-Mead (commons-math3). Every log uses {@link FastMath}, so the same
 * sample gives the same bits on every machine. An instance holds scratch arrays: one per thread.
 */
final class Mle {
  private double[] prefix = new double[0];
  private double[] suffix = new double[0];
  /** Likelihood evaluations of triangular searches so far (for benchmarks). */
  long evaluations;

  /**
   * The fit of {@code f} to {@code x} (sorted ascending, n >= 2), or null where the family cannot hold the sample (a
   * constant for values that differ by more than {@code resolution}; a lognormal with a value 0; any continuous
   * family for a sample without spread). {@code start} (may be null) is a triangular fit to start the search from.
   */
  Fitted fit(Family f, double[] x, double resolution, Fitted start) {
    int n = x.length;
    double lo = x[0];
    double hi = x[n - 1];
    if (f == Family.CONSTANT) {
      return hi - lo <= resolution * (1 + 1e-9) ? new Fitted(f, new double[] {mean(x)}, Double.NaN) : null;
    }
    if (hi - lo <= 0) {
      return null;
    }
    return switch (f) {
      case UNIFORM -> new Fitted(f, new double[] {lo, hi}, -n * FastMath.log(hi - lo));
      case NORMAL -> {
        double m = mean(x);
        double sd = FastMath.sqrt(squares(x, m) / n);
        yield withLikelihood(f, new double[] {m, sd}, x);
      }
      case LOGNORMAL -> {
        if (lo <= 0) {
          yield null;
        }
        double s = 0;
        for (double v : x) {
          s += FastMath.log(v);
        }
        double m = s / n;
        double ss = 0;
        for (double v : x) {
          double d = FastMath.log(v) - m;
          ss += d * d;
        }
        yield withLikelihood(f, new double[] {m, FastMath.sqrt(ss / n)}, x);
      }
      case EXPONENTIAL -> {
        double m = mean(x);
        yield new Fitted(f, new double[] {m}, -n * FastMath.log(m) - n);
      }
      case TRIANGULAR -> triangular(x, start);
      case CONSTANT -> throw new IllegalStateException();
    };
  }

  private static Fitted withLikelihood(Family f, double[] p, double[] x) {
    org.apache.commons.math3.distribution.AbstractRealDistribution d =
        (org.apache.commons.math3.distribution.AbstractRealDistribution) new Fitted(f, p, 0).distribution(null);
    double l = 0;
    for (double v : x) {
      l += d.logDensity(v);
    }
    return new Fitted(f, p, l);
  }

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double squares(double[] x, double m) {
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s;
  }

  // ------------------------------------------------------------------------------------------------ triangular

  private Fitted triangular(double[] x, Fitted start) {
    int n = x.length;
    double lo = x[0];
    double range = x[n - 1] - lo;
    if (prefix.length < n + 1) {
      prefix = new double[n + 1];
      suffix = new double[n + 1];
    }
    // a = lo * logistic(u) keeps 0 <= a < lo (a = 0 when lo = 0); b = hi + range * exp(v) keeps b > hi
    MultivariateFunction f = q -> {
      double a = lo * logistic(q[0]);
      double b = x[n - 1] + range * FastMath.exp(q[1]);
      double l = profile(x, a, b, null);
      return Double.isNaN(l) ? Double.NEGATIVE_INFINITY : l;
    };
    double[] guess;
    if (start != null) {
      double a0 = Math.min(start.p()[0], lo * 0.999999);
      double b0 = Math.max(start.p()[2], x[n - 1] + range * 1e-6);
      guess = new double[] {lo > 0 ? logit(Math.max(1e-6, a0 / lo)) : 0, FastMath.log((b0 - x[n - 1]) / range)};
    } else {
      double a0 = Math.max(0, lo - 0.05 * range);
      guess = new double[] {lo > 0 ? logit(Math.max(1e-6, a0 / lo)) : 0, FastMath.log(0.05)};
    }
    // ln L to 1e-9 relative for a fit of the records, 1e-6 (about 0.001 at n = 500) for a bootstrap refit, which
    // starts near its answer (its sample was drawn from start): either is far finer than the sampling error
    SimplexOptimizer opt = start != null ? new SimplexOptimizer(1e-6, 1e-6) : new SimplexOptimizer(1e-9, 1e-9);
    double step = start != null ? 0.2 : 0.7;
    PointValuePair best = opt.optimize(new MaxEval(4000), new ObjectiveFunction(f), GoalType.MAXIMIZE,
        new InitialGuess(guess), new NelderMeadSimplex(new double[] {step, step}));
    evaluations += opt.getEvaluations();
    if (start == null) {
      // a second search from a wider support: the profile is not smooth (the mode jumps between sample values)
      double a1 = Math.max(0, lo - 0.3 * range);
      PointValuePair other = opt.optimize(new MaxEval(4000), new ObjectiveFunction(f), GoalType.MAXIMIZE,
          new InitialGuess(new double[] {lo > 0 ? logit(Math.max(1e-6, a1 / lo)) : 0, FastMath.log(0.3)}),
          new NelderMeadSimplex(new double[] {0.7, 0.7}));
      evaluations += opt.getEvaluations();
      if (other.getValue() > best.getValue()) {
        best = other;
      }
    }
    double a = lo * logistic(best.getPoint()[0]);
    double b = x[n - 1] + range * FastMath.exp(best.getPoint()[1]);
    double[] mode = new double[1];
    double l = profile(x, a, b, mode);
    return new Fitted(Family.TRIANGULAR, new double[] {a, mode[0], b}, l);
  }

  private static double logistic(double u) {
    return 1 / (1 + FastMath.exp(-u));
  }

  private static double logit(double p) {
    return FastMath.log(p / (1 - p));
  }

  /**
   * The triangular log-likelihood on [a, b] with the best mode (written to {@code mode[0]} when not null): the mode
   * is a sample value, or a or b. Density 2(x - a)/((b - a)(c - a)) below the mode c, 2(b - x)/((b - a)(b - c))
   * above it, 2/(b - a) at it; prefix and suffix sums of ln(x - a) and ln(b - x) make each mode O(1) (they hold ln(c - a) and ln(b - c)
   * too), so one support costs 2n logarithms.
   */
  double profile(double[] x, double a, double b, double[] mode) {
    int n = x.length;
    double[] pa = prefix;
    double[] sb = suffix;
    pa[0] = 0;
    for (int i = 0; i < n; i++) {
      pa[i + 1] = pa[i] + FastMath.log(x[i] - a);
    }
    sb[n] = 0;
    for (int i = n - 1; i >= 0; i--) {
      sb[i] = sb[i + 1] + FastMath.log(b - x[i]);
    }
    double base = n * (FastMath.log(2) - FastMath.log(b - a));
    double best = Double.NEGATIVE_INFINITY;
    double bestC = x[0];
    if (a < x[0]) { // mode at a
      double l = base + sb[0] - n * FastMath.log(b - a);
      if (l > best) {
        best = l;
        bestC = a;
      }
    }
    if (b > x[n - 1]) { // mode at b
      double l = base + pa[n] - n * FastMath.log(b - a);
      if (l > best) {
        best = l;
        bestC = b;
      }
    }
    int lo = 0;
    while (lo < n) {
      double c = x[lo];
      int hi = lo + 1;
      while (hi < n && x[hi] == c) {
        hi++;
      }
      double l = base;
      if (lo > 0) {
        l += pa[lo] - lo * (pa[lo + 1] - pa[lo]); // ln(c - a) is the term of x[lo] = c in the prefix sums
      }
      if (hi < n) {
        l += sb[hi] - (n - hi) * (sb[lo] - sb[lo + 1]); // and ln(b - c) that of the suffix sums
      }
      if (l > best) {
        best = l;
        bestC = c;
      }
      lo = hi;
    }
    if (mode != null) {
      mode[0] = bestC;
    }
    return best;
  }
}
