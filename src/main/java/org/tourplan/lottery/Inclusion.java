package org.tourplan.lottery;

/**
 * The exact chance that one ticket of each group wins when {@code winners} tickets are drawn one after the other
 * without replacement, each next winner chosen with probability proportional to its weight (contract 4.1; the
 * inclusion probabilities of successive weighted sampling). With equal weights it is winners / tickets.
 *
 * <p>The formula. Give each ticket an independent exponential clock of rate equal to its weight; the order in which
 * the clocks ring is the successive draw (see {@link WeightedDraw}), so a ticket of weight w wins exactly when fewer
 * than {@code winners} other tickets ring before it:
 * <pre>  pi(w) = integral over t &gt; 0 of  w e^(-w t) P(S(t) &lt;= winners - 1) dt</pre>
 * where S(t), the number of the other tickets that rang by t, is a sum of independent Binomial(n_g, 1 - e^(-w_g t))
 * over the groups (one ticket fewer in the ticket's own group).
 *
 * <p>How it is computed. P(S(t) &lt;= winners - 1) is computed exactly at each node (each group's binomial
 * probabilities from its mode outward, convolved; the ticket's own group removed by a recursion that runs in the
 * numerically stable direction), and the integral by composite Gauss-Legendre quadrature over the range of t where
 * that probability falls from 1 to 0. Outside that range the probability is 1 or 0 to within e^-39 (Bernstein's
 * inequality), so the rest of the integral is known in closed form (below) or negligible (above). The tests compare
 * the result with an exact enumeration of the successive draw on small pools (agreement to 1e-11), check that the
 * chances add up to the number of winners, and compare them with simulated draws. Only {@link StrictMath} and
 * plain double arithmetic in a fixed order: the figures are identical on every machine.
 *
 * <p>Cost: about 100 quadrature nodes, each a convolution over the window of counts around {@code winners}, so it
 * grows with the winners (as winners^1.5), not with the tickets.
 *
 * <p>Longer than 400 lines on purpose: the formula, its quadrature and the exact binomial convolution with its stable
 * removal of the ticket's own group are one computation whose error bounds depend on each other, and the header
 * above explains them together.
 */
public final class Inclusion {
  private static final int NODES = 12;
  private static final double[] GL_X = new double[NODES];
  private static final double[] GL_W = new double[NODES];
  private static final double TINY = 1e-22; // binomial terms below this fraction of the mode's are left out

  static {
    // Gauss-Legendre nodes on [-1, 1] by Newton's method on the Legendre polynomial (deterministic: StrictMath)
    for (int i = 0; i < NODES; i++) {
      double x = StrictMath.cos(Math.PI * (i + 0.75) / (NODES + 0.5));
      double dp = 0;
      for (int it = 0; it < 100; it++) {
        double p0 = 1;
        double p1 = x;
        for (int k = 2; k <= NODES; k++) {
          double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
          p0 = p1;
          p1 = p2;
        }
        dp = NODES * (x * p1 - p0) / (x * x - 1);
        double dx = p1 / dp;
        x -= dx;
        if (StrictMath.abs(dx) < 1e-16) {
          break;
        }
      }
      GL_X[i] = x;
      GL_W[i] = 2 / ((1 - x * x) * dp * dp);
    }
  }

  private Inclusion() {
  }

  /**
   * The chance that one ticket of each group is among the {@code winners} drawn.
   *
   * @param counts  tickets per group (&gt;= 0)
   * @param weights weight of one ticket of each group (&gt; 0, finite)
   * @param winners tickets drawn (clamped to [0, tickets])
   * @return per group, its ticket's chance; 0 for an empty group
   */
  public static double[] probabilities(long[] counts, double[] weights, long winners) {
    int g = counts.length;
    if (weights.length != g) {
      throw new IllegalArgumentException("counts and weights differ in length");
    }
    long total = 0;
    boolean equal = true;
    double first = Double.NaN;
    for (int i = 0; i < g; i++) {
      if (counts[i] < 0 || !(weights[i] > 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("group " + i + ": count " + counts[i] + ", weight " + weights[i]);
      }
      if (counts[i] == 0) {
        continue;
      }
      total += counts[i];
      if (Double.isNaN(first)) {
        first = weights[i];
      } else if (weights[i] != first) {
        equal = false;
      }
    }
    double[] pi = new double[g];
    long w = Math.max(0, Math.min(winners, total));
    for (int i = 0; i < g; i++) {
      if (counts[i] > 0) {
        pi[i] = w == total ? 1 : w == 0 ? 0 : equal ? (double) w / total : Double.NaN;
      }
    }
    if (w == 0 || w == total || equal) {
      return pi;
    }
    new Integration(counts, weights, total, w).run(pi);
    return pi;
  }

  /** One computation: the groups, the window of t, the quadrature. */
  private static final class Integration {
    private final long[] n;
    private final double[] wt;
    private final long total;
    private final long winners;
    private final double wMin;
    private final int size; // counts 0 .. size - 1 are tracked; the mass above is below e^-39 (see margin)
    private double[] pmf;
    private double[] next;
    private double[] q;

    Integration(long[] counts, double[] weights, long total, long winners) {
      this.n = counts;
      this.wt = weights;
      this.total = total;
      this.winners = winners;
      double min = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n.length; i++) {
        if (n[i] > 0) {
          min = Math.min(min, wt[i]);
        }
      }
      this.wMin = min;
      double top = winners + margin(winners + 1);
      this.size = (int) Math.min(total + 1, (long) StrictMath.ceil(top + margin(top)) + 1);
      this.pmf = new double[size];
      this.next = new double[size];
      this.q = new double[size];
    }

    /**
     * A distance x from the mean of a sum of independent Bernoulli variables with mean m beyond which its tail
     * has probability at most e^-39: Bernstein's bound exp(-x^2 / (2 (var + x / 3))) with var &lt;= m.
     */
    private static double margin(double m) {
      return 9 * StrictMath.sqrt(m) + 80;
    }

    void run(double[] pi) {
      double lowMean = winners - margin(winners);
      double highMean = winners + 1 + margin(winners + 1);
      double tLow = lowMean <= 0 ? 0 : timeOfMean(lowMean);
      boolean capped = highMean >= total - 0.5;
      double tHigh = timeOfMean(capped ? total - 0.5 : highMean);
      double[] sum = new double[n.length];
      for (int i = 0; i < n.length; i++) {
        if (n[i] > 0) {
          sum[i] = -StrictMath.expm1(-wt[i] * tLow); // below tLow the probability is 1 (within e^-39)
        }
      }
      // panels equally spaced in the expected count of rung tickets: the probability's fall is spread evenly
      double mLow = mean(tLow);
      double mHigh = mean(tHigh);
      int panels = (int) Math.max(8, Math.min(48, StrictMath.ceil((mHigh - mLow) / (2 * spread()))));
      // panels equally spaced in the expected count of rung tickets; when nearly every ticket wins, the fall
      // happens where few are left unrung, so breakpoints spaced geometrically in the number left are added
      double[] marks = new double[capped ? 2 * panels : panels];
      for (int p = 1; p <= panels; p++) {
        marks[p - 1] = mLow + (mHigh - mLow) * p / panels;
        if (capped) {
          marks[panels + p - 1] = total - (total - mLow) * StrictMath.pow((total - mHigh) / (total - mLow),
              (double) p / panels);
        }
      }
      java.util.Arrays.sort(marks);
      double prev = tLow;
      double last = mLow;
      for (double m : marks) {
        if (!(m > last) || m > mHigh) {
          continue;
        }
        double t = m >= mHigh ? tHigh : timeOfMean(m);
        panel(prev, t, sum);
        prev = t;
        last = m;
      }
      if (prev < tHigh) {
        panel(prev, tHigh, sum);
        prev = tHigh;
      }
      if (capped) {
        // nearly every ticket wins: beyond tHigh the clocks still running decay; follow them until e^-45
        double end = Math.max(45 / wMin, 2 * tHigh);
        int tail = 12;
        double ratio = StrictMath.pow(end / tHigh, 1.0 / tail);
        for (int p = 1; p <= tail; p++) {
          double t = p == tail ? end : prev * ratio;
          panel(prev, t, sum);
          prev = t;
        }
      }
      for (int i = 0; i < n.length; i++) {
        if (n[i] > 0) {
          pi[i] = Math.min(1, Math.max(0, sum[i]));
        }
      }
    }

    /** The standard deviation of the rung count where its mean is the number of winners (at least 1). */
    private double spread() {
      double t = timeOfMean(Math.min(winners, total - 0.5));
      double var = 0;
      for (int i = 0; i < n.length; i++) {
        double p = -StrictMath.expm1(-wt[i] * t);
        var += n[i] * p * (1 - p);
      }
      return Math.max(1, StrictMath.sqrt(var));
    }

    private void panel(double a, double b, double[] sum) {
      double half = (b - a) / 2;
      double mid = (a + b) / 2;
      for (int k = 0; k < NODES; k++) {
        double t = mid + half * GL_X[k];
        below(t);
        for (int i = 0; i < n.length; i++) {
          if (n[i] > 0) {
            sum[i] += half * GL_W[k] * wt[i] * StrictMath.exp(-wt[i] * t) * withoutOne(i, t);
          }
        }
      }
    }

    /** Expected number of tickets rung by t. */
    private double mean(double t) {
      double m = 0;
      for (int i = 0; i < n.length; i++) {
        m += n[i] * -StrictMath.expm1(-wt[i] * t);
      }
      return m;
    }

    /** The t at which the expected number rung is {@code m} (0 &lt; m &lt; total): bisection-guarded Newton. */
    private double timeOfMean(double m) {
      double lo = 0;
      double hi = 1 / wMin;
      while (mean(hi) < m) {
        hi *= 2;
      }
      double t = hi / 2;
      for (int it = 0; it < 200; it++) {
        double f = mean(t) - m;
        if (f > 0) {
          hi = t;
        } else {
          lo = t;
        }
        double slope = 0;
        for (int i = 0; i < n.length; i++) {
          slope += n[i] * wt[i] * StrictMath.exp(-wt[i] * t);
        }
        double nt = t - f / slope;
        if (!(nt > lo && nt < hi)) {
          nt = (lo + hi) / 2;
        }
        if (StrictMath.abs(nt - t) <= 1e-15 * t) {
          return nt;
        }
        t = nt;
      }
      return t;
    }

    /**
     * Fills {@code pmf[0..size)} with the distribution of the number of all tickets rung by t. Only the support of
     * the partial sums, [base, base + len), is convolved: each group adds its window around its own mean, so the
     * work follows the spread of the counts, not their size.
     */
    private void below(double t) {
      java.util.Arrays.fill(pmf, 0);
      pmf[0] = 1;
      base = 0;
      len = 1;
      for (int i = 0; i < n.length; i++) {
        if (n[i] > 0) {
          convolve(n[i], t, wt[i]);
        }
      }
      // back to absolute counts: pmf[k] for k in [0, size)
      if (base > 0) {
        System.arraycopy(pmf, 0, next, 0, len);
        java.util.Arrays.fill(pmf, 0);
        if (base < size) {
          System.arraycopy(next, 0, pmf, (int) base, (int) Math.min(len, size - base));
        }
      }
    }

    private long base;
    private int len;

    /** The partial sums := partial sums * Binomial(count, 1 - e^(-w t)), counts at or above size dropped. */
    private void convolve(long count, double t, double w) {
      if (len == 0) {
        return;
      }
      double qq = StrictMath.exp(-w * t);
      double p = -StrictMath.expm1(-w * t);
      long lo;
      int terms;
      double[] c;
      if (qq == 0) {
        lo = count;
        terms = 1;
        c = ONE;
      } else {
        long mode = Math.min(count, (long) StrictMath.floor((count + 1) * p));
        c = binomialTerms(count, p / qq, mode);
        lo = mode - termsBelow;
        terms = termsLength;
        double norm = 0;
        for (int j = 0; j < terms; j++) {
          norm += c[j];
        }
        for (int j = 0; j < terms; j++) {
          c[j] /= norm;
        }
      }
      long newBase = base + lo;
      if (newBase >= size) {
        base = size; // every count is beyond the window: nothing below it
        len = 0;
        return;
      }
      int newLen = (int) Math.min((long) len + terms - 1, size - newBase);
      java.util.Arrays.fill(next, 0, newLen, 0);
      for (int j = 0; j < terms && j < newLen; j++) {
        double cj = c[j];
        int top = Math.min(len, newLen - j);
        for (int k = 0; k < top; k++) {
          next[k + j] += pmf[k] * cj;
        }
      }
      double[] swap = pmf;
      pmf = next;
      next = swap;
      base = newBase;
      len = newLen;
    }

    private static final double[] ONE = {1};

    private double[] termBuf = new double[64];
    private int termsBelow;
    private int termsLength;

    /** Terms of Binomial(count, p) divided by the mode's, from the lowest kept to the highest kept. */
    private double[] binomialTerms(long count, double ratio, long mode) {
      // downwards: P(k - 1) / P(k) = k / ((count - k + 1) ratio)
      int below = 0;
      double v = 1;
      double[] down = scratchDown;
      down = ensure(down, 16);
      long k = mode;
      while (k > 0) {
        v *= k / ((count - k + 1) * ratio);
        if (v < TINY) {
          break;
        }
        down = ensure(down, below + 1);
        down[below++] = v;
        k--;
      }
      scratchDown = down;
      int above = 0;
      double[] up = ensure(scratchUp, 16);
      v = 1;
      k = mode;
      while (k < count) {
        v *= (count - k) * ratio / (k + 1);
        if (v < TINY) {
          break;
        }
        up = ensure(up, above + 1);
        up[above++] = v;
        k++;
      }
      scratchUp = up;
      termBuf = ensure(termBuf, below + above + 1);
      for (int j = 0; j < below; j++) {
        termBuf[j] = down[below - 1 - j];
      }
      termBuf[below] = 1;
      System.arraycopy(up, 0, termBuf, below + 1, above);
      termsBelow = below;
      termsLength = below + above + 1;
      return termBuf;
    }

    private double[] scratchDown = new double[16];
    private double[] scratchUp = new double[16];

    private static double[] ensure(double[] a, int length) {
      if (a.length >= length) {
        return a;
      }
      return java.util.Arrays.copyOf(a, Math.max(length, 2 * a.length));
    }

    /**
     * P(the others rung by t &lt;= winners - 1) for a ticket of group i, from {@code pmf} (all tickets): removing
     * one Bernoulli(p) from a sum, forwards when p &lt;= 1/2 and backwards otherwise, where errors shrink.
     */
    private double withoutOne(int i, double t) {
      double p = -StrictMath.expm1(-wt[i] * t);
      double qq = StrictMath.exp(-wt[i] * t);
      int last = (int) Math.min(winners - 1, size - 1);
      if (p <= 0.5) {
        double prev = 0;
        double cdf = 0;
        for (int k = 0; k <= last; k++) {
          double v = (pmf[k] - p * prev) / qq;
          cdf += v;
          prev = v;
        }
        return Math.min(1, Math.max(0, cdf));
      }
      // backwards from the top, where the mass is negligible: q[k - 1] = (pmf[k] - (1 - p) q[k]) / p
      q[size - 1] = 0; // exact when size = total + 1 (nobody else left), else below e^-39
      for (int k = size - 1; k >= 1; k--) {
        q[k - 1] = (pmf[k] - qq * q[k]) / p;
      }
      double cdf = 0;
      for (int k = 0; k <= last; k++) {
        cdf += q[k];
      }
      return Math.min(1, Math.max(0, cdf));
    }
  }
}
