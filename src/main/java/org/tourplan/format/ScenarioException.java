package org.tourplan.format;

import java.util.List;

/**
 * A scenario file that cannot be used: every problem found in it, in line order. The message lists them one per
 * line (at most {@value #MAX_LINES}, then a count of the rest), then the line of {@link #skipped()} checks, if
 * any; {@link #problems()} has all of them.
 */
public final class ScenarioException extends Exception {
  static final int MAX_LINES = 200;

  private final transient List<Problem> problems;
  private final String skipped;

  public ScenarioException(List<Problem> problems) {
    this(problems, List.of());
  }

  /**
   * @param skipped names of the checks that could not run because of these problems (they may find more)
   */
  public ScenarioException(List<Problem> problems, List<String> skipped) {
    super(message(problems) + (skipped.isEmpty() ? "" : "\n" + skippedLine(skipped)), null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
    this.skipped = skipped.isEmpty() ? null : skippedLine(skipped);
  }

  /**
   * One line naming the checks that could not run because of these problems, or null when every check ran: a
   * file can have more problems than those listed until these are fixed.
   */
  public String skipped() {
    return skipped;
  }

  private static String skippedLine(List<String> skipped) {
    return "not checked because of the errors above (run validate again once they are fixed): "
        + String.join("; ", skipped);
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
