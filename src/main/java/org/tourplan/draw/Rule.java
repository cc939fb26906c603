package org.tourplan.draw;

/** How tickets weigh in the draw: the model's two rules (contract 4.1, {@code demand.preferencePoints}). */
public enum Rule {
  /** Every ticket weighs the same: a uniform draw without replacement. */
  UNIFORM("uniform"),
  /** A ticket weighs 1 + points (earlier losses): successive draws proportional to weight. */
  POINTS("preference points");

  private final String words;

  Rule(String words) {
    this.words = words;
  }

  /** The rule's name in draw.json and on the page: "uniform" or "preference points". */
  public String words() {
    return words;
  }

  /** The weight of one ticket with {@code points} earlier losses. */
  public double weight(int points) {
    return this == POINTS ? 1.0 + points : 1.0;
  }

  /** The rule named by {@link #words}, or null. */
  public static Rule of(String words) {
    for (Rule r : values()) {
      if (r.words.equals(words)) {
        return r;
      }
    }
    return null;
  }
}
