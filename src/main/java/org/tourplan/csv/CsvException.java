package org.tourplan.csv;

import java.util.List;

/**
 * Record files with problems: the first {@link CsvProblems#CAP} of them, sorted by file, line and column, and how
 * many there were in all. Nothing is computed from files with a problem.
 */
public final class CsvException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<CsvProblem> problems;
  private final long total;

  /** The problems kept and the count of all problems found. */
  public CsvException(List<CsvProblem> problems, long total) {
    super(problems.isEmpty() ? "no problems" : problems.get(0).toString());
    this.problems = List.copyOf(problems);
    this.total = total;
  }

  /** The problems kept, at most {@link CsvProblems#CAP}, in file, line and column order. */
  public List<CsvProblem> problems() {
    return problems;
  }

  /** How many problems were found, including those not kept. */
  public long total() {
    return total;
  }
}
