package org.tourplan.fit;

import java.util.List;

/**
 * A duration sample (minutes) fitted among the format's families, as plain data: the sample, its mean with a 95%
 * Student t interval, each family that can hold it ranked by AIC with its Kolmogorov-Smirnov statistic and
 * bootstrap p-value, and the verdict.
 *
 * @param key        the scenario key the sample is for, e.g. {@code zones.line-1.dwell}
 * @param data       the sample, sorted ascending
 * @param resolution the records' resolution in minutes (1 or 1/60): values closer than this cannot be told apart
 * @param mean       sample mean
 * @param meanLow    lower end of its 95% t interval (NaN when n < 2)
 * @param meanHigh   upper end
 * @param sd         sample standard deviation (n - 1)
 * @param candidates the families that can hold the sample, lowest AIC first (the constant alone, when it holds)
 * @param verdict    what the data say
 * @param chosen     the candidate written to the scenario, or null ({@link Verdict#TOO_FEW})
 * @param alike      other candidates that pass the test within 2 AIC of the chosen one (the data cannot choose)
 * @param bootstrap  parametric bootstrap samples per candidate
 * @param simulated  the size of each bootstrap sample (n, or at most {@link DurationFitter#BOOTSTRAP_SIZE})
 */
public record DurationFit(String key, double[] data, double resolution, double mean, double meanLow, double meanHigh,
                          double sd, List<Candidate> candidates, Verdict verdict, Candidate chosen,
                          List<Candidate> alike, int bootstrap, int simulated) {

  /** The p-value at and above which a family passes the test. */
  public static final double PASS = 0.05;

  /** What the data say. */
  public enum Verdict {
    /** Every value the same, to the records' resolution: a constant. */
    CONSTANT,
    /** One family passes the test and no other passing family is within 2 AIC of it. */
    CHOSEN,
    /** Several families pass within 2 AIC: the data cannot choose; the lowest AIC is written. */
    UNDECIDED,
    /** No family passes the test: the lowest AIC is written, and flagged. */
    NONE_FITS,
    /** Fewer values than {@link DurationFitter#MIN_SAMPLE}: nothing is fitted and the key is kept. */
    TOO_FEW
  }

  /**
   * One family's fit.
   *
   * @param fit      the maximum-likelihood fit
   * @param deltaAic its AIC minus the lowest AIC among the candidates
   * @param ks       Kolmogorov-Smirnov distance between the sample and the fit
   * @param p        the parametric-bootstrap p-value of that distance (NaN for the constant, which is not tested)
   */
  public record Candidate(Fitted fit, double deltaAic, double ks, double p) {
    /** Whether the test does not reject the family. */
    public boolean passes() {
      return !(p < PASS);
    }
  }

  /** Number of values. */
  public int n() {
    return data.length;
  }

  /** The smallest value. */
  public double min() {
    return data.length == 0 ? Double.NaN : data[0];
  }

  /** The largest value. */
  public double max() {
    return data.length == 0 ? Double.NaN : data[data.length - 1];
  }
}
