package org.tourplan.scenario;

/**
 * A duration distribution in minutes, as written in a scenario file (contract section 1).
 * Only parameters live here; sampling belongs to the simulation, which maps each variant onto an engine sampler.
 * A range with min = max, or a standard deviation of 0, is normalised to {@link Constant} by the loader.
 */
public sealed interface Distribution {
  /** Expected value before clamping at 0 (used for nominal plans and reports). */
  double mean();

  /** Always the same value. */
  record Constant(double value) implements Distribution {
    public double mean() { return value; }
  }

  /** Triangular on [min, max] with the given mode; min <= mode <= max, min < max. */
  record Triangular(double min, double mode, double max) implements Distribution {
    public double mean() { return (min + mode + max) / 3.0; }
  }

  /** Uniform on [min, max], min < max. */
  record Uniform(double min, double max) implements Distribution {
    public double mean() { return (min + max) / 2.0; }
  }

  /** Normal with mean and standard deviation sd > 0; draws below 0 count as 0. */
  record Normal(double mean, double sd) implements Distribution { }

  /** Lognormal given by the mean and sd of the variable itself (not of its log), both > 0. */
  record LogNormal(double mean, double sd) implements Distribution { }

  /** Exponential with the given mean > 0. */
  record Exponential(double mean) implements Distribution { }
}
