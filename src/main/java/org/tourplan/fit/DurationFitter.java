package org.tourplan.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.math3.util.FastMath;
import org.tourplan.run.Summary;

/**
 * Fits duration samples among the format's families and tests each fit (docs/fit.md, "Durations").
 *
 * <ol>
 *   <li>Each family is fitted by maximum likelihood ({@link Mle}) and ranked by AIC. A sample whose values all lie
 *       within the records' resolution is a constant, and nothing else is tried.</li>
 *   <li>Each fit is tested by the Kolmogorov-Smirnov distance D between the sample and the fitted CDF (commons-math3).
 *       Its parameters were estimated from the same sample, so the textbook p-value would be far too kind; the
 *       p-value comes from a seeded parametric bootstrap instead: {@value #BOOTSTRAP} samples are drawn from the fit
 *       (clamped at 0 as the simulation clamps, rounded to the records' resolution), the family refitted to each, and
 *       p = (1 + #{D* >= D}) / (B + 1). Samples larger than {@value #BOOTSTRAP_SIZE} are bootstrapped at that size and
 *       compared on sqrt(n) D, whose distribution has then settled (its limit does not depend on n).</li>
 *   <li>The verdict: the lowest-AIC family that passes (p >= 0.05) is written; other passing families within 2 AIC of
 *       it mean the data cannot choose between them; no family passing means none fits well (the lowest AIC is
 *       written and flagged).</li>
 * </ol>
 *
 * <p>Reproducible: bootstrap sample r of family f for key k draws from its own generator seeded by (seed, k, f, r),
 * so the p-values do not depend on the thread count; every log and exp is {@link FastMath}'s.
 */
public final class DurationFitter {
  /** Bootstrap samples per candidate. */
  public static final int BOOTSTRAP = 199;
  /** Largest bootstrap sample. */
  public static final int BOOTSTRAP_SIZE = 500;
  /** Fewest values fitted; a smaller sample keeps the scenario's key. */
  public static final int MIN_SAMPLE = 20;
  private static final ThreadLocal<Mle> MLE = ThreadLocal.withInitial(Mle::new);

  private final long seed;
  private final int threads;
  private final int bootstrap;

  /** A fitter whose bootstrap is seeded by {@code seed}, on {@code threads} threads, {@code bootstrap} samples. */
  public DurationFitter(long seed, int threads, int bootstrap) {
    this.seed = seed;
    this.threads = threads;
    this.bootstrap = bootstrap;
  }

  /** A sample to fit: the key it is for and its values in minutes (any order; >= 0). */
  public record Sample(String key, double[] values, double resolution) { }

  /** Fits every sample; the result at i is for sample i. */
  public List<DurationFit> fit(List<Sample> samples) {
    List<Prepared> prepared = new ArrayList<>();
    for (Sample s : samples) {
      prepared.add(prepare(s));
    }
    // every (sample, candidate, replicate) is one task: the work spreads over the threads whatever the samples
    List<int[]> tasks = new ArrayList<>();
    for (int i = 0; i < prepared.size(); i++) {
      Prepared p = prepared.get(i);
      for (int c = 0; c < p.fits.size(); c++) {
        if (p.fits.get(c).family() != Family.CONSTANT) {
          for (int r = 0; r < bootstrap; r++) {
            tasks.add(new int[] {i, c, r});
          }
        }
      }
    }
    double[] stat = new double[tasks.size()];
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      pool.submit(() -> IntStream.range(0, tasks.size()).parallel().forEach(t -> {
        int[] k = tasks.get(t);
        Prepared p = prepared.get(k[0]);
        stat[t] = replicate(p, p.fits.get(k[1]), k[2]);
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fitting", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
    List<DurationFit> out = new ArrayList<>();
    int t = 0;
    for (Prepared p : prepared) {
      int[] exceed = new int[p.fits.size()];
      for (int c = 0; c < p.fits.size(); c++) {
        if (p.fits.get(c).family() == Family.CONSTANT) {
          continue;
        }
        double observed = FastMath.sqrt(p.x.length) * p.ks[c];
        for (int r = 0; r < bootstrap; r++, t++) {
          exceed[c] += stat[t] >= observed * (1 - 1e-12) ? 1 : 0;
        }
      }
      out.add(verdict(p, exceed));
    }
    return out;
  }

  private static final class Prepared {
    Sample sample;
    double[] x;
    List<Fitted> fits = new ArrayList<>();
    double[] ks;
  }

  private Prepared prepare(Sample s) {
    Prepared p = new Prepared();
    p.sample = s;
    p.x = s.values().clone();
    Arrays.sort(p.x);
    if (p.x.length < MIN_SAMPLE) {
      p.ks = new double[0];
      return p;
    }
    Mle mle = MLE.get();
    Fitted constant = mle.fit(Family.CONSTANT, p.x, s.resolution(), null);
    if (constant != null) {
      p.fits.add(constant);
    } else {
      for (Family f : Family.values()) {
        Fitted fit = f == Family.CONSTANT ? null : mle.fit(f, p.x, s.resolution(), null);
        if (fit != null) {
          p.fits.add(fit);
        }
      }
      p.fits.sort(Comparator.comparingDouble(Fitted::aic));
    }
    p.ks = new double[p.fits.size()];
    for (int c = 0; c < p.fits.size(); c++) {
      Fitted f = p.fits.get(c);
      p.ks[c] = f.family() == Family.CONSTANT ? Double.NaN : ks(f.distribution(null), p.x);
    }
    return p;
  }

  /** sqrt(m) D* of bootstrap sample {@code r} of {@code fit}, or +infinity when the family cannot hold the sample. */
  private double replicate(Prepared p, Fitted fit, int r) {
    RandomGenerator rng = new Well19937c(streamSeed(p.sample.key(), fit.family(), r));
    RealDistribution d = fit.distribution(rng);
    int m = Math.min(p.x.length, BOOTSTRAP_SIZE);
    double perUnit = 1 / p.sample.resolution();
    double[] y = new double[m];
    for (int i = 0; i < m; i++) {
      double v = Math.max(0, d.sample()); // the simulation counts a draw below 0 as 0 (contract 1)
      y[i] = Math.rint(v * perUnit) / perUnit;
    }
    Arrays.sort(y);
    Fitted again = MLE.get().fit(fit.family(), y, p.sample.resolution(), fit);
    if (again == null) {
      return Double.POSITIVE_INFINITY; // counted as at least as far as the data: the p-value errs high
    }
    return FastMath.sqrt(m) * ks(again.distribution(null), y);
  }

  private static double ks(RealDistribution d, double[] sorted) {
    return new KolmogorovSmirnovTest(null).kolmogorovSmirnovStatistic(d, sorted);
  }

  private long streamSeed(String key, Family f, int r) {
    long h = seed;
    h = splitMix(h ^ key.hashCode());
    h = splitMix(h ^ f.ordinal());
    return splitMix(h ^ r);
  }

  private static long splitMix(long z) {
    z += 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private DurationFit verdict(Prepared p, int[] exceed) {
    double[] x = p.x;
    int n = x.length;
    // the sample's mean with its Student t interval: the project's one summary of a sample (contract 2.7)
    Summary sum = Summary.of(x);
    double mean = n == 0 ? Double.NaN : sum.mean();
    double sd = n >= 2 ? sum.sd() : Double.NaN;
    double low = n >= 2 ? sum.ciLow() : Double.NaN;
    double high = n >= 2 ? sum.ciHigh() : Double.NaN;
    int m = Math.min(n, BOOTSTRAP_SIZE);
    if (n < MIN_SAMPLE) {
      return new DurationFit(p.sample.key(), x, p.sample.resolution(), mean, low, high, sd, List.of(),
          DurationFit.Verdict.TOO_FEW, null, List.of(), 0, 0);
    }
    List<DurationFit.Candidate> cands = new ArrayList<>();
    double bestAic = p.fits.get(0).aic();
    for (int c = 0; c < p.fits.size(); c++) {
      Fitted f = p.fits.get(c);
      double pv = f.family() == Family.CONSTANT ? Double.NaN : (1.0 + exceed[c]) / (bootstrap + 1.0);
      double delta = f.family() == Family.CONSTANT ? 0 : f.aic() - bestAic;
      cands.add(new DurationFit.Candidate(f, delta, p.ks[c], pv));
    }
    if (cands.get(0).fit().family() == Family.CONSTANT) {
      return new DurationFit(p.sample.key(), x, p.sample.resolution(), mean, low, high, sd, cands,
          DurationFit.Verdict.CONSTANT, cands.get(0), List.of(), 0, 0);
    }
    DurationFit.Candidate chosen = null;
    for (DurationFit.Candidate c : cands) {
      if (c.passes()) {
        chosen = c;
        break;
      }
    }
    if (chosen == null) {
      return new DurationFit(p.sample.key(), x, p.sample.resolution(), mean, low, high, sd, cands,
          DurationFit.Verdict.NONE_FITS, cands.get(0), List.of(), bootstrap, m);
    }
    List<DurationFit.Candidate> alike = new ArrayList<>();
    for (DurationFit.Candidate c : cands) {
      if (c != chosen && c.passes() && Math.abs(c.fit().aic() - chosen.fit().aic()) < 2) {
        alike.add(c);
      }
    }
    return new DurationFit(p.sample.key(), x, p.sample.resolution(), mean, low, high, sd, cands,
        alike.isEmpty() ? DurationFit.Verdict.CHOSEN : DurationFit.Verdict.UNDECIDED, chosen, List.copyOf(alike),
        bootstrap, m);
  }
}
