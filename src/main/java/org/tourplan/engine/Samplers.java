package org.tourplan.engine;

/**
 * Factories for the distributions a scenario can name. Continuous laws with a closed-form inverse are drawn by
 * inverse transform (one uniform per draw, which keeps common random numbers aligned across candidates); normal
 * and lognormal come from {@link RandomStream#nextGaussian()}. Only fdlibm functions are used ({@link StrictMath},
 * and the bit-identical {@code FdLibmLog} on the hot path), so draws are identical everywhere.
 */
public final class Samplers {
  private Samplers() {
  }

  /** Always {@code v}; draws nothing from the stream. */
  public static Sampler constant(double v) {
    requireFinite("value", v);
    return new Constant(v);
  }

  /** Triangular on [min, max] with the given mode, by inverse transform; {@code min == max} gives a constant. */
  public static Sampler triangular(double min, double mode, double max) {
    requireFinite("min", min);
    requireFinite("mode", mode);
    requireFinite("max", max);
    if (!(min <= mode && mode <= max)) {
      throw new IllegalArgumentException("need min <= mode <= max: " + min + ", " + mode + ", " + max);
    }
    return min == max ? new Constant(min) : new Triangular(min, mode, max);
  }

  /** Uniform on [min, max). */
  public static Sampler uniform(double min, double max) {
    requireFinite("min", min);
    requireFinite("max", max);
    if (!(min <= max)) {
      throw new IllegalArgumentException("need min <= max: " + min + ", " + max);
    }
    return new Uniform(min, max - min);
  }

  /** Normal with the given mean and standard deviation {@code sd >= 0} (may be negative: see clampedAtZero). */
  public static Sampler normal(double mean, double sd) {
    requireFinite("mean", mean);
    requireNonNegative("sd", sd);
    return new Normal(mean, sd);
  }

  /**
   * Lognormal given by the mean and sd of the variable itself, not of its log:
   * {@code sigma2 = ln(1 + sd^2 / mean^2)}, {@code mu = ln(mean) - sigma2 / 2}.
   */
  public static Sampler lognormal(double mean, double sd) {
    requireFinite("mean", mean);
    requireNonNegative("sd", sd);
    if (!(mean > 0)) {
      throw new IllegalArgumentException("lognormal mean must be > 0: " + mean);
    }
    double ratio = sd * sd / (mean * mean);
    if (!(mean * mean >= Double.MIN_NORMAL) || !Double.isFinite(ratio)) {
      // a mean below 1e-154 squares to nothing (0 / 0 made every draw NaN): the same ratio, taken first
      double cv = sd / mean;
      ratio = cv * cv;
    }
    double sigma2 = StrictMath.log1p(ratio);
    return new LogNormal(StrictMath.log(mean) - sigma2 / 2, StrictMath.sqrt(sigma2));
  }

  /** Exponential with the given mean {@code > 0}, by inverse transform {@code -mean * ln(U)}, U in (0, 1). */
  public static Sampler exponential(double mean) {
    requireFinite("mean", mean);
    if (!(mean > 0)) {
      throw new IllegalArgumentException("exponential mean must be > 0: " + mean);
    }
    return new Exponential(mean);
  }

  /** {@code max(0, draw)}: a negative draw counts as 0 (it is not redrawn, so the stream advances as usual). */
  public static Sampler clampedAtZero(Sampler s) {
    if (s == null) {
      throw new NullPointerException("sampler");
    }
    return new ClampedAtZero(s);
  }

  private static void requireFinite(String name, double v) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(name + " must be finite: " + v);
    }
  }

  private static void requireNonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0: " + v);
    }
  }

  private static final class Constant implements Sampler {
    private final double v;

    Constant(double v) {
      this.v = v;
    }

    @Override
    public double sample(RandomStream r) {
      return v;
    }

    @Override
    public String toString() {
      return "constant(" + v + ")";
    }
  }

  private static final class Triangular implements Sampler {
    private final double min;
    private final double max;
    private final double cut; // F(mode)
    private final double lowScale; // (max - min) * (mode - min)
    private final double highScale; // (max - min) * (max - mode)

    Triangular(double min, double mode, double max) {
      this.min = min;
      this.max = max;
      this.cut = (mode - min) / (max - min);
      this.lowScale = (max - min) * (mode - min);
      this.highScale = (max - min) * (max - mode);
    }

    @Override
    public double sample(RandomStream r) {
      double u = r.nextDouble();
      return u < cut ? min + StrictMath.sqrt(u * lowScale) : max - StrictMath.sqrt((1 - u) * highScale);
    }
  }

  private static final class Uniform implements Sampler {
    private final double min;
    private final double width;

    Uniform(double min, double width) {
      this.min = min;
      this.width = width;
    }

    @Override
    public double sample(RandomStream r) {
      return min + width * r.nextDouble();
    }
  }

  private static final class Normal implements Sampler {
    private final double mean;
    private final double sd;

    Normal(double mean, double sd) {
      this.mean = mean;
      this.sd = sd;
    }

    @Override
    public double sample(RandomStream r) {
      return mean + sd * r.nextGaussian();
    }
  }

  private static final class LogNormal implements Sampler {
    private final double mu;
    private final double sigma;

    LogNormal(double mu, double sigma) {
      this.mu = mu;
      this.sigma = sigma;
    }

    @Override
    public double sample(RandomStream r) {
      return StrictMath.exp(mu + sigma * r.nextGaussian());
    }
  }

  private static final class Exponential implements Sampler {
    private final double mean;

    Exponential(double mean) {
      this.mean = mean;
    }

    @Override
    public double sample(RandomStream r) {
      return -mean * FdLibmLog.log(r.nextOpenDouble());
    }
  }

  private static final class ClampedAtZero implements Sampler {
    private final Sampler inner;

    ClampedAtZero(Sampler inner) {
      this.inner = inner;
    }

    @Override
    public double sample(RandomStream r) {
      double x = inner.sample(r);
      return x > 0 ? x : 0.0; // also maps -0.0 to 0.0
    }
  }
}
