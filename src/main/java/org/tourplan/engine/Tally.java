package org.tourplan.engine;

/**
 * Streaming statistics of observations (count, sum, mean, variance, extremes) in O(1) memory, so a replication
 * can record millions of waits without keeping them. Variance uses Welford's update, which stays accurate when
 * the mean is large compared to the spread.
 */
public final class Tally {
  private long count;
  private double sum;
  private double mean;
  private double m2;
  private double min = Double.NaN;
  private double max = Double.NaN;

  /** Records one observation. */
  public void add(double x) {
    count++;
    sum += x;
    double d = x - mean;
    mean += d / count;
    m2 += d * (x - mean);
    if (count == 1) {
      min = x;
      max = x;
    } else {
      if (x < min) {
        min = x;
      }
      if (x > max) {
        max = x;
      }
    }
  }

  public long count() {
    return count;
  }

  public double sum() {
    return sum;
  }

  /** Mean, NaN when empty. */
  public double mean() {
    return count == 0 ? Double.NaN : mean;
  }

  /** Sample variance with n - 1; NaN when fewer than two observations. */
  public double variance() {
    return count < 2 ? Double.NaN : Math.max(0, m2 / (count - 1));
  }

  /** Sample standard deviation with n - 1; NaN when fewer than two observations. */
  public double sd() {
    return Math.sqrt(variance());
  }

  /** Smallest observation, NaN when empty. */
  public double min() {
    return min;
  }

  /** Largest observation, NaN when empty. */
  public double max() {
    return max;
  }

  /** Forgets all observations. */
  public void reset() {
    count = 0;
    sum = 0;
    mean = 0;
    m2 = 0;
    min = Double.NaN;
    max = Double.NaN;
  }

  @Override
  public String toString() {
    return "Tally[n=" + count + ", mean=" + mean() + ", sd=" + sd() + ", min=" + min + ", max=" + max + "]";
  }
}
