package org.tourplan.fit;

/**
 * The duration families of the scenario format (docs/scenario-format.md, Distributions), each with the number of
 * parameters its maximum-likelihood fit estimates (the k of AIC = 2k - 2 ln L). A family the format gains is one more
 * constant here, its estimator in {@link Mle} and its form in {@link Fitted}.
 */
public enum Family {
  /** Always the same value. */
  CONSTANT("constant", 1),
  /** Uniform on [min, max]. */
  UNIFORM("uniform", 2),
  /** Triangular [min, mode, max]. */
  TRIANGULAR("triangular", 3),
  /** Normal {mean, sd}; the simulation counts a draw below 0 as 0. */
  NORMAL("normal", 2),
  /** Lognormal {mean, sd} of the variable itself. */
  LOGNORMAL("lognormal", 2),
  /** Exponential {mean}. */
  EXPONENTIAL("exponential", 1);

  private final String word;
  private final int parameters;

  Family(String word, int parameters) {
    this.word = word;
    this.parameters = parameters;
  }

  /** The family's key in a scenario file. */
  public String word() {
    return word;
  }

  /** Parameters estimated. */
  public int parameters() {
    return parameters;
  }
}
