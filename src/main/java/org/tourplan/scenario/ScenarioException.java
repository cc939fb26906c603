package org.tourplan.scenario;

import java.util.List;

/**
 * A scenario file that cannot be used: every problem found in it, in line order. The message lists them one per
 * line (at most {@value #MAX_LINES}, then a count of the rest); {@link #problems()} has all of them.
 */
public final class ScenarioException extends Exception {
  static final int MAX_LINES = 200;

  private final transient List<Problem> problems;

  public ScenarioException(List<Problem> problems) {
    super(message(problems), null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems, in line order (problems without a line first). */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    StringBuilder b = new StringBuilder();
    int shown = Math.min(problems.size(), MAX_LINES);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        b.append('\n');
      }
      b.append(problems.get(i));
    }
    if (problems.size() > shown) {
      b.append("\n... and ").append(problems.size() - shown).append(" more problems");
    }
    return b.toString();
  }
}
