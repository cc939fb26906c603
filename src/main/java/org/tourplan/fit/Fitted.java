package org.tourplan.fit;

import java.util.Locale;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.FastMath;
import org.tourplan.scenario.Distribution;

/**
 * One family fitted to a sample by maximum likelihood: its parameters as the format writes them and the maximised
 * log-likelihood. Parameters: constant {value}; uniform {min, max}; triangular {min, mode, max}; normal {mean, sd};
 * lognormal {mu, sigma} of the log (written as the variable's mean and sd); exponential {mean}.
 *
 * @param family        the family
 * @param p             its parameters (see above)
 * @param logLikelihood ln L at the estimate (NaN for the constant, whose likelihood is not a density)
 */
public record Fitted(Family family, double[] p, double logLikelihood) {

  /** Akaike's information criterion, 2k - 2 ln L (NaN for the constant). */
  public double aic() {
    return 2.0 * family.parameters() - 2.0 * logLikelihood;
  }

  /** The distribution for probabilities and draws; {@code rng} may be null when nothing is drawn; null for constant. */
  public RealDistribution distribution(RandomGenerator rng) {
    return switch (family) {
      case CONSTANT -> null;
      case UNIFORM -> new UniformRealDistribution(rng, p[0], p[1]);
      case TRIANGULAR -> new TriangularDistribution(rng, p[0], p[1], p[2]);
      case NORMAL -> new NormalDistribution(rng, p[0], p[1], NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
      case LOGNORMAL -> new LogNormalDistribution(rng, p[0], p[1],
          LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
      case EXPONENTIAL -> new ExponentialDistribution(rng, p[0], ExponentialDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    };
  }

  /** The share of draws the simulation clamps to 0 (contract 1: a draw below 0 counts as 0); only normals have any. */
  public double clampedShare() {
    return family == Family.NORMAL ? new NormalDistribution(null, p[0], p[1],
        NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY).cumulativeProbability(0) : 0;
  }

  /** The mean of what the simulation draws: for a normal, E[max(0, X)] = mu Phi(mu/sd) + sd phi(mu/sd). */
  public double simulatedMean() {
    if (family != Family.NORMAL) {
      return mean();
    }
    NormalDistribution z = new NormalDistribution(null, 0, 1, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
    double t = p[0] / p[1];
    return p[0] * z.cumulativeProbability(t) + p[1] * z.density(t);
  }

  /** The family's mean (before any clamping). */
  public double mean() {
    return switch (family) {
      case CONSTANT, NORMAL, EXPONENTIAL -> p[0];
      case UNIFORM -> (p[0] + p[1]) / 2;
      case TRIANGULAR -> (p[0] + p[1] + p[2]) / 3;
      case LOGNORMAL -> FastMath.exp(p[0] + p[1] * p[1] / 2);
    };
  }

  /** The family's standard deviation. */
  public double sd() {
    return switch (family) {
      case CONSTANT -> 0;
      case UNIFORM -> (p[1] - p[0]) / FastMath.sqrt(12);
      case TRIANGULAR -> FastMath.sqrt((p[0] * p[0] + p[1] * p[1] + p[2] * p[2] - p[0] * p[1] - p[0] * p[2]
          - p[1] * p[2]) / 18);
      case NORMAL -> p[1];
      case LOGNORMAL -> mean() * FastMath.sqrt(FastMath.expm1(p[1] * p[1]));
      case EXPONENTIAL -> p[0];
    };
  }

  /** The distribution as the scenario file writes it, parameters rounded to 0.001 minute (0.06 s). */
  public Distribution written() {
    return switch (family) {
      case CONSTANT -> new Distribution.Constant(r(p[0]));
      case UNIFORM -> new Distribution.Uniform(r(p[0]), r(p[1]));
      case TRIANGULAR -> new Distribution.Triangular(r(p[0]), r(p[1]), r(p[2]));
      case NORMAL -> new Distribution.Normal(r(p[0]), r(p[1]));
      case LOGNORMAL -> new Distribution.LogNormal(r(mean()), r(sd()));
      case EXPONENTIAL -> new Distribution.Exponential(r(p[0]));
    };
  }

  /** {@code triangular [30.1, 36.8, 45.2]}: the family and its written parameters, as on the page and in comments. */
  public String describe() {
    return switch (family) {
      case CONSTANT -> "constant " + n(p[0]);
      case UNIFORM -> "uniform [" + n(p[0]) + ", " + n(p[1]) + "]";
      case TRIANGULAR -> "triangular [" + n(p[0]) + ", " + n(p[1]) + ", " + n(p[2]) + "]";
      case NORMAL -> "normal { mean: " + n(p[0]) + ", sd: " + n(p[1]) + " }";
      case LOGNORMAL -> "lognormal { mean: " + n(mean()) + ", sd: " + n(sd()) + " }";
      case EXPONENTIAL -> "exponential { mean: " + n(p[0]) + " }";
    };
  }

  private static double r(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  /** A parameter as written: up to three decimals, no trailing zeros. */
  static String n(double v) {
    String s = String.format(Locale.ROOT, "%.3f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fitted f && f.family == family && java.util.Arrays.equals(f.p, p)
        && Double.compare(f.logLikelihood, logLikelihood) == 0;
  }

  @Override
  public int hashCode() {
    return family.hashCode() * 31 + java.util.Arrays.hashCode(p);
  }

  @Override
  public String toString() {
    return describe();
  }
}
